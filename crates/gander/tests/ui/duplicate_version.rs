mod schema {
    gander::embed_migrations!("data/duplicate_version");
}

fn main() {
    let _ = schema::MIGRATIONS.len();
}
