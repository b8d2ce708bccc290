// Service code that still names a column a later migration dropped stops compiling.
mod schema {
    gander::embed_migrations!("data/dropped_column");
}

use schema::tables::users;

fn main() {
    let _ = users::columns::EMAIL;
    let query = format!("SELECT {} FROM {}", users::columns::NICKNAME, users::NAME);
    let _ = query;
}
