//! JSON for the backend and the drafts without serde_json: the browser's own `JSON.parse`
//! reads, and a few lines here write. The shapes are few and ours (strings, lists of strings,
//! whole numbers), and serde_json's parser, number handling and float tables cost the widget's
//! first load about 12 KB brotli.

use wasm_bindgen::{JsCast, JsValue};

/// Appends `text` as a JSON string, escaped exactly as serde_json escapes it (so a body kept
/// with its idempotency key by an older version still compares equal).
pub fn write_str(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c < ' ' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let b = c as u8;
                out.push_str("\\u00");
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 0xf)] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends a list of strings.
pub fn write_strs<'a>(out: &mut String, items: impl IntoIterator<Item = &'a str>) {
    out.push('[');
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, item);
    }
    out.push(']');
}

/// Appends `"key":` (after a comma unless it is the object's first member).
pub fn write_key(out: &mut String, key: &str, first: bool) {
    if !first {
        out.push(',');
    }
    write_str(out, key);
    out.push(':');
}

/// Parses JSON text; `None` if it is not JSON.
pub fn parse(text: &str) -> Option<JsValue> {
    js_sys::JSON::parse(text).ok()
}

/// A JSON object's member (`undefined` if it has none, or is not an object).
pub fn get(object: &JsValue, key: &str) -> JsValue {
    if is_object(object) {
        js_sys::Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    }
}

/// Is it a JSON object (not a list, not null)?
pub fn is_object(value: &JsValue) -> bool {
    value.is_object() && !js_sys::Array::is_array(value)
}

/// A JSON object's own member names, in order.
pub fn keys(object: &JsValue) -> Vec<String> {
    if !is_object(object) {
        return Vec::new();
    }
    js_sys::Object::keys(object.unchecked_ref::<js_sys::Object>()).iter().filter_map(|k| k.as_string()).collect()
}

/// A JSON list's items; `None` if it is not a list.
pub fn items(value: &JsValue) -> Option<Vec<JsValue>> {
    js_sys::Array::is_array(value).then(|| js_sys::Array::from(value).iter().collect())
}

/// A list of strings; `None` if it is not one.
pub fn strings(value: &JsValue) -> Option<Vec<String>> {
    items(value)?.iter().map(JsValue::as_string).collect()
}

/// A whole number from 0 up to 2^53 - 1 (what JSON numbers hold exactly); `None` otherwise.
pub fn whole(value: &JsValue) -> Option<u64> {
    let n = value.as_f64()?;
    ((0.0..=9_007_199_254_740_991.0).contains(&n) && n == n.trunc()).then_some(n as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let all: String = (0u32..0x80).filter_map(char::from_u32).collect();
        for text in ["", "plain", "Jānis Bērziņš", "quote \" and \\ back", "line\nbreak\ttab\r", "\u{7f}\u{2028}\u{1F600}", all.as_str()]
        {
            let mut out = String::new();
            write_str(&mut out, text);
            assert_eq!(out, serde_json::to_string(text).unwrap_or_default());
        }
        let mut out = String::new();
        write_strs(&mut out, ["a", "b\"c"]);
        assert_eq!(out, r#"["a","b\"c"]"#);
    }
}
