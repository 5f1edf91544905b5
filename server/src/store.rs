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
    path::{Path, PathBuf},
    sync::{Arc, Mutex, MutexGuard, PoisonError},
    time::Duration,
};

/// Bumped with every change to the schema; [`migrate`] brings older files up to it.
const SCHEMA_VERSION: i64 = 2;

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

/// Version 2: uploads take an idempotency key too (remembered with the attachment they made,
/// and forgotten with it when an unused upload is purged), keys expire by age, and the health
/// check has a row to write. A file's bytes move to a table of their own, as the last column
/// of its row: only there does SQLite write a `zeroblob` without first making it whole in
/// memory, which lets an upload be copied in piece by piece.
const SCHEMA_2: &str = "
CREATE TABLE attachment_content (
    attachment  TEXT PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
    content     BLOB NOT NULL
) STRICT;
INSERT INTO attachment_content (attachment, content) SELECT id, content FROM attachments;
ALTER TABLE attachments DROP COLUMN content;
CREATE TABLE IF NOT EXISTS upload_idempotency (
    key         TEXT PRIMARY KEY,
    body_sha256 BLOB NOT NULL,
    status      INTEGER NOT NULL,
    response    TEXT NOT NULL,
    attachment  TEXT NOT NULL UNIQUE REFERENCES attachments (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS idempotency_by_age ON idempotency (created_at);
CREATE INDEX IF NOT EXISTS upload_idempotency_by_age ON upload_idempotency (created_at);
CREATE TABLE IF NOT EXISTS health (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    checked_at  TEXT NOT NULL
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
    /// Bytes `content` will give.
    pub size: u64,
    pub created_at: &'a str,
    /// The upload's Idempotency-Key and the SHA-256 of what was sent under it, if it had one.
    pub key: Option<(&'a str, [u8; 32])>,
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
    incoming: PathBuf,
}

/// Where uploads are written while they arrive: beside the database, "FILE.incoming/".
fn incoming_dir(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".incoming");
    path.with_file_name(name)
}

impl Store {
    /// Opens the file, creating it (and its directory) and the schema if missing, for the
    /// server: uploads that were arriving when it last stopped are deleted.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent)?;
        }
        let conn = Connection::open(path)?;
        configure(&conn)?;
        migrate(&conn)?;
        let incoming = incoming_dir(path);
        match fs::remove_dir_all(&incoming) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
        fs::create_dir_all(&incoming)?;
        Ok(Store { conn: Arc::new(Mutex::new(conn)), incoming })
    }

    /// The folder for uploads on their way in (only the server, which opened it, writes there).
    pub fn incoming(&self) -> &Path {
        &self.incoming
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
        Ok(Store { conn: Arc::new(Mutex::new(conn)), incoming: incoming_dir(path) })
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

    /// Keeps an uploaded file until a submission references it, copying `content` into the
    /// database in pieces (an upload is never whole in memory). With a key already used, the
    /// first answer (or a conflict) instead, and `content` is not read.
    pub fn add_attachment(
        &self,
        a: &NewAttachment<'_>,
        content: &mut impl io::Read,
        respond: impl FnOnce() -> Stored,
    ) -> Result<std::result::Result<Stored, Remembered>> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if let Some((key, sha256)) = a.key {
            if let Some(remembered) = remembered_upload(&tx, key, &sha256)? {
                return Ok(Err(remembered));
            }
        }
        let size = i64::try_from(a.size).map_err(|_| StoreError::Corrupt(format!("a file of {} bytes", a.size)))?;
        tx.execute(
            "INSERT INTO attachments (id, name, kind, size, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![a.id, a.name, a.kind, size, a.created_at],
        )?;
        tx.execute("INSERT INTO attachment_content (attachment, content) VALUES (?1, zeroblob(?2))", params![a.id, size])?;
        let row = tx.last_insert_rowid();
        {
            let mut blob = tx.blob_open(rusqlite::MAIN_DB, "attachment_content", "content", row, false)?;
            let copied = io::copy(content, &mut blob)?;
            if copied != a.size {
                return Err(StoreError::Io(io::Error::new(io::ErrorKind::UnexpectedEof, format!("{copied} of {} bytes", a.size))));
            }
        }
        let stored = respond();
        if let Some((key, sha256)) = a.key {
            tx.execute(
                "INSERT INTO upload_idempotency (key, body_sha256, status, response, attachment, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![key, sha256.as_slice(), stored.status, stored.body, a.id, a.created_at],
            )?;
        }
        tx.commit()?;
        Ok(Ok(stored))
    }

    /// An attachment's bytes, for an operator (and the tests that check what was stored).
    pub fn attachment_content(&self, id: &str) -> Result<Option<Vec<u8>>> {
        let conn = self.lock();
        Ok(conn.query_row("SELECT content FROM attachment_content WHERE attachment = ?1", [id], |r| r.get(0)).optional()?)
    }

    /// How many submissions and attachments the file holds.
    pub fn counts(&self) -> Result<(i64, i64)> {
        let conn = self.lock();
        let submissions = conn.query_row("SELECT COUNT(*) FROM submissions", [], |r| r.get(0))?;
        let attachments = conn.query_row("SELECT COUNT(*) FROM attachments", [], |r| r.get(0))?;
        Ok((submissions, attachments))
    }

    /// Forgets idempotency keys (of submissions and uploads) first used before `before`
    /// (RFC 3339 UTC). The submissions stay: only the right to replay them goes. Returns how many.
    pub fn forget_idempotency_keys(&self, before: &str) -> Result<usize> {
        let conn = self.lock();
        let submissions = conn.execute("DELETE FROM idempotency WHERE created_at < ?1", [before])?;
        let uploads = conn.execute("DELETE FROM upload_idempotency WHERE created_at < ?1", [before])?;
        Ok(submissions + uploads)
    }

    /// Writes (and flushes) one row: the database takes writes now. For `GET /api/health`.
    pub fn check_writable(&self, now: &str) -> Result<()> {
        let conn = self.lock();
        conn.execute(
            "INSERT INTO health (id, checked_at) VALUES (1, ?1) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at",
            [now],
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
    if version < 2 {
        conn.execute_batch(&format!("BEGIN IMMEDIATE; {SCHEMA_2} PRAGMA user_version = 2; COMMIT;"))?;
    }
    Ok(())
}

fn remembered_in(conn: &Connection, key: &str, body_sha256: &[u8; 32]) -> rusqlite::Result<Option<Remembered>> {
    remembered_at(conn, "idempotency", key, body_sha256)
}

fn remembered_upload(conn: &Connection, key: &str, body_sha256: &[u8; 32]) -> rusqlite::Result<Option<Remembered>> {
    remembered_at(conn, "upload_idempotency", key, body_sha256)
}

/// What `key` stands for in one of the two key tables (a name of this file, never input).
fn remembered_at(conn: &Connection, table: &str, key: &str, body_sha256: &[u8; 32]) -> rusqlite::Result<Option<Remembered>> {
    let row = conn
        .query_row(&format!("SELECT body_sha256, status, response FROM {table} WHERE key = ?1"), [key], |r| {
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

    /// An eight-byte PDF, under `key` if given.
    fn add(store: &Store, id: &str, at: &str, key: Option<(&str, [u8; 32])>) -> Result<std::result::Result<Stored, Remembered>> {
        let a = NewAttachment { id, name: "a.pdf", kind: "pdf", size: 8, created_at: at, key };
        store.add_attachment(&a, &mut &b"%PDF-1.7"[..], || Stored { status: 201, body: id.to_owned() })
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
        add(&store, id, "2026-11-25T10:00:00Z", None).expect("added").expect("new");
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
            add(&store, id, at, None).expect("added").expect("new");
        }
        let docs = vec![("documents".to_owned(), used.to_owned())];
        assert!(matches!(store.submit(&submission("k1", 1, docs), respond), Ok(Outcome::Created(_))));
        assert_eq!(store.purge_unused_attachments("2026-11-18T10:00:00Z").ok(), Some(1), "only the old unused upload goes");
        let record = store.submission("DVI-2026-000001").ok().flatten().expect("kept");
        assert_eq!(record.attachments.len(), 1, "a submission's documents stay");
        let late = vec![("documents".to_owned(), fresh.to_owned())];
        assert!(matches!(store.submit(&submission("k2", 2, late), respond), Ok(Outcome::Created(_))), "a recent upload is still usable");
    }

    #[test]
    fn uploads_with_a_key_are_made_once() {
        let store = Store::open(&temp_db("upload-keys")).expect("opens");
        let (a, b) = ("att_0000000000000000000000000000000a", "att_0000000000000000000000000000000b");
        let first = add(&store, a, "2026-11-25T10:00:00Z", Some(("u1", [1; 32]))).expect("added");
        assert_eq!(first, Ok(Stored { status: 201, body: a.into() }));
        // The retry would have made a second attachment; it gets the first one's answer.
        let again = add(&store, b, "2026-11-25T10:00:05Z", Some(("u1", [1; 32]))).expect("answered");
        assert_eq!(again, Err(Remembered::Replay(Stored { status: 201, body: a.into() })));
        assert_eq!(add(&store, b, "2026-11-25T10:00:05Z", Some(("u1", [2; 32]))).expect("answered"), Err(Remembered::Conflict));
        assert_eq!(store.attachment_content(b).ok().flatten(), None, "no second attachment");
        assert_eq!(store.attachment_content(a).ok().flatten().as_deref(), Some(&b"%PDF-1.7"[..]));
        // A short read is refused whole.
        let short = NewAttachment { id: b, name: "b.pdf", kind: "pdf", size: 9, created_at: "2026-11-25T10:01:00Z", key: None };
        assert!(store.add_attachment(&short, &mut &b"%PDF-1.7"[..], || Stored { status: 201, body: String::new() }).is_err());
        assert_eq!(store.attachment_content(b).ok().flatten(), None);
        // Purging the unused upload forgets its key with it.
        assert_eq!(store.purge_unused_attachments("2026-12-25T00:00:00Z").ok(), Some(1));
        assert_eq!(
            add(&store, b, "2026-12-26T10:00:00Z", Some(("u1", [2; 32]))).expect("added"),
            Ok(Stored { status: 201, body: b.into() })
        );
    }

    #[test]
    fn expired_keys_are_forgotten_and_live_ones_kept() {
        let store = Store::open(&temp_db("expiry")).expect("opens");
        let old = NewSubmission { received_at: "2026-10-01T10:00:00Z".into(), ..submission("old", 1, vec![]) };
        let live = NewSubmission { received_at: "2026-11-20T10:00:00Z".into(), ..submission("live", 2, vec![]) };
        for new in [&old, &live] {
            assert!(matches!(store.submit(new, respond), Ok(Outcome::Created(_))));
        }
        add(&store, "att_0000000000000000000000000000000a", "2026-10-01T10:00:00Z", Some(("old-upload", [3; 32])))
            .expect("added")
            .expect("new");
        let docs = vec![("documents".to_owned(), "att_0000000000000000000000000000000a".to_owned())];
        assert!(matches!(store.submit(&submission("with-doc", 4, docs), respond), Ok(Outcome::Created(_))));
        // 30 days before 2026-11-25.
        assert_eq!(store.forget_idempotency_keys("2026-10-26T10:00:00Z").ok(), Some(2), "the old submission's and upload's keys");
        assert_eq!(store.remembered("old", &[1; 32]).ok().flatten(), None);
        assert_eq!(store.remembered("live", &[2; 32]).ok().flatten(), Some(Remembered::Replay(respond("DVI-2026-000002", false))));
        assert!(store.submission("DVI-2026-000001").ok().flatten().is_some(), "the submission itself stays");
        // The old key may now stand for something new.
        assert!(matches!(store.submit(&submission("old", 9, vec![]), respond), Ok(Outcome::Created(_))));
    }

    #[test]
    fn health_writes_a_row() {
        let path = temp_db("health");
        let store = Store::open(&path).expect("opens");
        assert!(store.check_writable("2026-11-25T10:00:00Z").is_ok());
        assert!(store.check_writable("2026-11-25T10:00:01Z").is_ok());
        // Another writer holding the file (for longer than the busy time-out) makes it unwritable.
        let other = Connection::open(&path).expect("opens");
        other.execute_batch("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE;").expect("locks");
        store.lock().busy_timeout(Duration::from_millis(50)).expect("set");
        assert!(store.check_writable("2026-11-25T10:00:02Z").is_err());
        other.execute_batch("ROLLBACK").expect("unlocks");
        assert!(store.check_writable("2026-11-25T10:00:03Z").is_ok());
    }

    #[test]
    fn a_version_1_file_keeps_its_files() {
        let path = temp_db("v1");
        fs::create_dir_all(path.parent().expect("folder")).expect("made");
        let old = Connection::open(&path).expect("opens");
        old.execute_batch(&format!("{SCHEMA} PRAGMA user_version = 1;")).expect("v1");
        old.execute(
            "INSERT INTO attachments (id, name, kind, size, content, created_at) VALUES ('att_1', 'a.pdf', 'pdf', 8, ?1, '2026-11-25T10:00:00Z')",
            [&b"%PDF-1.7"[..]],
        )
        .expect("inserted");
        drop(old);
        let store = Store::open(&path).expect("migrates");
        assert_eq!(store.attachment_content("att_1").ok().flatten().as_deref(), Some(&b"%PDF-1.7"[..]));
        let version: i64 = store.lock().pragma_query_value(None, "user_version", |r| r.get(0)).expect("read");
        assert_eq!(version, SCHEMA_VERSION);
    }
}
