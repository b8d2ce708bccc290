mod schema {
    gander::embed_migrations!("data/not_tracked");
}

fn main() {
    let _ = schema::MIGRATIONS.len();
}
