mod schema {
    gander::embed_migrations!("data/no_such_folder");
}

fn main() {
    let _ = schema::LATEST;
}
