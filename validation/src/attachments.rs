//! What a person may attach to a submission: copies of documents (PDF, images, DOCX) and
//! e-signed containers (.edoc, .asice). The app checks name and size before uploading; the
//! backend checks the same, and the first bytes of the content.

use crate::ErrorCode;
use serde::{Deserialize, Serialize};

/// Enough of the start of a file to tell its kind (PNG's signature is the longest).
pub const HEAD_BYTES: usize = 8;

/// Largest file, in bytes (10 MiB: a scanned multi-page document fits).
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;
/// Most files on one submission.
pub const MAX_FILES: usize = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    Pdf,
    Jpeg,
    Png,
    Docx,
    /// The Latvian e-signed container (eParaksts), an ASiC-E zip.
    Edoc,
    Asice,
}

impl FileKind {
    /// The extensions a file input accepts, for its `accept` attribute and for the hint.
    pub const ACCEPT: &'static str = ".pdf,.jpg,.jpeg,.png,.docx,.edoc,.asice";

    pub const ALL: [FileKind; 6] = [FileKind::Pdf, FileKind::Jpeg, FileKind::Png, FileKind::Docx, FileKind::Edoc, FileKind::Asice];

    /// The kind as it travels in JSON (as serde names it), for code that reads JSON without serde.
    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Jpeg => "jpeg",
            FileKind::Png => "png",
            FileKind::Docx => "docx",
            FileKind::Edoc => "edoc",
            FileKind::Asice => "asice",
        }
    }

    pub fn from_name(name: &str) -> Option<FileKind> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match ext.as_str() {
            "pdf" => FileKind::Pdf,
            "jpg" | "jpeg" => FileKind::Jpeg,
            "png" => FileKind::Png,
            "docx" => FileKind::Docx,
            "edoc" => FileKind::Edoc,
            "asice" => FileKind::Asice,
            _ => return None,
        })
    }

    /// Whether the content starts as a file of this kind does (DOCX and the containers are zips).
    pub fn matches_content(self, head: &[u8]) -> bool {
        match self {
            FileKind::Pdf => head.starts_with(b"%PDF-"),
            FileKind::Jpeg => head.starts_with(&[0xFF, 0xD8, 0xFF]),
            FileKind::Png => head.starts_with(b"\x89PNG\r\n\x1a\n"),
            FileKind::Docx | FileKind::Edoc | FileKind::Asice => head.starts_with(b"PK\x03\x04"),
        }
    }
}

/// The checks that need only the name and the size: what the app does before uploading.
pub fn check_file(name: &str, size: u64) -> Result<FileKind, ErrorCode> {
    let kind = FileKind::from_name(name).ok_or(ErrorCode::FileType)?;
    if size == 0 {
        Err(ErrorCode::FileEmpty)
    } else if size > MAX_FILE_BYTES {
        Err(ErrorCode::FileTooLarge)
    } else {
        Ok(kind)
    }
}

/// Everything, with the content: what the backend does on upload (from the file it streamed
/// to disk). An .edoc or .asice must be a well-formed signed container ([`is_asic_e`]).
pub fn check_upload(name: &str, content: &(impl ByteSource + ?Sized)) -> Result<FileKind, ErrorCode> {
    let kind = check_file(name, content.len() as u64)?;
    let head = content.read_at(0, HEAD_BYTES.min(content.len())).ok_or(ErrorCode::FileType)?;
    if !kind.matches_content(&head) {
        Err(ErrorCode::FileType)
    } else if kind.is_signed_container() && !is_asic_e(content) {
        Err(ErrorCode::SignedContainerInvalid)
    } else {
        Ok(kind)
    }
}

impl FileKind {
    /// An e-signed container (what eParaksts gives back): .edoc or .asice.
    pub fn is_signed_container(self) -> bool {
        matches!(self, FileKind::Edoc | FileKind::Asice)
    }
}

/// The media type an ASiC-E container names in its first entry.
pub const ASIC_E_MIMETYPE: &[u8] = b"application/vnd.etsi.asic-e+zip";

/// Bytes that can be read at an offset: a file in memory, or one on disk that the backend
/// streamed there (it never holds a whole upload in memory).
pub trait ByteSource {
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// `len` bytes from `at`, or `None` past the end (or when they cannot be read).
    fn read_at(&self, at: usize, len: usize) -> Option<std::borrow::Cow<'_, [u8]>>;
}

impl ByteSource for [u8] {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }

    fn read_at(&self, at: usize, len: usize) -> Option<std::borrow::Cow<'_, [u8]>> {
        self.get(at..at.checked_add(len)?).map(std::borrow::Cow::Borrowed)
    }
}

/// Is `zip` an ASiC-E container as ETSI EN 319 162-1 lays it out (and eParaksts writes it): a
/// zip whose first entry is `mimetype`, stored uncompressed, holding exactly
/// "application/vnd.etsi.asic-e+zip", with a signature file under `META-INF/` ("signatures0.xml",
/// "signature.p7s"). The structure only: the signature itself is checked where the submission is
/// handled, with the trust lists. By hand: a zip crate would read far more than these headers.
pub fn is_asic_e(zip: &(impl ByteSource + ?Sized)) -> bool {
    let u16_at = |at: usize| zip.read_at(at, 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as usize);
    let u32_at = |at: usize| zip.read_at(at, 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize);
    // The first local file header: "mimetype", method 0 (stored), its content right after.
    let first = (|| {
        let (method, size, name_len, extra_len) = (u16_at(8)?, u32_at(18)?, u16_at(26)?, u16_at(28)?);
        let name = zip.read_at(30, name_len)?;
        let content = zip.read_at(30 + name_len + extra_len, size)?;
        Some(
            zip.read_at(0, 4)?.as_ref() == b"PK\x03\x04"
                && method == 0
                && name.as_ref() == b"mimetype"
                && content.as_ref() == ASIC_E_MIMETYPE,
        )
    })();
    if first != Some(true) {
        return false;
    }
    // The end of central directory record: within the last 22 bytes plus a comment (< 64 KiB).
    let from = zip.len().saturating_sub(22 + 0xFFFF);
    let Some(tail) = zip.read_at(from, zip.len() - from) else {
        return false;
    };
    let Some(end) = tail.windows(4).rposition(|w| w == b"PK\x05\x06").map(|i| from + i) else {
        return false;
    };
    // …which ends the file, with its comment.
    let (Some(count), Some(mut at), Some(comment)) = (u16_at(end + 10), u32_at(end + 16), u16_at(end + 20)) else {
        return false;
    };
    if end + 22 + comment != zip.len() {
        return false;
    }
    let mut signed = false;
    for _ in 0..count {
        if zip.read_at(at, 4).as_deref() != Some(b"PK\x01\x02") {
            return false;
        }
        let (Some(name_len), Some(extra_len), Some(comment_len)) = (u16_at(at + 28), u16_at(at + 30), u16_at(at + 32)) else {
            return false;
        };
        let Some(name) = zip.read_at(at + 46, name_len) else {
            return false;
        };
        let lower = name.to_ascii_lowercase();
        signed |= lower.starts_with(b"meta-inf/") && lower.windows(9).any(|w| w == b"signature");
        at += 46 + name_len + extra_len + comment_len;
    }
    signed
}

/// An attachment's id as the backend hands it out: "att_" and 32 lowercase hex digits.
pub fn is_attachment_id(id: &str) -> bool {
    id.strip_prefix("att_").is_some_and(|hex| hex.len() == 32 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_travel_as_their_names() {
        for kind in FileKind::ALL {
            assert_eq!(serde_json::to_string(&kind).ok(), Some(format!("\"{}\"", kind.as_str())));
        }
    }

    #[test]
    fn accepts_documents_and_signed_containers() {
        for (name, kind) in [
            ("a.pdf", FileKind::Pdf),
            ("Scan.JPG", FileKind::Jpeg),
            ("x.jpeg", FileKind::Jpeg),
            ("p.png", FileKind::Png),
            ("letter.docx", FileKind::Docx),
            ("sūdzība.edoc", FileKind::Edoc),
            ("s.asice", FileKind::Asice),
        ] {
            assert_eq!(check_file(name, 1000), Ok(kind), "{name}");
        }
        for name in ["a.exe", "a.pdf.exe", "noext", "a.doc", "a.zip", ".pdf."] {
            assert_eq!(check_file(name, 1000), Err(ErrorCode::FileType), "{name}");
        }
        assert_eq!(check_file("a.pdf", 0), Err(ErrorCode::FileEmpty));
        assert_eq!(check_file("a.pdf", MAX_FILE_BYTES), Ok(FileKind::Pdf));
        assert_eq!(check_file("a.pdf", MAX_FILE_BYTES + 1), Err(ErrorCode::FileTooLarge));
    }

    #[test]
    fn content_must_match_the_name() {
        assert_eq!(check_upload("a.pdf", &b"%PDF-1.7 ..."[..]), Ok(FileKind::Pdf));
        assert_eq!(check_upload("a.pdf", &b"MZ\x90\x00"[..]), Err(ErrorCode::FileType));
        assert_eq!(
            check_upload("a.edoc", &container(&[("mimetype", ASIC_E_MIMETYPE), ("META-INF/signatures0.xml", b"<x/>")])[..]),
            Ok(FileKind::Edoc)
        );
        assert_eq!(check_upload("a.edoc", &b"PK\x03\x04rest"[..]), Err(ErrorCode::SignedContainerInvalid));
        assert_eq!(check_upload("a.docx", &b"PK\x03\x04rest"[..]), Ok(FileKind::Docx), "only the containers are opened");
        assert_eq!(check_upload("a.png", &b"\x89PNG\r\n\x1a\nIHDR"[..]), Ok(FileKind::Png));
        assert_eq!(check_upload("a.jpg", &b"\xFF\xD8\xFF\xE0"[..]), Ok(FileKind::Jpeg));
        assert_eq!(check_upload("a.jpg", &b""[..]), Err(ErrorCode::FileEmpty));
    }

    /// A zip of stored entries, as a signing application writes one.
    pub(crate) fn container(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let (mut out, mut central) = (Vec::new(), Vec::new());
        for (name, content) in entries {
            let offset = out.len() as u32;
            let fields = |out: &mut Vec<u8>| {
                out.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]); // version, flags, method 0, time, date
                out.extend_from_slice(&[0; 4]); // crc-32 (not checked here)
                out.extend_from_slice(&(content.len() as u32).to_le_bytes());
                out.extend_from_slice(&(content.len() as u32).to_le_bytes());
                out.extend_from_slice(&(name.len() as u16).to_le_bytes());
                out.extend_from_slice(&[0, 0]); // extra
            };
            out.extend_from_slice(b"PK\x03\x04");
            fields(&mut out);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(content);
            central.extend_from_slice(b"PK\x01\x02\x14\x00");
            fields(&mut central);
            central.extend_from_slice(&[0; 6]); // comment, disk, internal attributes
            central.extend_from_slice(&[0; 4]); // external attributes
            central.extend_from_slice(&offset.to_le_bytes());
            central.extend_from_slice(name.as_bytes());
        }
        let (at, size) = (out.len() as u32, central.len() as u32);
        out.extend_from_slice(&central);
        out.extend_from_slice(b"PK\x05\x06\x00\x00\x00\x00");
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&at.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out
    }

    #[test]
    fn signed_containers_are_asic_e() {
        let sig: (&str, &[u8]) = ("META-INF/signatures0.xml", b"<asic:XAdESSignatures/>");
        let doc: (&str, &[u8]) = ("sudziba.pdf", b"%PDF-1.7");
        assert!(is_asic_e(&container(&[("mimetype", ASIC_E_MIMETYPE), doc, sig])[..]));
        assert!(is_asic_e(&container(&[("mimetype", ASIC_E_MIMETYPE), doc, ("META-INF/signature.p7s", b"\x30\x82")])[..]));
        // Not one: no signature, the mimetype not first or wrong, a plain zip, a cut-off file.
        assert!(!is_asic_e(&container(&[("mimetype", ASIC_E_MIMETYPE), doc, ("META-INF/manifest.xml", b"<m/>")])[..]));
        assert!(!is_asic_e(&container(&[doc, ("mimetype", ASIC_E_MIMETYPE), sig])[..]));
        assert!(!is_asic_e(&container(&[("mimetype", b"application/zip"), doc, sig])[..]));
        assert!(!is_asic_e(&container(&[("signatures0.xml", b"<x/>"), doc])[..]));
        let whole = container(&[("mimetype", ASIC_E_MIMETYPE), doc, sig]);
        for cut in [4, 30, 60, whole.len() - 30, whole.len() - 1] {
            assert!(!is_asic_e(&whole[..cut]), "cut at {cut}");
        }
        assert!(!is_asic_e(&b""[..]));
    }

    #[test]
    fn attachment_ids() {
        assert!(is_attachment_id("att_0123456789abcdef0123456789abcdef"));
        assert!(!is_attachment_id("att_0123456789ABCDEF0123456789abcdef"));
        assert!(!is_attachment_id("att_123"));
        assert!(!is_attachment_id("0123456789abcdef0123456789abcdef"));
    }
}
