//! Reads the content files (TOML, both languages side by side) into the typed content model
//! and writes them out as one Rust `static` that the app compiles in: plain data, no parser
//! in the browser. A file that does not fit the model fails the build here, with its name.

#[path = "src/lang.rs"]
#[allow(dead_code)]
mod lang;
#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "build/rust_expr.rs"]
mod rust_expr;

use model::*;
use serde::de::DeserializeOwned;
use std::{env, fs, path::Path};

fn read<T: DeserializeOwned>(name: &str) -> T {
    let path = Path::new("content").join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[derive(serde::Deserialize)]
struct Channels {
    channel: Vec<Channel>,
}
#[derive(serde::Deserialize)]
struct Services {
    service: Vec<Service>,
}
#[derive(serde::Deserialize)]
struct Institutions {
    institution: Vec<Institution>,
}

/// Joins each language's .ftl files into one resource, so adding a file needs no code change.
fn locales(out: &Path) {
    println!("cargo:rerun-if-changed=locales");
    for lang in ["lv", "en"] {
        let dir = Path::new("locales").join(lang);
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut all = String::new();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            all += &fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            all.push('\n');
        }
        fs::write(out.join(format!("{lang}.ftl")), all).expect("cannot write the joined .ftl");
    }
}

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    locales(Path::new(&out_dir));
    let content = Content {
        contact: read("contact.toml"),
        channels: read::<Channels>("channels.toml").channel.into(),
        services: read::<Services>("services.toml").service.into(),
        institutions: read::<Institutions>("institutions.toml").institution.into(),
        holidays: read("holidays.toml"),
        rights: read("rights.toml"),
        accessibility: read("accessibility.toml"),
        privacy: read("privacy.toml"),
    };
    let code = rust_expr::to_rust(&content).unwrap_or_else(|e| panic!("content: {e}"));
    fs::write(Path::new(&out_dir).join("content.rs"), code).expect("cannot write content.rs");
}
