//! An address as nginx reads it before it chooses what answers (its `$uri`): percent-decoded,
//! "." and ".." resolved, runs of "/" merged. Both servers then decide on the same path, so
//! "/lv/%73azina" and "/api/x/../health" are answered alike by dvi-server and deploy/nginx;
//! what nginx refuses as a bad request (400) is refused here too.

use percent_encoding::{percent_decode, percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// The decoded, resolved path ("/lv/sazina"), or `None` where nginx answers 400: a "%" without
/// two hex digits after it, a NUL byte, or a ".." above the root.
pub fn normalize(raw: &str) -> Option<Vec<u8>> {
    let bytes = raw.as_bytes();
    // Every "%" starts an escape of two hex digits (percent_decode would pass a lone one on).
    let escapes_valid = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'%')
        .all(|(at, _)| bytes.get(at + 1..at + 3).is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)));
    if !escapes_valid || !raw.starts_with('/') {
        return None;
    }
    let decoded: Vec<u8> = percent_decode(bytes).collect();
    if decoded.contains(&0) {
        return None;
    }
    let mut segments: Vec<&[u8]> = Vec::new();
    let parts: Vec<&[u8]> = decoded.split(|b| *b == b'/').collect();
    for part in &parts {
        match *part {
            b"" | b"." => {}
            b".." => {
                segments.pop()?;
            }
            name => segments.push(name),
        }
    }
    // A folder's address ("/lv/", "/lv/sazina/..") keeps its slash.
    let folder = matches!(parts.last().copied(), Some(b"" | b"." | b".."));
    let mut path = Vec::with_capacity(decoded.len());
    for segment in &segments {
        path.push(b'/');
        path.extend_from_slice(segment);
    }
    if folder || segments.is_empty() {
        path.push(b'/');
    }
    Some(path)
}

/// Whether the path is the API's: "/api" and everything below it.
pub fn is_api(path: &[u8]) -> bool {
    path == b"/api" || path.starts_with(b"/api/")
}

/// What stays as it is in a path written back into a request: letters, digits, "-._~/".
const PATH: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~').remove(b'/');

/// The path written as an address again, with every other byte escaped.
pub fn encode(path: &[u8]) -> String {
    percent_encode(path, PATH).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(raw: &str) -> Option<String> {
        normalize(raw).map(|p| String::from_utf8_lossy(&p).into_owned())
    }

    #[test]
    fn resolves_as_nginx_does() {
        for (raw, path) in [
            ("/", "/"),
            ("/lv/sazina", "/lv/sazina"),
            ("/lv/sazina/", "/lv/sazina/"),
            ("/lv/%73azina", "/lv/sazina"),
            ("/lv%2Fsazina", "/lv/sazina"),
            ("/lv//sazina", "/lv/sazina"),
            ("//lv///", "/lv/"),
            ("/lv/./sazina", "/lv/sazina"),
            ("/lv/x/../sazina", "/lv/sazina"),
            ("/lv/%2e%2e/en/", "/en/"),
            ("/lv/sazina/.", "/lv/sazina/"),
            ("/lv/sazina/..", "/lv/"),
            ("/lv/..", "/"),
            ("/lv/...", "/lv/..."),
            ("/lv/%0D%0AX:%201", "/lv/\r\nX: 1"),
            ("/s%C5%ABdz%C4%ABba", "/sūdzība"),
        ] {
            assert_eq!(n(raw).as_deref(), Some(path), "{raw}");
        }
    }

    #[test]
    fn refuses_what_nginx_refuses() {
        for raw in ["/%", "/%zz", "/a%2", "/%00", "/a%00b", "/..", "/../lv", "/lv/../../x", "/%2e%2e/", "lv/sazina", ""] {
            assert_eq!(n(raw), None, "{raw}");
        }
    }

    #[test]
    fn writes_a_path_back_as_an_address() {
        assert_eq!(encode(b"/api/health"), "/api/health");
        assert_eq!(encode("/api/sūdzība x".as_bytes()), "/api/s%C5%ABdz%C4%ABba%20x");
        assert_eq!(encode(b"/api/\r\n"), "/api/%0D%0A");
        assert_eq!(encode(b"/api/\xff"), "/api/%FF");
        for path in ["/api/a b", "/api/%", "/api/ā/../x"] {
            let encoded = encode(path.as_bytes());
            assert_eq!(percent_decode(encoded.as_bytes()).collect::<Vec<u8>>(), path.as_bytes(), "{path}");
        }
    }

    #[test]
    fn the_api_is_its_own_paths() {
        for api in ["/api", "/api/", "/api/submissions", "/api/x/y"] {
            assert!(is_api(api.as_bytes()), "{api}");
        }
        for site in ["/", "/apis", "/apix/y", "/lv/api"] {
            assert!(!is_api(site.as_bytes()), "{site}");
        }
    }
}
