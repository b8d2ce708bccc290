mod schema {
    gander::embed_migrations!("data/unterminated_dollar_quote");
}

fn main() {
    let _ = schema::MIGRATIONS.len();
}
