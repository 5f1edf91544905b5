//! Production as it is served: deploy/nginx on the distribution's nginx in front of the release
//! server, checked as a deployer checks it (README, "Deploying"). `cargo xtask test` writes a
//! copy of the shipped file with only root, upstream, listen, server_name and a throw-away
//! certificate changed, and runs it under Debian's own nginx.conf; `cargo xtask
//! check-deployment` runs the same checks on an installed server.

use crate::{
    cmd_in, free_port, fresh_dir, root,
    setup::{self, Nginx},
    start, wait_for, Result, Running,
};
use std::{
    env, fs,
    path::{Path, PathBuf},
    process::Command,
};

/// What a deployer sets in deploy/nginx/dvi-self-service.conf (its "Set:" lines), and nothing else.
pub struct Settings {
    pub root: String,
    pub backend: String,
    /// The HTTPS server's `listen` lines, in the form the nginx at hand takes.
    pub listen_https: String,
    pub listen_http: String,
    pub server_name: String,
    pub certificate: String,
    pub key: String,
}

/// The shipped file with `settings`: each line a deployer sets is replaced where it stands, and
/// the replacing fails if the file no longer has that line exactly once.
pub fn configured(shipped: &str, settings: &Settings) -> Result<String> {
    let mut text = shipped.to_owned();
    let mut set = |from: &str, to: &str, times: usize| -> Result {
        let found = text.matches(from).count();
        if found != times {
            return Err(format!("deploy/nginx/dvi-self-service.conf: {from:?} is there {found} times, not {times}"));
        }
        text = text.replace(from, to);
        Ok(())
    };
    set("    server 127.0.0.1:8081;\n", &format!("    server {};\n", settings.backend), 1)?;
    set("    listen 443 ssl http2;\n    listen [::]:443 ssl http2;\n", &settings.listen_https, 1)?;
    set("    listen 80;\n    listen [::]:80;\n", &settings.listen_http, 1)?;
    set("    server_name pakalpojumi.dvi.gov.lv;\n", &format!("    server_name {};\n", settings.server_name), 2)?;
    set("/etc/ssl/certs/pakalpojumi.dvi.gov.lv.pem;", &format!("{};", settings.certificate), 1)?;
    set("/etc/ssl/private/pakalpojumi.dvi.gov.lv.key;", &format!("{};", settings.key), 1)?;
    set("    root /srv/dvi-self-service/dist;\n", &format!("    root {};\n", settings.root), 1)?;
    Ok(text)
}

/// The distribution's nginx.conf (Debian's /etc/nginx/nginx.conf as installed), as README.md
/// (Deploying) says to mend it: TLS 1.2 and 1.3 only, the client's cipher order, room for twice
/// the connections' files; its paths moved into `dir`, its sites being `sites`, and for an nginx
/// of its own, that nginx's brotli module.
fn main_config(debian: &str, dir: &Path, sites: &Path, brotli_module: Option<&Path>) -> Result<String> {
    let mut text = debian.to_owned();
    let mut changes = vec![
        ("pid /run/nginx.pid;", format!("pid {}/nginx.pid;\nworker_rlimit_nofile 1536;", dir.display())),
        ("error_log /var/log/nginx/error.log;", format!("error_log {}/error.log;", dir.display())),
        ("access_log /var/log/nginx/access.log;", format!("access_log {}/access.log;", dir.display())),
        ("include /etc/nginx/sites-enabled/*;", format!("include {}/*;", sites.display())),
        ("ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;", "ssl_protocols TLSv1.2 TLSv1.3;".to_owned()),
        ("ssl_prefer_server_ciphers on;", "ssl_prefer_server_ciphers off;".to_owned()),
        ("worker_connections 768;", "worker_connections 768;".to_owned()),
    ];
    if let Some(module) = brotli_module {
        changes.push(("include /etc/nginx/modules-enabled/*.conf;", format!("load_module {};", module.display())));
    }
    for (from, to) in changes {
        if text.matches(from).count() != 1 {
            return Err(format!("/etc/nginx/nginx.conf has no single {from:?}: not Debian 12's"));
        }
        text = text.replace(from, &to);
    }
    Ok(text)
}

/// Runs `nginx` with these arguments of nginx's own.
fn run_nginx(nginx: &Nginx, args: &[&str], log: &Path) -> Result<Running> {
    let all: Vec<&str> = nginx.command[1..].iter().map(String::as_str).chain(args.iter().copied()).collect();
    start(&nginx.command[0], &all, &[], log)
}

/// `nginx -t`: it must take the configuration without a warning.
fn nginx_t(nginx: &Nginx, args: &[&str]) -> Result {
    let out = Command::new(&nginx.command[0])
        .args(&nginx.command[1..])
        .arg("-t")
        .args(args)
        .output()
        .map_err(|e| format!("cannot run {}: {e}", nginx.command[0]))?;
    let said = String::from_utf8_lossy(&out.stderr);
    eprint!("$ nginx -t {} ({})\n{said}", args.join(" "), nginx.name);
    if !out.status.success() || said.contains("[warn]") || said.contains("[emerg]") {
        return Err(format!("{} refused the configuration, or warned:\n{said}", nginx.name));
    }
    Ok(())
}

/// gixy-ng over the configuration: every finding shown, none above LOW allowed.
fn gixy(config: &Path) -> Result {
    let gixy = setup::gixy()?;
    let config = config.to_string_lossy();
    let _ = cmd_in(&root(), &gixy.to_string_lossy(), &["-l", &config], &[]);
    cmd_in(&root(), &gixy.to_string_lossy(), &["-ll", &config], &[]).map_err(|_| "gixy-ng found a problem above LOW (above)".to_owned())
}

/// An nginx serving `dist` through a copy of deploy/nginx in front of the backend on `backend`:
/// the copy written as a deployer sets it, in the form this nginx takes, checked by `nginx -t`
/// and gixy-ng, then started. Its HTTPS and plain HTTP ports.
fn serve_through(nginx: &Nginx, dir: &Path, dist: &Path, backend: u16) -> Result<(Running, u16, u16)> {
    let sites = dir.join("sites-enabled");
    fs::create_dir_all(&sites).map_err(|e| format!("cannot create {}: {e}", sites.display()))?;
    let (certificate, key) = throw_away_certificate(dir)?;
    // gixy-ng takes a server listening on a port with "443" in it for an HTTPS one (and wants
    // ciphers and HSTS of it): the plain server's port never has it, or a run would fail by chance.
    let https = free_port()?;
    let plain = loop {
        let port = free_port()?;
        if !port.to_string().contains("443") {
            break port;
        }
    };
    let listen_https = if nginx.http2_directive {
        format!("    listen 127.0.0.1:{https} ssl;\n    http2 on;\n")
    } else {
        format!("    listen 127.0.0.1:{https} ssl http2;\n")
    };
    let settings = Settings {
        root: dist.to_string_lossy().into_owned(),
        backend: format!("127.0.0.1:{backend}"),
        listen_https,
        listen_http: format!("    listen 127.0.0.1:{plain};\n"),
        server_name: "localhost".to_owned(),
        certificate: certificate.to_string_lossy().into_owned(),
        key: key.to_string_lossy().into_owned(),
    };
    let shipped = read(&root().join("deploy/nginx/dvi-self-service.conf"))?;
    write(&sites.join("dvi-self-service.conf"), &configured(&shipped, &settings)?)?;
    let config = dir.join("nginx.conf");
    let debian = read(Path::new("/etc/nginx/nginx.conf"))?;
    write(&config, &main_config(&debian, dir, &sites, nginx.brotli_module.as_deref())?)?;
    // (nginx's own prefix: Debian's modules-enabled names its modules from there.)
    let config = config.to_string_lossy().into_owned();
    nginx_t(nginx, &["-c", &config])?;
    gixy(Path::new(&config))?;
    let running = run_nginx(nginx, &["-c", &config, "-g", "daemon off;"], &dir.join("nginx.log"))?;
    wait_for(https)?;
    Ok((running, https, plain))
}

/// A certificate for 127.0.0.1 and localhost, for a day: (certificate, key).
fn throw_away_certificate(dir: &Path) -> Result<(PathBuf, PathBuf)> {
    let (certificate, key) = (dir.join("certificate.pem"), dir.join("key.pem"));
    let (c, k) = (certificate.to_string_lossy(), key.to_string_lossy());
    let args = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost"];
    let names = ["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-days", "1", "-keyout", &k, "-out", &c];
    // (Its progress dots only shown if it fails.)
    let out = Command::new("openssl").args(args).args(names).output().map_err(|e| format!("cannot run openssl: {e}"))?;
    if !out.status.success() {
        return Err(format!("openssl could not make a certificate: {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok((certificate, key))
}

/// The test command's part: the release build (`dist`) served by Debian 12's nginx through
/// deploy/nginx as shipped, in front of the release server: its answers compared with the
/// server's own, a POST's address never written into a header, HTTP/2, every form's journey
/// in the browser over HTTPS and HTTP/2, and the rate limit per visitor; then the same
/// answers from a later nginx (1.25.1 and on) with the file in the form that one takes.
pub fn test(dist: &Path, server: &Path) -> Result {
    let dir = fresh_dir(&root().join("target/production").join(std::process::id().to_string()))?;
    let dist = fs::canonicalize(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let backend = free_port()?;
    let db = dir.join("submissions.sqlite");
    let (dist_arg, db_arg, port) = (dist.to_string_lossy().into_owned(), db.to_string_lossy().into_owned(), backend.to_string());
    let server_arg = server.to_string_lossy().into_owned();
    // nginx connects to the backend from 127.0.0.1: the proxy it trusts.
    let backend_with = |limit: &str, log: &str| {
        let env = [
            ("PORT", port.as_str()),
            ("DVI_TRUSTED_PROXIES", "127.0.0.1"),
            ("DVI_RATE_LIMIT", limit),
            ("DVI_ALLOWED_ORIGINS", ALLOWED_ORIGIN),
        ];
        let running = start(&server_arg, &["--dist", &dist_arg, "--db", &db_arg], &env, &dir.join(log))?;
        wait_for(backend)?;
        Ok::<_, String>(running)
    };
    let e2e = root().join("e2e");
    let compare = |https: u16, plain: u16, nginx_dir: &Path| {
        let envs = [
            ("NGINX_URL", format!("https://127.0.0.1:{https}")),
            ("NGINX_HTTP_URL", format!("http://127.0.0.1:{plain}")),
            ("SERVER_URL", format!("http://127.0.0.1:{backend}")),
            ("DIST", dist_arg.clone()),
            ("NGINX_CA", nginx_dir.join("certificate.pem").to_string_lossy().into_owned()),
        ];
        let envs: Vec<(&str, &str)> = envs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        cmd_in(&e2e, "node", &["production.js", "compare"], &envs)
    };

    let unlimited = backend_with("0", "backend.log")?;
    let debian = setup::debian_nginx();
    let (_nginx, https, plain) = serve_through(&debian, &dir.join("debian"), &dist, backend)?;
    compare(https, plain, &dir.join("debian"))?;
    let later = setup::later_nginx()?;
    let (later_nginx, later_https, later_plain) = serve_through(&later, &dir.join("later"), &dist, backend)?;
    compare(later_https, later_plain, &dir.join("later")).map_err(|e| format!("{}: {e}", later.name))?;
    drop(later_nginx);
    // The deployer's check on this server, as README.md says to run it (its limit per visitor
    // is checked below, on a backend with a limit).
    let ca = dir.join("debian/certificate.pem").to_string_lossy().into_owned();
    let site = format!("https://127.0.0.1:{https}");
    let config = dir.join("debian/nginx.conf").to_string_lossy().into_owned();
    let check = [site, "--config".into(), config, "--dist".into(), dist_arg.clone(), "--limit".into(), "0".into()];
    env::set_var("NODE_EXTRA_CA_CERTS", &ca);
    env::set_var("DVI_ALLOWED_ORIGINS", ALLOWED_ORIGIN);
    let checked = check_deployment(&check);
    env::remove_var("NODE_EXTRA_CA_CERTS");
    env::remove_var("DVI_ALLOWED_ORIGINS");
    checked?;
    // Every form in both languages, by keyboard, to a reference found in the database.
    let nginx_url = format!("https://127.0.0.1:{https}");
    cmd_in(
        &e2e,
        "node",
        &["--test", "--test-concurrency=1", "--test-name-pattern=by keyboard alone", "tests/forms.test.js"],
        &[("BASE_URL", &nginx_url), ("DB_PATH", &db_arg), ("SERVER_BIN", &server_arg)],
    )?;
    drop(unlimited);

    // The limit per visitor: the same backend with room for two requests a minute, and two
    // visitors (the loopback answers to all of 127.0.0.0/8).
    let _limited = backend_with("2", "backend-limited.log")?;
    let visitors =
        [("NGINX_URL", nginx_url.as_str()), ("NGINX_CA", &ca), ("LIMIT", "2"), ("FRESH", "1"), ("VISITORS", "127.0.0.2,127.0.0.3")];
    cmd_in(&e2e, "node", &["production.js", "rate-limit"], &visitors)
}

/// `cargo xtask check-deployment URL [--config FILE] [--dist DIR] [--limit N]`: the same checks
/// on a deployer's own server: `nginx -t` and gixy-ng on the installed configuration, then the
/// running site at URL compared with dvi-server serving the same dist/ here (nothing is sent
/// that the backend would keep), and its limit per visitor (N a minute, DVI_RATE_LIMIT, 60
/// unless given; 0 leaves it out; this machine's address is then over it for a minute).
pub fn check_deployment(args: &[String]) -> Result {
    let Deployment { url, config, dist, limit } = deployment(args)?;
    let mut problems = Vec::new();
    if config.is_file() {
        if let Err(e) = nginx_t(&setup::debian_nginx(), &["-c", &config.to_string_lossy()]) {
            problems.push(e);
        }
        if let Err(e) = gixy(&config) {
            problems.push(e);
        }
    } else {
        eprintln!("No {} here: nginx -t and gixy-ng left out (run this on the server, or name it with --config).", config.display());
    }
    if !dist.join("index.html").is_file() {
        return Err(format!("{} has no index.html: name the dist/ that is deployed with --dist", dist.display()));
    }
    setup::npm()?;
    let e2e = root().join("e2e");
    // dvi-server serving the same dist/ here, as the answers' reference (with the backend's
    // DVI_ALLOWED_ORIGINS from the environment this runs in, if set).
    let compared = crate::with_server(&dist, &[("DVI_RATE_LIMIT", "0")], |base, _, _| {
        let envs = [("NGINX_URL", url.as_str()), ("SERVER_URL", base), ("DIST", &dist.to_string_lossy()), ("WRITES", "0")];
        cmd_in(&e2e, "node", &["production.js", "compare"], &envs)
    });
    if compared.is_err() {
        problems.push("the site answers differently from dvi-server (above)".to_owned());
    }
    if limit == "0" {
        eprintln!("The limit per visitor is not checked (--limit 0).");
    } else if cmd_in(&e2e, "node", &["production.js", "rate-limit"], &[("NGINX_URL", url.as_str()), ("LIMIT", limit.as_str())]).is_err() {
        problems.push("the limit per visitor does not hold (above)".to_owned());
    }
    if problems.is_empty() {
        eprintln!("{url} is served as deploy/nginx serves it.");
        Ok(())
    } else {
        Err(format!("{url}:\n  {}", problems.join("\n  ")))
    }
}

/// What `check-deployment` checks: the site, its nginx.conf, the dist/ deployed and the
/// backend's limit per visitor ("0": not checked).
#[derive(Debug, PartialEq)]
struct Deployment {
    url: String,
    config: PathBuf,
    dist: PathBuf,
    limit: String,
}

fn deployment(args: &[String]) -> Result<Deployment> {
    let mut url = None;
    let mut config = PathBuf::from("/etc/nginx/nginx.conf");
    let mut dist = PathBuf::from("/srv/dvi-self-service/dist");
    let mut limit = "60".to_owned();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        if !arg.starts_with("--") {
            match url {
                None if arg.starts_with("https://") => url = Some(arg.trim_end_matches('/').to_owned()),
                _ => return Err(USAGE.to_owned()),
            }
            continue;
        }
        match (arg.as_str(), args.next()) {
            ("--config", Some(file)) => config = file.into(),
            ("--dist", Some(dir)) => dist = dir.into(),
            ("--limit", Some(n)) if n.parse::<u32>().is_ok() => limit = n.clone(),
            _ => return Err(USAGE.to_owned()),
        }
    }
    let url = url.ok_or_else(|| USAGE.to_owned())?;
    Ok(Deployment { url, config, dist, limit })
}

/// The origin the backends of the test let call the API (a page of www.dvi.gov.lv).
const ALLOWED_ORIGIN: &str = "https://www.dvi.gov.lv";

const USAGE: &str = "usage: cargo xtask check-deployment https://SITE [--config /etc/nginx/nginx.conf] [--dist /srv/dvi-self-service/dist] [--limit DVI_RATE_LIMIT]";

fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        Settings {
            root: "/tmp/dist".into(),
            backend: "127.0.0.1:9001".into(),
            listen_https: "    listen 127.0.0.1:9443 ssl http2;\n".into(),
            listen_http: "    listen 127.0.0.1:9080;\n".into(),
            server_name: "localhost".into(),
            certificate: "/tmp/c.pem".into(),
            key: "/tmp/k.pem".into(),
        }
    }

    /// The copy differs from the shipped file in the lines a deployer sets, and only there.
    #[test]
    fn only_what_a_deployer_sets_is_changed() {
        let shipped = fs::read_to_string(root().join("deploy/nginx/dvi-self-service.conf")).expect("shipped");
        let copy = configured(&shipped, &settings()).expect("every setting found once");
        let changed: Vec<&str> = copy.lines().filter(|l| !shipped.lines().any(|s| s == *l)).map(str::trim).collect();
        assert_eq!(
            changed,
            [
                "server 127.0.0.1:9001;",
                "listen 127.0.0.1:9443 ssl http2;",
                "server_name localhost;",
                "ssl_certificate /tmp/c.pem;",
                "ssl_certificate_key /tmp/k.pem;",
                "root /tmp/dist;",
                "listen 127.0.0.1:9080;",
                "server_name localhost;",
            ]
        );
        assert!(configured("server {}", &settings()).is_err());
    }

    #[test]
    fn a_deployer_names_the_site_and_may_name_the_rest() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let given = deployment(&args(&["https://x.lv/", "--config", "/c", "--dist", "/d", "--limit", "0"])).expect("valid");
        assert_eq!(given, Deployment { url: "https://x.lv".into(), config: "/c".into(), dist: "/d".into(), limit: "0".into() });
        let defaults = deployment(&args(&["--limit", "5", "https://x.lv"])).expect("valid");
        assert_eq!(
            (defaults.config.to_str(), defaults.dist.to_str(), defaults.limit.as_str()),
            (Some("/etc/nginx/nginx.conf"), Some("/srv/dvi-self-service/dist"), "5")
        );
        for bad in [
            &[][..],
            &["http://x.lv"],
            &["https://x.lv", "https://y.lv"],
            &["https://x.lv", "--limit", "many"],
            &["https://x.lv", "--dist"],
        ] {
            assert!(deployment(&args(bad)).is_err(), "{bad:?}");
        }
    }

    /// Debian 12's /etc/nginx/nginx.conf, its comments left out (for a machine without nginx).
    const DEBIAN_12: &str = "user www-data;\nworker_processes auto;\npid /run/nginx.pid;\nerror_log /var/log/nginx/error.log;\ninclude /etc/nginx/modules-enabled/*.conf;\nevents {\n\tworker_connections 768;\n}\nhttp {\n\tsendfile on;\n\ttypes_hash_max_size 2048;\n\tinclude /etc/nginx/mime.types;\n\tssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3; # Dropping SSLv3, ref: POODLE\n\tssl_prefer_server_ciphers on;\n\taccess_log /var/log/nginx/access.log;\n\tgzip on;\n\tinclude /etc/nginx/sites-enabled/*;\n}\n";

    #[test]
    fn debian_nginx_conf_is_mended_and_moved_into_a_folder() {
        let debian = fs::read_to_string("/etc/nginx/nginx.conf").unwrap_or_else(|_| DEBIAN_12.to_owned());
        let moved = main_config(&debian, Path::new("/t"), Path::new("/t/s"), None).expect("Debian's");
        for line in
            ["pid /t/nginx.pid;", "worker_rlimit_nofile 1536;", "error_log /t/error.log;", "access_log /t/access.log;", "include /t/s/*;"]
        {
            assert!(moved.lines().any(|l| l.trim() == line), "{line}");
        }
        assert!(moved.contains("ssl_protocols TLSv1.2 TLSv1.3;") && moved.contains("ssl_prefer_server_ciphers off;"), "{moved}");
        assert!(!moved.contains("/var/log") && !moved.contains("TLSv1.1"), "{moved}");
        assert!(main_config("events {}", Path::new("/t"), Path::new("/t/s"), None).is_err());
        // Another nginx's own module, not Debian 12's: only where nginx.conf loads the modules.
        let later = main_config(&debian, Path::new("/t"), Path::new("/t/s"), Some(Path::new("/m.so"))).expect("Debian's");
        assert!(later.contains("load_module /m.so;") && !later.contains("modules-enabled"), "{later}");
    }
}
