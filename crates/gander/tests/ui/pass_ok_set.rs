mod schema {
    gander::embed_migrations!("data/ok_set");
}

const _: () = assert!(schema::LATEST.get() == 2);

fn main() {
    assert_eq!(schema::MIGRATIONS.len(), 2);
    assert_eq!(schema::V002_ADD_EMAIL, schema::LATEST);
    let up = &schema::MIGRATIONS.get(schema::V001_CREATE_USERS).unwrap().up;
    assert_eq!(up.units[0].sql, "CREATE TABLE users (id bigint PRIMARY KEY);");
    // The schema after the last migration, as constants.
    assert_eq!(schema::tables::users::NAME, "users");
    assert_eq!(schema::tables::users::COLUMNS, ["id", schema::tables::users::columns::EMAIL]);
}
