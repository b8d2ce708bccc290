//! The environment as a target: `DATABASE_URL`, else the `PG*` variables (libpq's) when
//! `PGHOST` is set.

use super::Target;
use crate::error::{Error, Result};

/// `DATABASE_URL`, else the `PG*` variables when `PGHOST` is set, else [`Error::NoTarget`].
pub(super) fn from_env() -> Result<Target> {
    if let Ok(url) = std::env::var("DATABASE_URL")
        && !url.is_empty()
    {
        return Ok(Target::Url(url));
    }
    if std::env::var_os("PGHOST").is_some() {
        return Ok(Target::Url(String::new()));
    }
    Err(Error::NoTarget)
}
