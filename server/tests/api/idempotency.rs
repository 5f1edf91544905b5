//! Idempotency: a retried submission is answered as the first one was and recorded once, also
//! when the retries race each other and across a restart.

use crate::common::{body, key, valid_answers, TestServer};
use dvi_validation::forms::{self, Answer, Answers};
use serde_json::json;
use std::{
    sync::{Arc, Barrier},
    thread,
};

fn complaint() -> Answers {
    valid_answers(forms::form("complaint").unwrap())
}

#[test]
fn the_same_key_and_body_get_the_same_answer_and_one_record() {
    let server = TestServer::start("replay");
    let k = key("replay");
    let request = body("complaint", &complaint());
    let first = server.submit(&k, &request);
    assert_eq!(first.status, 201, "{}", first.text());
    let second = server.submit(&k, &request);
    assert_eq!((second.status, second.text()), (201, first.text()));
    assert_eq!(server.count("submissions"), 1);
    assert_eq!(server.count("idempotency"), 1);
}

#[test]
fn the_same_key_with_another_body_is_a_conflict() {
    let server = TestServer::start("conflict");
    let k = key("conflict");
    let mut answers = complaint();
    assert_eq!(server.submit(&k, &body("complaint", &answers)).status, 201);
    answers.insert("request".into(), Answer::One("Something else.".into()));
    let other = server.submit(&k, &body("complaint", &answers));
    assert_eq!((other.status, other.json()), (409, json!({"error": "idempotency_conflict"})));
    // Even an invalid body: the key is taken, whatever is sent with it.
    let invalid = server.submit(&k, &body("complaint", &Answers::new()));
    assert_eq!(invalid.status, 409);
    assert_eq!(server.count("submissions"), 1);
}

#[test]
fn a_refused_request_does_not_use_up_its_key() {
    let server = TestServer::start("not-burnt");
    let k = key("retry-after-fix");
    let refused = server.submit(&k, &body("complaint", &Answers::new()));
    assert_eq!(refused.status, 422);
    let malformed = server.submit(&k, "{");
    assert_eq!(malformed.status, 400);
    let fixed = server.submit(&k, &body("complaint", &complaint()));
    assert_eq!(fixed.status, 201, "{}", fixed.text());
    assert_eq!(server.count("submissions"), 1);
}

#[test]
fn twenty_concurrent_retries_make_one_record() {
    let server = TestServer::start("concurrent");
    let k = key("concurrent");
    let request = body("complaint", &complaint());
    let start = Arc::new(Barrier::new(20));
    let answers: Vec<(u16, String)> = thread::scope(|s| {
        let handles: Vec<_> = (0..20)
            .map(|_| {
                let (start, k, request, server) = (start.clone(), &k, &request, &server);
                s.spawn(move || {
                    start.wait();
                    let response = server.submit(k, request);
                    (response.status, response.text())
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert!(answers.iter().all(|a| a == &answers[0]), "{answers:?}");
    assert_eq!(answers[0].0, 201);
    assert_eq!(server.count("submissions"), 1);
    // And twenty different keys at once: twenty records, twenty different numbers.
    let references: Vec<String> = thread::scope(|s| {
        let handles: Vec<_> = (0..20)
            .map(|_| {
                let (request, server) = (&request, &server);
                s.spawn(move || server.submit(&key("many"), request).json()["reference"].as_str().unwrap().to_owned())
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let mut unique = references.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 20, "{references:?}");
    assert_eq!(server.count("submissions"), 21);
}

#[test]
fn records_and_keys_survive_a_restart() {
    let mut first = TestServer::start("restart");
    let k = key("restart");
    let request = body("complaint", &complaint());
    let created = first.submit(&k, &request);
    assert_eq!(created.status, 201);
    let reference = created.json()["reference"].as_str().unwrap().to_owned();
    let dir = first.dir.clone();
    first.stop();
    drop(first);

    let second = TestServer::start_in(&dir, crate::common::unlimited());
    let (code, stdout, stderr) = second.show(&reference);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains(&reference));
    let again = second.submit(&k, &request);
    assert_eq!((again.status, again.text()), (201, created.text()));
    // The sequence goes on from the file, not from memory.
    let next = second.submit(&key("after-restart"), &request).json()["reference"].as_str().unwrap().to_owned();
    assert_eq!(&next[next.len() - 6..], "000002");
    assert_eq!(second.count("submissions"), 2);
}
