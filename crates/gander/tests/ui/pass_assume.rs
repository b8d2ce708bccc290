// An object the platform creates, declared without editing the vendored migration files.
mod schema {
    gander::embed_migrations!("data/needs_external", assume = ["table:gate"]);
}

fn main() {
    assert_eq!(schema::MIGRATIONS.len(), 1);
    assert_eq!(schema::tables::gate_log::NAME, "gate_log");
}
