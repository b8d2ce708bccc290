mod schema {
    gander::embed_migrations!("data/goose_split");
}

fn main() {
    let _ = schema::MIGRATIONS.len();
}
