//! Rebuilds this crate whenever a file in `migrations/` is added, edited or removed.

fn main() {
    gander::build::track_migrations("../../migrations");
}
