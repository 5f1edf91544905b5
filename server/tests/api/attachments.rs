//! POST /api/attachments, and submissions that reference what was uploaded.

use crate::common::{body, key, valid_answers, TestServer};
use dvi_validation::{
    attachments::MAX_FILE_BYTES,
    forms::{self, Answer, Answers},
};
use serde_json::json;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";

fn complaint_with(documents: &[&str]) -> Answers {
    let mut answers = valid_answers(forms::form("complaint").unwrap());
    answers.insert("documents".into(), Answer::Many(documents.iter().map(|d| d.to_string()).collect()));
    answers
}

fn invalid_file(response: &crate::common::Response, code: &str) {
    assert_eq!(response.status, 422, "{}", response.text());
    assert_eq!(response.json(), json!({"error": "invalid", "fields": [{"field": "file", "code": code}]}));
}

#[test]
fn a_pdf_is_kept_under_a_random_id() {
    let server = TestServer::start("upload");
    let response = server.upload("sūdzība.pdf", PDF);
    assert_eq!(response.status, 201, "{}", response.text());
    let json = response.json();
    let id = json["id"].as_str().unwrap().to_owned();
    assert!(dvi_validation::attachments::is_attachment_id(&id), "{id}");
    assert_eq!(json, json!({"id": id, "name": "sūdzība.pdf", "size": PDF.len(), "kind": "pdf"}));
    let other = server.upload("scan.png", PNG).json();
    assert_eq!(other["kind"], "png");
    assert_ne!(other["id"], json["id"]);

    let conn = rusqlite::Connection::open(&server.db).unwrap();
    let (content, submission): (Vec<u8>, Option<String>) = conn
        .query_row("SELECT content, submission FROM attachments JOIN attachment_content ON attachment = id WHERE id = ?1", [&id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((content.as_slice(), submission), (PDF, None));
}

#[test]
fn wrong_empty_and_oversized_files_are_refused() {
    let server = TestServer::start("upload-refused");
    invalid_file(&server.upload("setup.exe", b"MZ\x90\0"), "file_type");
    invalid_file(&server.upload("document.pdf", PNG), "file_type");
    invalid_file(&server.upload("noextension", PDF), "file_type");
    invalid_file(&server.upload("empty.pdf", b""), "file_empty");

    let mut big = PDF.to_vec();
    big.resize(MAX_FILE_BYTES as usize + 1, b' ');
    let response = server.upload("big.pdf", &big);
    assert_eq!((response.status, response.json()), (413, json!({"error": "too_large"})));
    // Exactly the limit is fine.
    big.truncate(MAX_FILE_BYTES as usize);
    assert_eq!(server.upload("big.pdf", &big).status, 201);

    for name in [None, Some("%FF%FE.pdf"), Some("..%2Fpasswd.pdf"), Some("")] {
        let mut headers = vec![("Content-Type", "application/pdf")];
        if let Some(n) = name {
            headers.push(("X-File-Name", n));
        }
        let response = server.request("POST", "/api/attachments", &headers, PDF);
        assert_eq!((response.status, response.json()), (400, json!({"error": "file_name_invalid"})), "{name:?}");
    }
    assert_eq!(server.count("attachments"), 1);
}

#[test]
fn a_submission_takes_its_attachments_once() {
    let server = TestServer::start("linked");
    let id = server.upload("sūdzība.pdf", PDF).json()["id"].as_str().unwrap().to_owned();
    let response = server.submit(&key("with-file"), &body("complaint", &complaint_with(&[&id])));
    assert_eq!(response.status, 201, "{}", response.text());
    let reference = response.json()["reference"].as_str().unwrap().to_owned();

    let (code, stdout, stderr) = server.show(&reference);
    assert_eq!(code, 0, "{stderr}");
    let shown: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(shown["answers"]["documents"], json!([id]));
    assert_eq!(shown["attachments"], json!([{"id": id, "name": "sūdzība.pdf", "kind": "pdf", "size": PDF.len()}]));

    let unexpected = json!({"error": "invalid", "fields": [{"field": "documents", "code": "unexpected"}]});
    let again = server.submit(&key("same-file"), &body("complaint", &complaint_with(&[&id])));
    assert_eq!((again.status, again.json()), (422, unexpected.clone()));
    let unknown = server.submit(&key("unknown-file"), &body("complaint", &complaint_with(&["att_0123456789abcdef0123456789abcdef"])));
    assert_eq!((unknown.status, unknown.json()), (422, unexpected.clone()));
    let not_an_id = server.submit(&key("not-an-id"), &body("complaint", &complaint_with(&["../../etc/passwd"])));
    assert_eq!((not_an_id.status, not_an_id.json()), (422, unexpected.clone()));
    let fresh = server.upload("a.pdf", PDF).json()["id"].as_str().unwrap().to_owned();
    let twice = server.submit(&key("twice"), &body("complaint", &complaint_with(&[&fresh, &fresh])));
    assert_eq!((twice.status, twice.json()), (422, unexpected));
    // A refused submission leaves the upload free for the next try.
    let retry = server.submit(&key("fresh"), &body("complaint", &complaint_with(&[&fresh])));
    assert_eq!(retry.status, 201, "{}", retry.text());
    assert_eq!(server.count("submissions"), 2);
}

/// An ASiC-E container as a signing application writes it: `mimetype` first and stored, the
/// signed document, and (unless `signature` is None) a signature file under META-INF/.
fn container(mimetype: &str, signature: Option<&str>) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(mimetype.as_bytes()).unwrap();
    zip.start_file("sudziba.pdf", stored).unwrap();
    zip.write_all(PDF).unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(b"<manifest:manifest/>").unwrap();
    if let Some(name) = signature {
        zip.start_file(name, stored).unwrap();
        zip.write_all(b"<asic:XAdESSignatures/>").unwrap();
    }
    zip.finish().unwrap().into_inner()
}

#[test]
fn a_signed_container_must_be_asic_e_and_the_receipt_says_it_came() {
    let server = TestServer::start("asic-e");
    let mime = "application/vnd.etsi.asic-e+zip";
    for (name, bytes) in [
        ("unsigned.edoc", container(mime, None)),
        ("plain zip.asice", container("application/zip", Some("META-INF/signatures0.xml"))),
        ("not a zip.edoc", b"PK\x03\x04 but nothing else".to_vec()),
    ] {
        invalid_file(&server.upload(name, &bytes), "signed_container_invalid");
    }
    let signed = server.upload("sūdzība.edoc", &container(mime, Some("META-INF/signatures0.xml")));
    assert_eq!(signed.status, 201, "{}", signed.text());
    assert_eq!(signed.json()["kind"], "edoc");
    let id = signed.json()["id"].as_str().unwrap().to_owned();
    let receipt = server.submit(&key("signed"), &body("complaint", &complaint_with(&[&id])));
    assert_eq!(receipt.status, 201, "{}", receipt.text());
    assert_eq!(receipt.json()["signed"], true);
    let pdf = server.upload("copy.pdf", PDF).json()["id"].as_str().unwrap().to_owned();
    assert_eq!(server.submit(&key("unsigned"), &body("complaint", &complaint_with(&[&pdf]))).json()["signed"], false);
}
