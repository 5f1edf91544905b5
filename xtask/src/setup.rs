//! Installs what the build and the tests need, only where it is missing. What works on this
//! machine kind is in shared/TOOLCHAIN.md.

use crate::{cmd, cmd_in, root, Result};
use std::{env, fs, path::Path, process::Command};

const TRUNK: &str = "0.21.14";

pub fn all(browser: bool) -> Result {
    paths();
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    npm()?;
    if browser {
        // Chromium for the browser tests (test tools cannot download their own browser here),
        // Java for the Nu HTML Checker, poppler's pdftotext to read a saved PDF.
        debian(&[("/usr/bin/chromium", "chromium"), ("/usr/bin/java", "default-jre-headless"), ("/usr/bin/pdftotext", "poppler-utils")])?;
    }
    Ok(())
}

/// cargo-installed tools and the npm wasm-opt come first on PATH, for trunk and for us.
fn paths() {
    let cargo_home = env::var("CARGO_HOME").unwrap_or_else(|_| format!("{}/.cargo", env::var("HOME").unwrap_or_default()));
    let npm_bin = root().join("e2e/node_modules/.bin");
    let path = env::var("PATH").unwrap_or_default();
    env::set_var("PATH", format!("{}:{cargo_home}/bin:{path}", npm_bin.display()));
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn wasm_target() -> Result {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed.lines().any(|l| l.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    cmd("rustup", &["target", "add", "wasm32-unknown-unknown"])
}

fn trunk() -> Result {
    if output("trunk", &["--version"]).is_some_and(|v| v.trim() == format!("trunk {TRUNK}")) {
        return Ok(());
    }
    cmd("cargo", &["install", "--locked", &format!("trunk@{TRUNK}")])
}

/// The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
fn wasm_bindgen() -> Result {
    let lock = fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let version = lock_version(&lock, "wasm-bindgen").ok_or("Cargo.lock has no wasm-bindgen")?;
    if output("wasm-bindgen", &["--version"]).is_some_and(|v| v.trim() == format!("wasm-bindgen {version}")) {
        return Ok(());
    }
    // Without --locked: the CLI's own lock names a crate version the registry mirror lacks.
    cmd("cargo", &["install", "--force", &format!("wasm-bindgen-cli@{version}")])
}

pub fn lock_version(lock: &str, name: &str) -> Option<String> {
    let needle = format!("name = \"{name}\"\n");
    let rest = &lock[lock.find(&needle)? + needle.len()..];
    let line = rest.lines().next()?;
    Some(line.strip_prefix("version = \"")?.trim_end_matches('"').to_owned())
}

/// npm packages: playwright-core, axe-core, lighthouse, and binaryen@132 for wasm-opt.
fn npm() -> Result {
    let dir = root().join("e2e");
    let lock = fs::read(dir.join("package-lock.json")).map_err(|e| format!("e2e/package-lock.json: {e}"))?;
    let stamp = dir.join("node_modules/.installed-lock");
    if fs::read(&stamp).is_ok_and(|s| s == lock) && dir.join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    cmd_in(&dir, "npm", &["ci", "--no-audit", "--no-fund"], &[])?;
    fs::write(&stamp, lock).map_err(|e| e.to_string())
}

const SCHEMATHESIS: &str = "4.32.5";

/// schemathesis in a virtual environment of its own (target/schemathesis), at a fixed version so
/// that its deterministic generation sends the same requests on every run. Returns its program.
pub fn schemathesis() -> Result<std::path::PathBuf> {
    let venv = root().join("target/schemathesis");
    let program = venv.join("bin/schemathesis");
    if output(&program.to_string_lossy(), &["--version"]).is_some_and(|v| v.contains(SCHEMATHESIS)) {
        return Ok(program);
    }
    cmd("python3", &["-m", "venv", &venv.to_string_lossy()])?;
    let pip = venv.join("bin/pip");
    cmd(&pip.to_string_lossy(), &["install", "--quiet", "--disable-pip-version-check", &format!("schemathesis=={SCHEMATHESIS}")])?;
    Ok(program)
}

/// Debian's packages of these programs, those that are missing.
fn debian(programs: &[(&str, &str)]) -> Result {
    let missing: Vec<&str> = programs.iter().filter(|(program, _)| !Path::new(program).exists()).map(|(_, package)| *package).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let sudo = output("id", &["-u"]).is_some_and(|id| id.trim() != "0");
    let apt = |args: &[&str]| {
        let mut all = vec!["apt-get"];
        all.extend_from_slice(args);
        if sudo {
            cmd("sudo", &all)
        } else {
            cmd(all[0], &all[1..])
        }
    };
    apt(&["update"])?;
    apt(&[&["install", "-y", "--no-install-recommends"][..], &missing].concat())
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_a_version_from_the_lock() {
        let lock = "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n\n[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.2.130\"\n";
        assert_eq!(super::lock_version(lock, "wasm-bindgen").as_deref(), Some("0.2.130"));
        assert_eq!(super::lock_version(lock, "trunk"), None);
    }
}
