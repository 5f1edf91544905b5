//! gzip -9 and brotli q11, as a server sends them: for the precompressed files a static host
//! serves (`name.br`, `name.gz` beside `name`) and for the size benchmark.

use crate::Result;
use std::{fs, io::Write, path::Path};

pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(bytes).map_err(|e| e.to_string())?;
    gz.finish().map_err(|e| e.to_string())
}

pub fn brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map_err(|e| e.to_string())?;
    Ok(out)
}

/// Kinds of file worth compressing (images other than SVG already are).
const TEXT: [&str; 8] = ["html", "js", "css", "wasm", "svg", "txt", "xml", "json"];

/// Writes `name.br` and `name.gz` beside every such file under `dir`.
pub fn precompress(dir: &Path) -> Result {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        if !path.extension().and_then(|e| e.to_str()).is_some_and(|e| TEXT.contains(&e)) {
            continue;
        }
        let bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for (ext, packed) in [("br", brotli(&bytes)?), ("gz", gzip(&bytes)?)] {
            let mut name = path.clone().into_os_string();
            name.push(format!(".{ext}"));
            fs::write(&name, packed).map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    Ok(())
}
