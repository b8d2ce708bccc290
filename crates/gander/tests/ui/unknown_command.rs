mod schema {
    gander::embed_migrations!("data/unknown_command");
}

fn main() {
    let _ = schema::MIGRATIONS.len();
}
