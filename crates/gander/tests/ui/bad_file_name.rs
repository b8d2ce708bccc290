mod schema {
    gander::embed_migrations!("data/bad_file_name");
}

fn main() {
    let _ = schema::MIGRATIONS.len();
}
