//! The inbox: submissions, their attachments and the idempotency keys that led to them, in one
//! SQLite file. A regulator's inbox must not lose what it has acknowledged, so every commit is
//! flushed to disk (`synchronous=FULL`) before the person sees a reference number.
//!
//! One connection behind a mutex serialises every write. That is what makes the idempotency
//! check and the reference sequence race-free, and SQLite takes one writer at a time anyway;
//! callers hold the lock only inside `tokio::task::spawn_blocking`, never on the async runtime.

use dvi_validation::{ErrorCode, FieldError};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;
use std::{
    collections::HashSet,
    fmt, fs, io,
    path::Path,
    sync::{Arc, Mutex, MutexGuard, PoisonError},
    time::Duration,
};

/// Bumped with every change to [`SCHEMA`]; [`migrate`] brings older files up to it.
const SCHEMA_VERSION: i64 = 1;

/// Idempotency keys live in their own table rather than as columns on `submissions`:
/// - the answer is kept verbatim (status and body), so a retry gets byte for byte what the
///   first request got, whatever later changes to how a submission is presented;
/// - keys are a transport concern with their own retention: they can be expired one day
///   without touching the record, which the inspectorate must keep;
/// - only successful answers are remembered, and each one belongs to exactly one submission
///   (`submission UNIQUE`), written in the same transaction as the submission itself.
const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS submissions (
    reference   TEXT PRIMARY KEY,
    year        INTEGER NOT NULL,
    seq         INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    form        TEXT NOT NULL,
    lang        TEXT NOT NULL,
    answers     TEXT NOT NULL,
    UNIQUE (year, seq)
) STRICT;
CREATE TABLE IF NOT EXISTS attachments (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    size        INTEGER NOT NULL,
    content     BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    submission  TEXT REFERENCES submissions (reference)
) STRICT;
CREATE INDEX IF NOT EXISTS attachments_by_submission ON attachments (submission);
CREATE TABLE IF NOT EXISTS idempotency (
    key         TEXT PRIMARY KEY,
    body_sha256 BLOB NOT NULL,
    status      INTEGER NOT NULL,
    response    TEXT NOT NULL,
    submission  TEXT NOT NULL UNIQUE REFERENCES submissions (reference),
    created_at  TEXT NOT NULL
) STRICT;
";

#[derive(Debug)]
pub enum StoreError {
    Io(io::Error),
    Sqlite(rusqlite::Error),
    /// The file was written by a newer server; an older one must not guess at its schema.
    NewerSchema(i64),
    /// Stored answers that are not JSON: the file was changed by something else.
    Corrupt(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Io(e) => write!(f, "{e}"),
            StoreError::Sqlite(e) => write!(f, "database: {e}"),
            StoreError::NewerSchema(v) => write!(f, "the database has schema version {v}; this server knows up to {SCHEMA_VERSION}"),
            StoreError::Corrupt(what) => write!(f, "the database holds something unreadable: {what}"),
        }
    }
}

impl std::error::Error for StoreError {}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sqlite(e)
    }
}

impl From<io::Error> for StoreError {
    fn from(e: io::Error) -> Self {
        StoreError::Io(e)
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// A response as it was first sent, kept to be sent again for the same request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub status: u16,
    pub body: String,
}

/// What an idempotency key already stands for.
#[derive(Debug, PartialEq, Eq)]
pub enum Remembered {
    /// The same key with the same body: the first answer again.
    Replay(Stored),
    /// The same key with another body: a client bug, never a second submission.
    Conflict,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Created(Stored),
    Remembered(Remembered),
    /// Attachments that do not exist or already belong to another submission.
    Rejected(Vec<FieldError>),
}

pub struct NewSubmission {
    pub idempotency_key: String,
    pub body_sha256: [u8; 32],
    /// RFC 3339 UTC.
    pub received_at: String,
    /// The calendar year in Riga when it was received: the reference counts per year.
    pub year: i32,
    pub form: String,
    pub lang: String,
    /// The canonical answers, as JSON.
    pub answers: String,
    /// (field, attachment id) for every attachment the answers reference.
    pub attachments: Vec<(String, String)>,
}

pub struct NewAttachment<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: &'a str,
    pub content: &'a [u8],
    pub created_at: &'a str,
}

/// A submission as an operator reads it.
#[derive(Debug, Serialize)]
pub struct SubmissionRecord {
    pub reference: String,
    pub received_at: String,
    pub form: String,
    pub lang: String,
    pub answers: serde_json::Value,
    pub attachments: Vec<AttachmentInfo>,
}

#[derive(Debug, Serialize)]
pub struct AttachmentInfo {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub size: i64,
}

/// A handle to the database; clones share the one connection.
#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
}

impl Store {
    /// Opens the file, creating it (and its directory) and the schema if missing.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        let conn = Connection::open(path)?;
        configure(&conn)?;
        migrate(&conn)?;
        Ok(Store { conn: Arc::new(Mutex::new(conn)) })
    }

    /// Opens a file that must already hold this server's schema (for `dvi-server show`: a
    /// mistyped path must say so, not create an empty inbox).
    pub fn open_existing(path: &Path) -> Result<Store> {
        if !path.is_file() {
            return Err(StoreError::Io(io::Error::new(io::ErrorKind::NotFound, format!("no database at {}", path.display()))));
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        configure(&conn)?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema(version));
        }
        migrate(&conn)?;
        Ok(Store { conn: Arc::new(Mutex::new(conn)) })
    }

    /// The connection. A panic while it was held poisons the mutex; the connection itself is
    /// still sound (a dropped `Transaction` rolls back), so the lock is taken over, and any
    /// transaction somehow left open is rolled back rather than committed by the next user.
    fn lock(&self) -> MutexGuard<'_, Connection> {
        let conn = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        if !conn.is_autocommit() {
            let _ = conn.execute_batch("ROLLBACK");
        }
        conn
    }

    /// What this key already stands for, if anything: the fast path for a retry, taken
    /// before the request is validated. [`Store::submit`] checks again inside its transaction.
    pub fn remembered(&self, key: &str, body_sha256: &[u8; 32]) -> Result<Option<Remembered>> {
        let conn = self.lock();
        Ok(remembered_in(&conn, key, body_sha256)?)
    }

    /// Records a submission, numbers it, links its attachments and remembers the answer under
    /// its idempotency key, all in one transaction: either all of it is on disk or none.
    /// `respond` turns the new reference into the answer to send (and to send again).
    /// `respond` writes the answer from the new reference and whether a signed container
    /// (.edoc, .asice) came with the submission.
    pub fn submit(&self, new: &NewSubmission, respond: impl FnOnce(&str, bool) -> Stored) -> Result<Outcome> {
        let mut conn = self.lock();
        // IMMEDIATE takes the write lock up front: no other writer (another process on the
        // same file) can slip in between reading the sequence and using it.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Checked again here: a concurrent identical request may have been recorded since the
        // caller's fast-path look-up. The mutex makes this check and the insert one step.
        if let Some(remembered) = remembered_in(&tx, &new.idempotency_key, &new.body_sha256)? {
            return Ok(Outcome::Remembered(remembered));
        }
        let rejected = unusable_attachments(&tx, &new.attachments)?;
        if !rejected.is_empty() {
            return Ok(Outcome::Rejected(rejected));
        }
        let seq: i64 = tx.query_row("SELECT COALESCE(MAX(seq), 0) + 1 FROM submissions WHERE year = ?1", [new.year], |r| r.get(0))?;
        // Six digits, as the inspectorate numbers its register; a millionth submission in one
        // year would simply get seven.
        let reference = format!("DVI-{}-{seq:06}", new.year);
        tx.execute(
            "INSERT INTO submissions (reference, year, seq, received_at, form, lang, answers) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![reference, new.year, seq, new.received_at, new.form, new.lang, new.answers],
        )?;
        for (field, id) in &new.attachments {
            let linked =
                tx.execute("UPDATE attachments SET submission = ?1 WHERE id = ?2 AND submission IS NULL", params![reference, id])?;
            if linked != 1 {
                // Cannot happen after the check above in the same transaction; refuse rather
                // than record a submission with a missing document.
                return Ok(Outcome::Rejected(vec![FieldError { field: field.clone(), code: ErrorCode::Unexpected }]));
            }
        }
        let signed: i64 =
            tx.query_row("SELECT COUNT(*) FROM attachments WHERE submission = ?1 AND kind IN ('edoc', 'asice')", [&reference], |r| {
                r.get(0)
            })?;
        let stored = respond(&reference, signed > 0);
        tx.execute(
            "INSERT INTO idempotency (key, body_sha256, status, response, submission, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![new.idempotency_key, new.body_sha256.as_slice(), stored.status, stored.body, reference, new.received_at],
        )?;
        tx.commit()?;
        Ok(Outcome::Created(stored))
    }

    /// Keeps an uploaded file until a submission references it.
    pub fn add_attachment(&self, a: &NewAttachment<'_>) -> Result<()> {
        let conn = self.lock();
        let size = i64::try_from(a.content.len()).unwrap_or(i64::MAX);
        conn.execute(
            "INSERT INTO attachments (id, name, kind, size, content, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![a.id, a.name, a.kind, size, a.content, a.created_at],
        )?;
        Ok(())
    }

    /// Deletes uploaded files that no submission took and that were uploaded before `before`
    /// (RFC 3339 UTC, which sorts as text): a person's documents are not kept for nothing.
    /// Returns how many went.
    pub fn purge_unused_attachments(&self, before: &str) -> Result<usize> {
        let conn = self.lock();
        Ok(conn.execute("DELETE FROM attachments WHERE submission IS NULL AND created_at < ?1", [before])?)
    }

    pub fn submission(&self, reference: &str) -> Result<Option<SubmissionRecord>> {
        let conn = self.lock();
        let row = conn
            .query_row("SELECT reference, received_at, form, lang, answers FROM submissions WHERE reference = ?1", [reference], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?))
            })
            .optional()?;
        let Some((reference, received_at, form, lang, answers)) = row else {
            return Ok(None);
        };
        let answers = serde_json::from_str(&answers).map_err(|e| StoreError::Corrupt(format!("answers of {reference}: {e}")))?;
        let mut statement = conn.prepare("SELECT id, name, kind, size FROM attachments WHERE submission = ?1 ORDER BY created_at, id")?;
        let attachments = statement
            .query_map([&reference], |r| Ok(AttachmentInfo { id: r.get(0)?, name: r.get(1)?, kind: r.get(2)?, size: r.get(3)? }))?
            .collect::<std::result::Result<Vec<_>, _>>()?;
        Ok(Some(SubmissionRecord { reference, received_at, form, lang, answers, attachments }))
    }
}

fn configure(conn: &Connection) -> Result<()> {
    // First, so that the pragmas below wait too: another process (an operator's `show`, a
    // second server by mistake) may hold the file for a moment.
    conn.busy_timeout(Duration::from_secs(5))?;
    // WAL: readers (an operator's `show`) never block the writer, and a commit is one append.
    let mode: String = conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Corrupt(format!("journal_mode is {mode}, not wal")));
    }
    // FULL: a commit is on disk before the reference number goes out, even if power fails.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

/// Brings the schema to [`SCHEMA_VERSION`]. Version 0 is a new file. Later versions add a
/// `v if v < N` step here, each in its own transaction.
fn migrate(conn: &Connection) -> Result<()> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema(version));
    }
    if version < 1 {
        conn.execute_batch(&format!("BEGIN IMMEDIATE; {SCHEMA} PRAGMA user_version = 1; COMMIT;"))?;
    }
    Ok(())
}

fn remembered_in(conn: &Connection, key: &str, body_sha256: &[u8; 32]) -> rusqlite::Result<Option<Remembered>> {
    let row = conn
        .query_row("SELECT body_sha256, status, response FROM idempotency WHERE key = ?1", [key], |r| {
            Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, u16>(1)?, r.get::<_, String>(2)?))
        })
        .optional()?;
    Ok(row.map(|(hash, status, body)| if hash == body_sha256 { Remembered::Replay(Stored { status, body }) } else { Remembered::Conflict }))
}

/// Fields whose attachments cannot be used: unknown ids, ids that already belong to a
/// submission, or one id twice. One error per field.
fn unusable_attachments(tx: &Transaction<'_>, attachments: &[(String, String)]) -> rusqlite::Result<Vec<FieldError>> {
    let mut errors: Vec<FieldError> = Vec::new();
    let mut seen = HashSet::new();
    for (field, id) in attachments {
        let owner: Option<Option<String>> =
            tx.query_row("SELECT submission FROM attachments WHERE id = ?1", [id], |r| r.get(0)).optional()?;
        let usable = matches!(owner, Some(None)) && seen.insert(id.as_str());
        if !usable && !errors.iter().any(|e| &e.field == field) {
            errors.push(FieldError { field: field.clone(), code: ErrorCode::Unexpected });
        }
    }
    Ok(errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_db(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("dvi-store-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir.join("nested").join("inbox.sqlite")
    }

    fn submission(key: &str, body: u8, attachments: Vec<(String, String)>) -> NewSubmission {
        NewSubmission {
            idempotency_key: key.into(),
            body_sha256: [body; 32],
            received_at: "2026-11-25T10:15:00Z".into(),
            year: 2026,
            form: "complaint".into(),
            lang: "lv".into(),
            answers: "{}".into(),
            attachments,
        }
    }

    fn respond(reference: &str, signed: bool) -> Stored {
        Stored { status: 201, body: format!("{reference} {signed}") }
    }

    #[test]
    fn numbers_per_year_and_remembers_keys() {
        let path = temp_db("numbers");
        let store = Store::open(&path).expect("opens");
        assert_eq!(store.submit(&submission("k1", 1, vec![]), respond).ok(), Some(Outcome::Created(respond("DVI-2026-000001", false))));
        assert_eq!(store.submit(&submission("k2", 2, vec![]), respond).ok(), Some(Outcome::Created(respond("DVI-2026-000002", false))));
        let next_year = NewSubmission { year: 2027, ..submission("k3", 3, vec![]) };
        assert_eq!(store.submit(&next_year, respond).ok(), Some(Outcome::Created(respond("DVI-2027-000001", false))));
        assert_eq!(
            store.submit(&submission("k1", 1, vec![]), respond).ok(),
            Some(Outcome::Remembered(Remembered::Replay(respond("DVI-2026-000001", false))))
        );
        assert_eq!(store.submit(&submission("k1", 9, vec![]), respond).ok(), Some(Outcome::Remembered(Remembered::Conflict)));
        assert_eq!(store.remembered("k2", &[2; 32]).ok().flatten(), Some(Remembered::Replay(respond("DVI-2026-000002", false))));
        assert_eq!(store.remembered("k9", &[2; 32]).ok().flatten(), None);
        drop(store);
        let again = Store::open_existing(&path).expect("reopens");
        let record = again.submission("DVI-2027-000001").ok().flatten().expect("kept");
        assert_eq!((record.form.as_str(), record.lang.as_str()), ("complaint", "lv"));
        assert!(Store::open_existing(&path.with_file_name("missing.sqlite")).is_err());
    }

    #[test]
    fn attachments_are_used_once() {
        let store = Store::open(&temp_db("attachments")).expect("opens");
        let id = "att_0123456789abcdef0123456789abcdef";
        let a = NewAttachment { id, name: "a.pdf", kind: "pdf", content: b"%PDF-1.7", created_at: "2026-11-25T10:00:00Z" };
        store.add_attachment(&a).expect("added");
        let docs = |id: &str| vec![("documents".to_owned(), id.to_owned())];
        let twice = vec![docs(id)[0].clone(), docs(id)[0].clone()];
        let unexpected = Outcome::Rejected(vec![FieldError { field: "documents".into(), code: ErrorCode::Unexpected }]);
        assert_eq!(store.submit(&submission("k0", 0, twice), respond).ok(), Some(unexpected));
        assert!(matches!(store.submit(&submission("k1", 1, docs(id)), respond), Ok(Outcome::Created(_))));
        let unexpected = Outcome::Rejected(vec![FieldError { field: "documents".into(), code: ErrorCode::Unexpected }]);
        assert_eq!(store.submit(&submission("k2", 2, docs(id)), respond).ok(), Some(unexpected));
        let record = store.submission("DVI-2026-000001").ok().flatten().expect("kept");
        assert_eq!(record.attachments.len(), 1);
        assert_eq!(record.attachments[0].size, 8);
    }

    #[test]
    fn unused_uploads_are_purged_and_used_ones_kept() {
        let store = Store::open(&temp_db("purge")).expect("opens");
        let used = "att_0000000000000000000000000000000a";
        let old = "att_0000000000000000000000000000000b";
        let fresh = "att_0000000000000000000000000000000c";
        for (id, at) in [(used, "2026-11-01T10:00:00Z"), (old, "2026-11-01T10:00:00Z"), (fresh, "2026-11-25T09:00:00Z")] {
            store.add_attachment(&NewAttachment { id, name: "a.pdf", kind: "pdf", content: b"%PDF-1.7", created_at: at }).expect("added");
        }
        let docs = vec![("documents".to_owned(), used.to_owned())];
        assert!(matches!(store.submit(&submission("k1", 1, docs), respond), Ok(Outcome::Created(_))));
        assert_eq!(store.purge_unused_attachments("2026-11-18T10:00:00Z").ok(), Some(1), "only the old unused upload goes");
        let record = store.submission("DVI-2026-000001").ok().flatten().expect("kept");
        assert_eq!(record.attachments.len(), 1, "a submission's documents stay");
        let late = vec![("documents".to_owned(), fresh.to_owned())];
        assert!(matches!(store.submit(&submission("k2", 2, late), respond), Ok(Outcome::Created(_))), "a recent upload is still usable");
    }
}
