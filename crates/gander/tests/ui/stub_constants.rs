// The set has an error in 002, but the constant of 001 still exists: one real error, no cascade.
mod schema {
    gander::embed_migrations!("data/duplicate_version");
}

fn main() {
    let _ = schema::V001_CREATE_USERS;
    let _ = schema::LATEST;
}
