// A migration that needs a column an earlier migration renamed fails the build, at its line.
mod schema {
    gander::embed_migrations!("data/dangling_reference");
}

fn main() {
    let _ = schema::MIGRATIONS.len();
    let _ = schema::tables::users::columns::LOGIN;
}
