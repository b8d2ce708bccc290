// Non-ASCII comments, strings, identifiers and `+gander` lines compile through the macro.
mod schema {
    gander::embed_migrations!("../../../gander-core/tests/data/ok/non_ascii_everywhere");
}

fn main() {
    assert_eq!(schema::MIGRATIONS.len(), 1);
    let up = &schema::MIGRATIONS.get(schema::LATEST).unwrap().up;
    assert!(up.units[0].sql.starts_with("CREATE TABLE café ("));
    assert_eq!(up.units[0].line, 7);
}
