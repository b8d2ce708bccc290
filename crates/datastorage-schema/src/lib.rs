//! The Data Storage PostgreSQL schema: the goose migrations in the workspace's `migrations/`
//! folder, checked at compile time and embedded.
//!
//! ```
//! use datastorage_schema as schema;
//! const _: () = assert!(schema::LATEST.get() >= 13);
//! assert_eq!(schema::MIGRATIONS.latest(), Some(schema::LATEST));
//! ```

gander::embed_migrations!("../../migrations");
