mod schema {
    gander::embed_migrations!("data/syntax_error");
}

fn main() {
    let _ = schema::MIGRATIONS.len();
}
