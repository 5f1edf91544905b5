//! Reads the content files (TOML, both languages side by side) into the typed content model
//! and writes them out as Rust `static`s (one per file) that the app compiles in: plain data, no parser
//! in the browser. A file that does not fit the model fails the build here, with its name.

#[path = "src/lang.rs"]
#[allow(dead_code)]
mod lang;
#[path = "build/messages.rs"]
mod messages;
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
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
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
struct Ombudsman {
    ombudsman: Fact<Organisation>,
}
#[derive(serde::Deserialize)]
struct Advice {
    advice: Vec<AdvicePage>,
}
#[derive(serde::Deserialize)]
struct Deadlines {
    deadline: Vec<Deadline>,
}
#[derive(serde::Deserialize)]
struct Institutions {
    institution: Vec<Institution>,
}

/// Compiles each language's .ftl files: each file into a catalog of its own (a bundle of
/// islands carries only the catalogs it shows, `i18n::carry`), all of them joined for the
/// locale tests. Adding a file needs no code change: it becomes a catalog named after it.
fn locales(out: &Path) {
    println!("cargo:rerun-if-changed=locales");
    let mut stems = Vec::new();
    for lang in ["lv", "en"] {
        let dir = Path::new("locales").join(lang);
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let mut all = String::new();
        let mut these = Vec::new();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            // Comments (a "#" in the first column, never inside a message) stay out of the app.
            let mut own = String::new();
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                own += line;
                own.push('\n');
            }
            let stem =
                file.file_stem().and_then(|s| s.to_str()).unwrap_or_else(|| panic!("{}: a name in ASCII", file.display())).to_owned();
            fs::write(out.join(format!("{lang}.{stem}.messages")), messages::compile(lang, &own)).expect("cannot write the messages");
            all += &own;
            these.push(stem);
        }
        if lang == "lv" {
            stems = these;
        } else {
            assert_eq!(these, stems, "locales/lv and locales/en hold files of the same names");
        }
        fs::write(out.join(format!("{lang}.ftl")), all).expect("cannot write the joined .ftl");
    }
    let mut code = String::new();
    for stem in &stems {
        let name = stem.to_uppercase().replace('-', "_");
        code += &format!(
            "/// locales/*/{stem}.ftl\npub static {name}: Catalog = Catalog {{ lv: include_str!(concat!(env!(\"OUT_DIR\"), \"/lv.{stem}.messages\")), en: include_str!(concat!(env!(\"OUT_DIR\"), \"/en.{stem}.messages\")) }};\n"
        );
    }
    let all: Vec<String> = stems.iter().map(|s| format!("&{}", s.to_uppercase().replace('-', "_"))).collect();
    code += &countries(out);
    code += &format!("/// Every catalog.\npub static ALL: [&Catalog; {}] = [{}, &COUNTRIES];\n", stems.len() + 1, all.join(", "));
    fs::write(out.join("catalogs.rs"), code).expect("cannot write catalogs.rs");
}

#[derive(serde::Deserialize)]
struct Countries {
    country: Vec<Country>,
}
#[derive(serde::Deserialize)]
struct Country {
    code: String,
    name: Names,
}
#[derive(serde::Deserialize)]
struct Names {
    lv: String,
    en: String,
}

/// The countries of content/countries.toml as a catalog of their own (`country-<code>`: its
/// name), so that a form's bundle fetches their names in one language with its other words;
/// and each language's order of them, by name as that language sorts (`COUNTRY_ORDER`).
fn countries(out: &Path) -> String {
    let countries = read::<Countries>("countries.toml").country;
    let mut code = String::new();
    let mut orders = Vec::new();
    for lang in ["lv", "en"] {
        let name = |c: &Country| if lang == "lv" { c.name.lv.clone() } else { c.name.en.clone() };
        let source: String = countries.iter().map(|c| format!("country-{} = {}\n", c.code, name(c))).collect();
        fs::write(out.join(format!("{lang}.countries.messages")), messages::compile(lang, &source)).expect("cannot write the messages");
        let mut sorted: Vec<&Country> = countries.iter().collect();
        sorted.sort_by_cached_key(|c| collation_key(lang, &name(c)));
        orders.push(sorted.iter().map(|c| c.code.as_str()).collect::<Vec<_>>().join(" "));
    }
    code += "/// content/countries.toml: each country's name, `country-<code>`.\npub static COUNTRIES: Catalog = Catalog { lv: include_str!(concat!(env!(\"OUT_DIR\"), \"/lv.countries.messages\")), en: include_str!(concat!(env!(\"OUT_DIR\"), \"/en.countries.messages\")) };\n";
    code += &format!("/// The country codes in the order of their names, in Latvian and in English.\npub static COUNTRY_ORDER: [&str; 2] = {orders:?};\n");
    code
}

/// A name's place in its language's alphabetical order. Latvian (as CLDR's collation for it):
/// č, ģ, ķ, ļ, ņ, š, ž are letters of their own after c, g, k, l, n, s, z, and y comes after
/// i; other marks (ā, ē, ī, ū; é, ô, ü in foreign names) do not change the order. English:
/// no mark does.
fn collation_key(lang: &str, name: &str) -> Vec<(char, u8)> {
    const OWN_LETTERS: [(char, char); 7] = [('č', 'c'), ('ģ', 'g'), ('ķ', 'k'), ('ļ', 'l'), ('ņ', 'n'), ('š', 's'), ('ž', 'z')];
    const MARKED: [(&str, char); 12] = [
        ("áàâäãåā", 'a'),
        ("çčć", 'c'),
        ("éèêëē", 'e'),
        ("íìîïī", 'i'),
        ("ñņ", 'n'),
        ("óòôöõøō", 'o'),
        ("úùûüū", 'u'),
        ("šś", 's'),
        ("žź", 'z'),
        ("ģ", 'g'),
        ("ķ", 'k'),
        ("ļ", 'l'),
    ];
    let mut key = Vec::new();
    for c in name.chars().flat_map(char::to_lowercase).filter(|c| c.is_alphanumeric() || *c == ' ') {
        if lang == "lv" {
            if let Some((_, base)) = OWN_LETTERS.iter().find(|(own, _)| *own == c) {
                key.push((*base, 1));
                continue;
            }
            if c == 'y' {
                key.push(('i', 2));
                continue;
            }
        }
        key.push((MARKED.iter().find(|(marked, _)| marked.contains(c)).map_or(c, |(_, base)| *base), 0));
    }
    key
}

/// The version of each package of e2e/package-lock.json that the accessibility checks run
/// with, for the evaluation record: ("axe-core", "4.13.0").
fn checked_with(packages: &[&str]) -> Vec<(String, String)> {
    let lock = Path::new("e2e/package-lock.json");
    println!("cargo:rerun-if-changed={}", lock.display());
    let text = fs::read_to_string(lock).unwrap_or_else(|e| panic!("cannot read {}: {e}", lock.display()));
    packages
        .iter()
        .map(|name| {
            let entry = text.find(&format!("\"node_modules/{name}\": {{")).unwrap_or_else(|| panic!("{name} is not in {}", lock.display()));
            let rest = &text[entry..];
            let version = rest.split("\"version\": \"").nth(1).and_then(|v| v.split('"').next()).unwrap_or_default();
            assert!(!version.is_empty(), "{name}: no version in {}", lock.display());
            ((*name).to_owned(), version.to_owned())
        })
        .collect()
}

/// The easy-to-read page's pictures, content/easy-read/*.svg, by name.
fn pictures() -> Vec<Picture> {
    let dir = Path::new("content/easy-read");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "svg"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|file| {
            println!("cargo:rerun-if-changed={}", file.display());
            let svg = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let name = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
            Picture { name: name.into(), svg: svg.trim().to_owned().into() }
        })
        .collect()
}

fn expr<T: serde::Serialize>(value: &T) -> String {
    rust_expr::to_rust(value).unwrap_or_else(|e| panic!("content: {e}"))
}

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    locales(Path::new(&out_dir));
    // One `static` per file, so a build that shows only some pages (the widget) links in
    // only the content it uses.
    let services = read::<Services>("services.toml").service;
    // The addresses apart, so that code that only writes links does not link in the texts.
    let slugs: Vec<ServiceSlug> = services.iter().map(|s| ServiceSlug { id: s.id.clone(), slug: s.slug.clone() }).collect();
    // And how long each takes, for a form's confirmation in the widget's forms bundle.
    let timeframes: Vec<ServiceTimeframe> =
        services.iter().map(|s| ServiceTimeframe { id: s.id.clone(), timeframe: s.timeframe.clone() }).collect();
    let contact = read::<Contact>("contact.toml");
    // The lengths alone too: a confirmation computes its date in the browser, its words are the page's.
    let deadlines = read::<Deadlines>("deadlines.toml").deadline;
    let deadline_lengths: Vec<DeadlineLength> =
        deadlines.iter().map(|d| DeadlineLength { form: d.form.clone(), length: d.length }).collect();
    let mut parts = vec![
        // The hours apart too: the phone line's status needs them and nothing else of the contact.
        ("CONSULTATION_HOURS".to_owned(), "Hours", expr(&contact.consultation_hours.value)),
        ("CONTACT".to_owned(), "Contact", expr(&contact)),
        ("CHANNELS".to_owned(), "List<Channel>", expr(&List::from(read::<Channels>("channels.toml").channel))),
        ("SERVICE_SLUGS".to_owned(), "List<ServiceSlug>", expr(&List::from(slugs))),
        ("SERVICE_TIMEFRAMES".to_owned(), "List<ServiceTimeframe>", expr(&List::from(timeframes))),
        ("SERVICES".to_owned(), "List<Service>", expr(&List::from(services))),
        ("INSTITUTIONS".to_owned(), "List<Institution>", expr(&List::from(read::<Institutions>("institutions.toml").institution))),
        ("HOLIDAYS".to_owned(), "Holidays", expr(&read::<Holidays>("holidays.toml"))),
        ("DEADLINE_LENGTHS".to_owned(), "List<DeadlineLength>", expr(&List::from(deadline_lengths))),
        ("DEADLINES".to_owned(), "List<Deadline>", expr(&List::from(deadlines))),
        ("ADVICE".to_owned(), "List<AdvicePage>", expr(&List::from(read::<Advice>("advice.toml").advice))),
        ("OMBUDSMAN".to_owned(), "Fact<Organisation>", expr(&read::<Ombudsman>("ombudsman.toml").ombudsman)),
        ("EASY_READ".to_owned(), "EasyRead", expr(&read::<EasyRead>("easy_read.toml"))),
        ("PICTURES".to_owned(), "List<Picture>", expr(&List::from(pictures()))),
    ];
    // An article's title apart too, so that headings and titles can name it without linking
    // in its whole text.
    for (name, file) in [("RIGHTS", "rights.toml"), ("ACCESSIBILITY", "accessibility.toml"), ("PRIVACY", "privacy.toml")] {
        let article = read::<Article>(file);
        parts.push((format!("{name}_TITLE"), "Text", expr(&article.title)));
        parts.push((name.to_owned(), "Article", expr(&article)));
    }
    let tools = checked_with(&["axe-core", "vnu-jar", "playwright-core"]);
    let tools: Vec<String> = tools.iter().map(|(name, version)| format!("({name:?}, {version:?})")).collect();
    parts.push(("CHECKED_WITH".to_owned(), "&[(&str, &str)]", format!("&[{}]", tools.join(", "))));
    let code: String = parts.iter().map(|(name, ty, value)| format!("pub static {name}: {ty} = {value};\n")).collect();
    fs::write(Path::new(&out_dir).join("content.rs"), code).expect("cannot write content.rs");
}
