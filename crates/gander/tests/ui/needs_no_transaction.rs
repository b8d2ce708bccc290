mod schema {
    gander::embed_migrations!("data/needs_no_transaction");
}

fn main() {
    let _ = schema::MIGRATIONS.len();
}
