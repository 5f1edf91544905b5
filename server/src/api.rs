//! The submissions API under /api, as `server/openapi.yaml` documents it: upload attachments,
//! then submit a form that references them. Every answer, errors included, is JSON; the rules
//! and error codes are the validation crate's, the same the app applies as a person types.

use crate::{
    clock::Instant,
    config::Config,
    limit::{client_address, retry_after_secs, Limiter},
    store::{NewAttachment, NewSubmission, Outcome, Remembered, Store, Stored},
};
use axum::{
    body::{Body, Bytes},
    extract::{ConnectInfo, Request, State},
    http::{header, HeaderMap, HeaderName, HeaderValue, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    routing::{any, get, post},
    Router,
};
use dvi_validation::{
    attachments::{self, ByteSource, FileKind, HEAD_BYTES, MAX_FILE_BYTES},
    forms::{self, Answer, Answers, Kind},
    ErrorCode, FieldError,
};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::{
    borrow::Cow,
    io::{Read, Seek, SeekFrom},
    net::{Ipv4Addr, SocketAddr},
    path::{Path, PathBuf},
    sync::Arc,
    time::Duration,
};
use tokio::io::AsyncWriteExt;
use tower_http::{
    cors::{AllowOrigin, CorsLayer},
    set_header::SetResponseHeaderLayer,
};

/// Largest submission body. The longest form's answers at their maximum lengths are about
/// 20,000 characters, under 80 KiB even if every one were a three-byte letter.
pub const MAX_SUBMISSION_BYTES: usize = 256 * 1024;

const IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");
const FILE_NAME: HeaderName = HeaderName::from_static("x-file-name");

/// The API's routes, with their full paths, to be merged beside the site. Every other path
/// under /api is the API's too (a JSON 404), so that a mistyped endpoint never gets the app's
/// index.html with a 200; the routes are spelled out rather than nested because a nested
/// router leaves "/api/" itself to the outer fallback.
pub fn router(store: Store, config: &Config) -> Router {
    let limits = Limits {
        submissions: Limiter::per_minute(config.rate_per_minute),
        uploads: Limiter::per_minute(config.rate_per_minute),
        config: Arc::new(config.clone()),
    };
    let api = Router::new()
        .route("/api/submissions", post(submit).route_layer(axum::middleware::from_fn_with_state(limits.clone(), limit_submissions)))
        .route("/api/attachments", post(upload).route_layer(axum::middleware::from_fn_with_state(limits.clone(), limit_uploads)))
        .route("/api/health", get(health))
        .route("/api", any(not_found))
        .route("/api/", any(not_found))
        .route("/api/{*rest}", any(not_found))
        // After the routes: it applies to those registered before it.
        .method_not_allowed_fallback(method_not_allowed)
        .with_state(store)
        // Answers carry personal data: no cache along the way may keep them.
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")));
    // Without configured origins there is no CORS layer at all, so not even a `Vary`: the
    // browser's same-origin policy is the whole rule.
    if config.allowed_origins.is_empty() {
        api
    } else {
        api.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list(config.allowed_origins.iter().cloned()))
                .allow_methods([Method::POST, Method::OPTIONS])
                .allow_headers([header::CONTENT_TYPE, IDEMPOTENCY_KEY, FILE_NAME])
                .max_age(Duration::from_secs(600)),
        )
    }
}

/// The rate limits, one per limited endpoint, and what says who a client is.
#[derive(Clone)]
struct Limits {
    submissions: Limiter,
    uploads: Limiter,
    config: Arc<Config>,
}

async fn limit_submissions(State(limits): State<Limits>, request: Request, next: Next) -> Response {
    limited(&limits.submissions, &limits.config, request, next).await
}

async fn limit_uploads(State(limits): State<Limits>, request: Request, next: Next) -> Response {
    limited(&limits.uploads, &limits.config, request, next).await
}

/// 429 with `Retry-After` for a client over its allowance, before anything else is looked at.
async fn limited(limiter: &Limiter, config: &Config, request: Request, next: Next) -> Response {
    // Without the connection's address (a server not started by `crate::serve`), every
    // request is one client: limited rather than unlimited.
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map_or(Ipv4Addr::UNSPECIFIED.into(), |c| c.0.ip());
    match limiter.check(client_address(peer, request.headers(), config)) {
        Ok(()) => next.run(request).await,
        Err(wait) => ApiError::TooManyRequests(retry_after_secs(wait)).into_response(),
    }
}

/// 200 when the database takes a write, 503 when it does not: for a load balancer and for
/// the operator's monitoring.
async fn health(State(store): State<Store>) -> Response {
    let now = Instant::now().rfc3339();
    match blocking(&store, move |s| s.check_writable(&now)).await {
        Ok(()) => json_response(StatusCode::OK, json!({"status": "ok"}).to_string()),
        Err(_) => ApiError::Unavailable.into_response(),
    }
}

/// Everything the API answers besides success, each with its `error` code.
#[derive(Debug)]
enum ApiError {
    UnsupportedMediaType,
    IdempotencyKeyInvalid,
    FileNameInvalid,
    TooLarge,
    /// The connection broke off while the body was being read.
    BodyUnreadable,
    Malformed(String),
    Invalid(Vec<FieldError>),
    IdempotencyConflict,
    NotFound,
    MethodNotAllowed,
    /// Over the client's allowance: try again after this many seconds.
    TooManyRequests(u64),
    /// The database takes no writes (health check).
    Unavailable,
    /// The database failed; the details go to the operator's log, not to the client.
    Internal,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = match self {
            ApiError::UnsupportedMediaType => (StatusCode::UNSUPPORTED_MEDIA_TYPE, json!({"error": "unsupported_media_type"})),
            ApiError::IdempotencyKeyInvalid => (StatusCode::BAD_REQUEST, json!({"error": "idempotency_key_invalid"})),
            ApiError::FileNameInvalid => (StatusCode::BAD_REQUEST, json!({"error": "file_name_invalid"})),
            ApiError::TooLarge => (StatusCode::PAYLOAD_TOO_LARGE, json!({"error": "too_large"})),
            ApiError::BodyUnreadable => (StatusCode::BAD_REQUEST, json!({"error": "body_unreadable"})),
            ApiError::Malformed(message) => (StatusCode::BAD_REQUEST, json!({"error": "malformed_json", "message": message})),
            ApiError::Invalid(fields) => (StatusCode::UNPROCESSABLE_ENTITY, json!({"error": "invalid", "fields": fields})),
            ApiError::IdempotencyConflict => (StatusCode::CONFLICT, json!({"error": "idempotency_conflict"})),
            ApiError::NotFound => (StatusCode::NOT_FOUND, json!({"error": "not_found"})),
            ApiError::MethodNotAllowed => (StatusCode::METHOD_NOT_ALLOWED, json!({"error": "method_not_allowed"})),
            ApiError::Internal => (StatusCode::INTERNAL_SERVER_ERROR, json!({"error": "internal"})),
            ApiError::Unavailable => (StatusCode::SERVICE_UNAVAILABLE, json!({"error": "unavailable"})),
            ApiError::TooManyRequests(secs) => {
                let mut response = json_response(StatusCode::TOO_MANY_REQUESTS, json!({"error": "too_many_requests"}).to_string());
                response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
                return response;
            }
        };
        json_response(status, body.to_string())
    }
}

fn json_response(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, HeaderValue::from_static("application/json"))], body).into_response()
}

impl IntoResponse for Stored {
    fn into_response(self) -> Response {
        // A stored status is one this server wrote (201); anything else would be a changed file.
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        json_response(status, self.body)
    }
}

async fn not_found() -> ApiError {
    ApiError::NotFound
}

async fn method_not_allowed() -> ApiError {
    ApiError::MethodNotAllowed
}

/// The 201 answer to a submission (fields in the contract's order, for people reading it).
#[derive(Serialize)]
struct Receipt<'a> {
    reference: &'a str,
    received_at: &'a str,
    form: &'a str,
    /// Whether a signed container (.edoc, .asice) came with the submission.
    signed: bool,
}

/// The 201 answer to an upload.
#[derive(Serialize)]
struct Uploaded<'a> {
    id: &'a str,
    name: &'a str,
    size: u64,
    kind: &'a str,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SubmissionRequest {
    form: String,
    lang: Lang,
    answers: Answers,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
enum Lang {
    Lv,
    En,
}

impl Lang {
    fn as_str(self) -> &'static str {
        match self {
            Lang::Lv => "lv",
            Lang::En => "en",
        }
    }
}

async fn submit(State(store): State<Store>, headers: HeaderMap, body: Body) -> Response {
    submission(store, headers, body).await.unwrap_or_else(IntoResponse::into_response)
}

/// The checks run from the cheapest to the one that needs the database, so that a request
/// that cannot succeed never waits for the lock.
async fn submission(store: Store, headers: HeaderMap, body: Body) -> Result<Response, ApiError> {
    if !is_json(&headers) {
        return Err(ApiError::UnsupportedMediaType);
    }
    let key = idempotency_key(&headers).ok_or(ApiError::IdempotencyKeyInvalid)?;
    let bytes = read_body(&headers, body, MAX_SUBMISSION_BYTES).await?;
    // The hash is of the raw bytes, not of the parsed request: "the same request" means the
    // same bytes, which a retry sends.
    let body_sha256: [u8; 32] = Sha256::digest(&bytes).into();
    let request: SubmissionRequest = serde_json::from_slice(&bytes).map_err(|e| ApiError::Malformed(e.to_string()))?;

    // A retry is answered as the first request was, even if today's rules would judge it
    // differently (a date that was "today" then is still fine): the record exists.
    let key_for_lookup = key.clone();
    if let Some(remembered) = blocking(&store, move |s| s.remembered(&key_for_lookup, &body_sha256)).await? {
        return Ok(replay(remembered));
    }

    let form = forms::form(&request.form)
        .ok_or_else(|| ApiError::Invalid(vec![FieldError { field: "form".into(), code: ErrorCode::ChoiceInvalid }]))?;
    let now = Instant::now();
    let answers = forms::validate(form, &request.answers, now.riga_date()).map_err(ApiError::Invalid)?;
    let attachments = form
        .fields()
        .filter(|f| matches!(f.kind, Kind::Files))
        .flat_map(|f| match answers.get(f.id) {
            Some(Answer::Many(ids)) => ids.iter().map(|id| (f.id.to_owned(), id.clone())).collect(),
            _ => Vec::new(),
        })
        .collect();
    let new = NewSubmission {
        idempotency_key: key,
        body_sha256,
        received_at: now.rfc3339(),
        year: now.riga_date().year,
        form: form.id.to_owned(),
        lang: request.lang.as_str().to_owned(),
        answers: serde_json::to_string(&answers).map_err(|_| ApiError::Internal)?,
        attachments,
    };
    let outcome = blocking(&store, move |s| {
        // Serialising three strings cannot fail; the default is only there to avoid a panic path.
        s.submit(&new, |reference, signed| Stored {
            status: StatusCode::CREATED.as_u16(),
            body: serde_json::to_string(&Receipt { reference, received_at: &new.received_at, form: &new.form, signed }).unwrap_or_default(),
        })
    })
    .await?;
    match outcome {
        Outcome::Created(stored) => Ok(stored.into_response()),
        Outcome::Remembered(remembered) => Ok(replay(remembered)),
        Outcome::Rejected(fields) => Err(ApiError::Invalid(fields)),
    }
}

fn replay(remembered: Remembered) -> Response {
    match remembered {
        Remembered::Replay(stored) => stored.into_response(),
        Remembered::Conflict => ApiError::IdempotencyConflict.into_response(),
    }
}

async fn upload(State(store): State<Store>, headers: HeaderMap, body: Body) -> Response {
    attachment(store, headers, body).await.unwrap_or_else(IntoResponse::into_response)
}

/// The upload is streamed to a file beside the database and then copied into it in pieces:
/// however many arrive at once, none is ever whole in memory. What can be judged early is
/// judged early: the name before the body, the declared length before reading, the type from
/// the first bytes, the size as it arrives.
async fn attachment(store: Store, headers: HeaderMap, body: Body) -> Result<Response, ApiError> {
    let name = file_name(&headers).ok_or(ApiError::FileNameInvalid)?;
    let key = match headers.contains_key(&IDEMPOTENCY_KEY) {
        true => Some(idempotency_key(&headers).ok_or(ApiError::IdempotencyKeyInvalid)?),
        false => None,
    };
    let file_error = |code| ApiError::Invalid(vec![FieldError { field: "file".into(), code }]);
    let kind = FileKind::from_name(&name).ok_or(file_error(ErrorCode::FileType))?;
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_FILE_BYTES) {
        return Err(ApiError::TooLarge);
    }
    let incoming = Incoming::new(store.incoming())?;
    let mut file = tokio::fs::File::create(&incoming.path).await.map_err(|e| internal("cannot write an upload", &e))?;
    // The name is part of what is hashed: a retry sends the same name and the same bytes.
    let mut hasher = Sha256::new();
    hasher.update(name.as_bytes());
    hasher.update([0]);
    let (mut head, mut size) = (Vec::new(), 0u64);
    let mut body = body;
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame.map_err(|_| ApiError::BodyUnreadable)?.into_data() else { continue };
        size += data.len() as u64;
        if size > MAX_FILE_BYTES {
            return Err(ApiError::TooLarge);
        }
        if head.len() < HEAD_BYTES {
            head.extend(data.iter().take(HEAD_BYTES - head.len()));
            if head.len() == HEAD_BYTES && !kind.matches_content(&head) {
                return Err(file_error(ErrorCode::FileType));
            }
        }
        hasher.update(&data);
        file.write_all(&data).await.map_err(|e| internal("cannot write an upload", &e))?;
    }
    file.flush().await.map_err(|e| internal("cannot write an upload", &e))?;
    drop(file);
    let body_sha256: [u8; 32] = hasher.finalize().into();
    let id = new_attachment_id().ok_or(ApiError::Internal)?;
    let kind_name = kind.as_str();
    let created_at = Instant::now().rfc3339();
    let response_body = serde_json::to_string(&Uploaded { id: &id, name: &name, size, kind: kind_name }).map_err(|_| ApiError::Internal)?;
    let path = incoming.path.clone();
    let outcome = blocking(&store, move |s| {
        let mut content = std::fs::File::open(&path)?;
        // Every check of the shared rules, on the whole file: those made while it arrived
        // only refused early what cannot pass.
        if let Err(code) = attachments::check_upload(&name, &OnDisk { file: &content, len: size }) {
            return Ok(Err(code));
        }
        content.seek(SeekFrom::Start(0))?;
        let new = NewAttachment {
            id: &id,
            name: &name,
            kind: kind_name,
            size,
            created_at: &created_at,
            key: key.as_deref().map(|k| (k, body_sha256)),
        };
        s.add_attachment(&new, &mut content, || Stored { status: StatusCode::CREATED.as_u16(), body: response_body }).map(Ok)
    })
    .await?;
    match outcome {
        Err(code) => Err(file_error(code)),
        Ok(Ok(stored)) => Ok(stored.into_response()),
        Ok(Err(remembered)) => Ok(replay(remembered)),
    }
}

/// An upload on its way in, deleted however the request ends.
struct Incoming {
    path: PathBuf,
}

impl Incoming {
    fn new(dir: &Path) -> Result<Incoming, ApiError> {
        let id = new_attachment_id().ok_or(ApiError::Internal)?;
        Ok(Incoming { path: dir.join(format!("{id}.part")) })
    }
}

impl Drop for Incoming {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// An upload on disk, read where the container check looks.
struct OnDisk<'a> {
    file: &'a std::fs::File,
    len: u64,
}

impl ByteSource for OnDisk<'_> {
    fn len(&self) -> usize {
        usize::try_from(self.len).unwrap_or(usize::MAX)
    }

    fn read_at(&self, at: usize, len: usize) -> Option<Cow<'_, [u8]>> {
        if at.checked_add(len)? > self.len() {
            return None;
        }
        let mut file = self.file;
        file.seek(SeekFrom::Start(at as u64)).ok()?;
        let mut bytes = vec![0; len];
        file.read_exact(&mut bytes).ok()?;
        Some(Cow::Owned(bytes))
    }
}

fn internal(what: &str, e: &dyn std::fmt::Display) -> ApiError {
    tracing::error!("{what}: {e}");
    ApiError::Internal
}

/// Runs a database call off the async runtime: the lock and the disk flush may take a while,
/// and the runtime must go on serving the site meanwhile.
async fn blocking<T: Send + 'static>(
    store: &Store,
    f: impl FnOnce(&Store) -> crate::store::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    let store = store.clone();
    match tokio::task::spawn_blocking(move || f(&store)).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(internal("database", &e)),
        Err(e) => Err(internal("database task failed", &e)),
    }
}

/// `application/json`, with or without parameters (`; charset=utf-8`).
fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

/// 16 to 128 characters of `[A-Za-z0-9_-]` (a UUID fits), sent exactly once.
fn idempotency_key(headers: &HeaderMap) -> Option<String> {
    let mut values = headers.get_all(&IDEMPOTENCY_KEY).iter();
    let (value, None) = (values.next()?, values.next()) else {
        return None;
    };
    let key = value.to_str().ok()?;
    let valid = (16..=128).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-'));
    valid.then(|| key.to_owned())
}

/// The file's name, percent-encoded UTF-8 (a header carries only ASCII). Only a name: no
/// path separators or control characters, at most 255 characters.
fn file_name(headers: &HeaderMap) -> Option<String> {
    let mut values = headers.get_all(&FILE_NAME).iter();
    let (value, None) = (values.next()?, values.next()) else {
        return None;
    };
    let name = percent_encoding::percent_decode(value.as_bytes()).decode_utf8().ok()?;
    let valid = !name.trim().is_empty() && name.chars().count() <= 255 && !name.chars().any(|c| c.is_control() || matches!(c, '/' | '\\'));
    valid.then(|| name.into_owned())
}

/// The whole body, or 413 as soon as it is known to be over `limit`: from Content-Length
/// before reading anything, else while reading (a chunked body).
async fn read_body(headers: &HeaderMap, body: Body, limit: usize) -> Result<Bytes, ApiError> {
    let declared = headers.get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(ApiError::TooLarge);
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.is::<LengthLimitError>() => Err(ApiError::TooLarge),
        Err(_) => Err(ApiError::BodyUnreadable),
    }
}

/// "att_" and 16 random bytes in hex: unguessable, so one person cannot attach (or learn of)
/// another's upload by counting.
fn new_attachment_id() -> Option<String> {
    let mut bytes = [0u8; 16];
    if let Err(e) = getrandom::fill(&mut bytes) {
        tracing::error!("no randomness for an id: {e}");
        return None;
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Some(format!("att_{hex}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            if let (Ok(name), Ok(value)) = (HeaderName::try_from(*name), HeaderValue::from_str(value)) {
                map.append(name, value);
            }
        }
        map
    }

    #[test]
    fn content_types() {
        assert!(is_json(&headers(&[("content-type", "application/json")])));
        assert!(is_json(&headers(&[("content-type", "Application/JSON; charset=utf-8")])));
        assert!(!is_json(&headers(&[("content-type", "text/plain")])));
        assert!(!is_json(&headers(&[("content-type", "application/jsonp")])));
        assert!(!is_json(&headers(&[])));
    }

    #[test]
    fn idempotency_keys() {
        assert_eq!(idempotency_key(&headers(&[("idempotency-key", "0123456789abcdef")])).as_deref(), Some("0123456789abcdef"));
        assert!(idempotency_key(&headers(&[("idempotency-key", &"a".repeat(128))])).is_some());
        for bad in ["0123456789abcde", "0123456789abcdef!", "0123456789 abcdef", &"a".repeat(129)] {
            assert_eq!(idempotency_key(&headers(&[("idempotency-key", bad)])), None, "{bad}");
        }
        assert_eq!(idempotency_key(&headers(&[])), None);
        let twice = headers(&[("idempotency-key", "0123456789abcdef"), ("idempotency-key", "0123456789abcdef")]);
        assert_eq!(idempotency_key(&twice), None);
    }

    #[test]
    fn file_names() {
        assert_eq!(file_name(&headers(&[("x-file-name", "s%C5%ABdz%C4%ABba.pdf")])).as_deref(), Some("sūdzība.pdf"));
        assert_eq!(file_name(&headers(&[("x-file-name", "plain.pdf")])).as_deref(), Some("plain.pdf"));
        for bad in ["%FF.pdf", "..%2Fetc%2Fpasswd", "a%00.pdf", "%20", ""] {
            assert_eq!(file_name(&headers(&[("x-file-name", bad)])), None, "{bad}");
        }
        assert_eq!(file_name(&headers(&[])), None);
    }

    #[test]
    fn attachment_ids_are_what_the_forms_accept() {
        let a = new_attachment_id().expect("random");
        let b = new_attachment_id().expect("random");
        assert!(attachments::is_attachment_id(&a), "{a}");
        assert_ne!(a, b);
    }
}
