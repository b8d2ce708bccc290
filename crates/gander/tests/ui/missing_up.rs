mod schema {
    gander::embed_migrations!("data/missing_up");
}

fn main() {
    let _ = schema::MIGRATIONS.len();
}
