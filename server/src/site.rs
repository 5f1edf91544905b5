//! The built site from `dist/`, with every unknown path answered by the app's index.html so
//! that addresses like /lv/pakalpojumi load the app (which shows its own "page not found"
//! where nothing matches).

use std::path::Path;
use tower_http::services::{ServeDir, ServeFile};

pub fn files(dist: &Path) -> ServeDir<ServeFile> {
    ServeDir::new(dist).fallback(ServeFile::new(dist.join("index.html")))
}
