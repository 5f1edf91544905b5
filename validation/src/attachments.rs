//! What a person may attach to a submission: copies of documents (PDF, images, DOCX) and
//! e-signed containers (.edoc, .asice). The app checks name and size before uploading; the
//! backend checks the same, and the first bytes of the content.

use crate::ErrorCode;
use serde::{Deserialize, Serialize};

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

    pub fn mime(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Jpeg => "image/jpeg",
            FileKind::Png => "image/png",
            FileKind::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            FileKind::Edoc | FileKind::Asice => "application/vnd.etsi.asic-e+zip",
        }
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

/// Everything, with the content: what the backend does on upload.
pub fn check_upload(name: &str, content: &[u8]) -> Result<FileKind, ErrorCode> {
    let kind = check_file(name, content.len() as u64)?;
    if kind.matches_content(content) {
        Ok(kind)
    } else {
        Err(ErrorCode::FileType)
    }
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
        assert_eq!(check_upload("a.pdf", b"%PDF-1.7 ..."), Ok(FileKind::Pdf));
        assert_eq!(check_upload("a.pdf", b"MZ\x90\x00"), Err(ErrorCode::FileType));
        assert_eq!(check_upload("a.edoc", b"PK\x03\x04rest"), Ok(FileKind::Edoc));
        assert_eq!(check_upload("a.png", b"\x89PNG\r\n\x1a\nIHDR"), Ok(FileKind::Png));
        assert_eq!(check_upload("a.jpg", b"\xFF\xD8\xFF\xE0"), Ok(FileKind::Jpeg));
        assert_eq!(check_upload("a.jpg", b""), Err(ErrorCode::FileEmpty));
    }

    #[test]
    fn attachment_ids() {
        assert!(is_attachment_id("att_0123456789abcdef0123456789abcdef"));
        assert!(!is_attachment_id("att_0123456789ABCDEF0123456789abcdef"));
        assert!(!is_attachment_id("att_123"));
        assert!(!is_attachment_id("0123456789abcdef0123456789abcdef"));
    }
}
