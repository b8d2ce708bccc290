// Code naming a version the set does not have stops compiling.
mod schema {
    gander::embed_migrations!("data/ok_set");
}

fn main() {
    let _ = schema::V003_ADD_PHONE;
}
