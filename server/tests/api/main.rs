//! The API over real HTTP, against a real SQLite file in a temporary directory.

mod arbitrary;
mod attachments;
mod common;
mod contract;
mod idempotency;
mod limits;
mod operations;
mod routing;
mod submissions;
