//! Installs what the build and the tests need, only where it is missing. What works on this
//! machine kind is in shared/TOOLCHAIN.md.

use crate::{cmd, cmd_in, root, Result};
use std::{
    env, fs,
    path::{Path, PathBuf},
    process::Command,
};

const TRUNK: &str = "0.21.14";

pub fn all(browser: bool) -> Result {
    paths();
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    npm()?;
    if browser {
        // Chromium for the browser tests (test tools cannot download their own browser here),
        // Java for the Nu HTML Checker, poppler's pdftotext to read a saved PDF, and the
        // production web server as a deployer installs it (deploy/nginx), with openssl for
        // its throw-away certificate.
        debian(&[
            ("/usr/bin/chromium", "chromium"),
            ("/usr/bin/java", "default-jre-headless"),
            ("/usr/bin/pdftotext", "poppler-utils"),
            ("/usr/sbin/nginx", "nginx"),
            ("/usr/lib/nginx/modules/ngx_http_brotli_static_module.so", "libnginx-mod-http-brotli-static"),
            ("/usr/bin/openssl", "openssl"),
        ])?;
        later_nginx()?;
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
pub fn npm() -> Result {
    let dir = root().join("e2e");
    let lock = fs::read(dir.join("package-lock.json")).map_err(|e| format!("e2e/package-lock.json: {e}"))?;
    let stamp = dir.join("node_modules/.installed-lock");
    if fs::read(&stamp).is_ok_and(|s| s == lock) && dir.join("node_modules/.bin/wasm-opt").exists() {
        return Ok(());
    }
    cmd_in(&dir, "npm", &["ci", "--no-audit", "--no-fund"], &[])?;
    fs::write(&stamp, lock).map_err(|e| e.to_string())
}

/// schemathesis in a virtual environment of its own (target/schemathesis), at a fixed version so
/// that its deterministic generation sends the same requests on every run. Returns its program.
pub fn schemathesis() -> Result<std::path::PathBuf> {
    python_tool("schemathesis", "4.32.5", "schemathesis")
}

/// gixy-ng, the nginx configuration analyser, in a virtual environment of its own
/// (target/gixy-ng), at a fixed version so that its findings do not change under us.
pub fn gixy() -> Result<std::path::PathBuf> {
    python_tool("gixy-ng", "0.2.59", "gixy")
}

/// A PyPI package at `version` in target/<package>, a virtual environment of its own; its
/// `program`.
fn python_tool(package: &str, version: &str, program: &str) -> Result<std::path::PathBuf> {
    let venv = root().join("target").join(package);
    let program = venv.join("bin").join(program);
    let pip = venv.join("bin/pip");
    let installed =
        output(&pip.to_string_lossy(), &["show", package]).is_some_and(|v| v.lines().any(|l| l == format!("Version: {version}")));
    if installed && program.exists() {
        return Ok(program);
    }
    cmd("python3", &["-m", "venv", &venv.to_string_lossy()])?;
    cmd(&pip.to_string_lossy(), &["install", "--quiet", "--disable-pip-version-check", &format!("{package}=={version}")])?;
    Ok(program)
}

/// An nginx to run: the program and the arguments before nginx's own (a loader's), and the
/// brotli_static module built for it.
pub struct Nginx {
    pub command: Vec<String>,
    /// Where it loads the brotli module from: Debian's nginx.conf's `modules-enabled` (None), or
    /// this file.
    pub brotli_module: Option<PathBuf>,
    /// From 1.25.1: HTTP/2 is `http2 on;`, no longer a `listen` parameter.
    pub http2_directive: bool,
    pub name: &'static str,
}

/// Debian 12's nginx, as a deployer installs it (`setup --browser`).
pub fn debian_nginx() -> Nginx {
    Nginx { command: vec!["/usr/sbin/nginx".into()], brotli_module: None, http2_directive: false, name: "Debian 12's nginx 1.22" }
}

/// Debian 13's nginx (1.26), for the form of deploy/nginx that nginx 1.25.1 and later take:
/// its packages and the libraries it was built against, from Debian's archive (checked against
/// its keyring), unpacked into target/nginx-trixie and run through their own loader, beside
/// Debian 12's.
pub fn later_nginx() -> Result<Nginx> {
    let dir = root().join("target/nginx-trixie");
    let unpacked = dir.join("root");
    let loader = unpacked.join("usr/lib64/ld-linux-x86-64.so.2");
    let libraries = format!("{0}/usr/lib/x86_64-linux-gnu:{0}/lib/x86_64-linux-gnu", unpacked.display());
    let nginx = unpacked.join("usr/sbin/nginx");
    let command = vec![loader.to_string_lossy().into_owned(), "--library-path".into(), libraries, nginx.to_string_lossy().into_owned()];
    let brotli_module = Some(unpacked.join("usr/lib/nginx/modules/ngx_http_brotli_static_module.so"));
    let later = Nginx { command, brotli_module, http2_directive: true, name: "Debian 13's nginx 1.26" };
    if nginx.is_file() && loader.is_file() {
        return Ok(later);
    }
    let (lists, debs) = (dir.join("lists"), dir.join("debs"));
    for folder in [lists.join("partial"), dir.join("cache/archives/partial"), debs.clone(), unpacked.clone()] {
        fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    let sources = dir.join("sources.list");
    fs::write(&sources, "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main\n")
        .map_err(|e| e.to_string())?;
    let options = [
        format!("-oDir::Etc::SourceList={}", sources.display()),
        "-oDir::Etc::SourceParts=/dev/null".into(),
        format!("-oDir::State::Lists={}", lists.display()),
        format!("-oDir::Cache={}", dir.join("cache").display()),
        "-oDebug::NoLocking=1".into(),
        "-qq".into(),
    ];
    let apt = |what: &[&str]| {
        let args: Vec<&str> = options.iter().map(String::as_str).chain(what.iter().copied()).collect();
        cmd_in(&debs, "apt-get", &args, &[])
    };
    apt(&["update"])?;
    apt(&[
        "download",
        "nginx",
        "libnginx-mod-http-brotli-static",
        "libc6",
        "libcrypt1",
        "libpcre2-8-0",
        "libssl3t64",
        "zlib1g",
        "libbrotli1",
    ])?;
    let entries = fs::read_dir(&debs).map_err(|e| e.to_string())?;
    for deb in entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "deb")) {
        cmd_in(&dir, "dpkg-deb", &["-x", &deb.to_string_lossy(), &unpacked.to_string_lossy()], &[])?;
    }
    Ok(later)
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
