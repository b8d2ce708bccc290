//! gander's test kit, never shipped (`publish = false`): what the runtime's, the CLI's and the
//! schema crate's tests and `cargo xtask` share, kept out of the `gander` binary.
//!
//! - [`ApiServerDouble`]: an in-process Kubernetes API server for the namespace target and for
//!   `kubectl` (get, wait, apply: the applied objects are kept and read back), port-forwarding
//!   to a real PostgreSQL.
//! - [`stats`]: medians and percentiles, for every figure the bench prints.
//! - [`catalog`]: the schema model compared with a real server's catalog.
//! - [`testdb`] (feature `databases`): `gander::testing`'s template databases driven from a
//!   process, and their bench (clone vs re-apply). The `gander-testkit` binary runs both.

pub mod apiserver;
mod applied;
pub mod catalog;
pub mod stats;
#[cfg(feature = "databases")]
pub mod testdb;

pub use apiserver::ApiServerDouble;
/// The runtime's scratch and template databases, under the names tests know them by (without
/// turning the runtime's `testing` feature on).
pub use gander::scratch::{ScratchServer as TestServer, TestDatabase};
pub use stats::CloneFigures;
