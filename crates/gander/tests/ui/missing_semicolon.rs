mod schema {
    gander::embed_migrations!("data/missing_semicolon");
}

fn main() {
    let _ = schema::MIGRATIONS.len();
}
