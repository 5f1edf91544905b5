//! One function per kind of value. Each takes what a person typed and returns it in canonical
//! form (trimmed, "+371…" and any phone in E.164, "LV-1050", "290156-11605"), or the reason it cannot be accepted.
//! Emptiness is the caller's concern ([`required`]): the rules judge values that are there.

use crate::clock::Date;
use crate::ErrorCode;

pub type Rule = Result<String, ErrorCode>;

/// Longest name or surname, in characters.
pub const NAME_MAX: usize = 100;
/// Longest e-mail address, in characters: RFC 5321's 254, counted as a browser's `maxlength`
/// and the contract's `maxLength` count ("ā" is one), so that the contract can say it exactly.
pub const EMAIL_MAX: usize = 254;

/// A value must be there (anything but white space).
pub fn required(value: &str) -> Result<&str, ErrorCode> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        Err(ErrorCode::Required)
    } else {
        Ok(trimmed)
    }
}

/// What counts towards a text's most: its characters as sent (not bytes: "ā" is one), white
/// space included, as a browser's `maxlength` and the contract's `maxLength` count them. The
/// rules and the form's character counter both count by this.
pub fn length(value: &str) -> usize {
    value.chars().count()
}

/// Free text of at least `min` characters once trimmed and at most `max` by [`length`].
pub fn text(value: &str, min: usize, max: usize) -> Rule {
    let trimmed = value.trim();
    if trimmed.chars().count() < min {
        Err(ErrorCode::TooShort)
    } else if length(value) > max {
        Err(ErrorCode::TooLong)
    } else {
        Ok(trimmed.to_owned())
    }
}

/// A name or surname: letters of any alphabet, with spaces, hyphens, apostrophes and dots
/// between them ("Anna-Marija", "O'Brien", "J. Bērziņš"); at most 100 characters.
pub fn name(value: &str) -> Rule {
    let trimmed = value.trim();
    if length(value) > NAME_MAX {
        return Err(ErrorCode::TooLong);
    }
    let allowed = |c: char| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.');
    if !trimmed.chars().all(allowed) || !trimmed.chars().next().is_some_and(char::is_alphabetic) {
        return Err(ErrorCode::NameInvalid);
    }
    Ok(trimmed.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// An e-mail address as people have them: one "@", a local part without spaces, and a domain
/// of dot-separated labels ending in a top-level domain of two or more letters. Internationalised
/// domains (with "ā") are accepted; quoted local parts and IP literals are not.
pub fn email(value: &str) -> Rule {
    let (local, domain) = email_parts(value)?;
    Ok(format!("{local}@{}", domain.to_lowercase()))
}

/// The checks of [`email`] without its canonical form: the local part and the domain, as
/// typed. For the app, which only checks: Unicode lowercasing would link its tables (6.6 KB
/// brotli) into the browser for a value the app does not use.
pub fn email_parts(value: &str) -> Result<(&str, &str), ErrorCode> {
    let trimmed = value.trim();
    let invalid = Err(ErrorCode::EmailInvalid);
    if trimmed.chars().count() > EMAIL_MAX {
        return Err(ErrorCode::TooLong);
    }
    let Some((local, domain)) = trimmed.split_once('@') else {
        return invalid;
    };
    let local_ok = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| {
            !c.is_whitespace() && !c.is_control() && !matches!(c, '@' | '"' | '(' | ')' | ',' | ':' | ';' | '<' | '>' | '[' | '\\' | ']')
        });
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.chars().count() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let tld_ok = labels.last().is_some_and(|t| t.chars().count() >= 2 && t.chars().all(char::is_alphabetic));
    if local_ok && labels.len() >= 2 && labels.iter().all(label_ok) && tld_ok {
        Ok((local, domain))
    } else {
        invalid
    }
}

/// A phone number, in E.164 ("+37129123456", "+49301234567"): a Latvian number of eight
/// digits starting with 2 (mobile), 6 (landline), 8 or 9 (service numbers), or any number
/// written with "+" (or "00") and its country code, 7 to 15 digits in all (E.164's limit);
/// spaces, hyphens, dots and brackets between the digits, and a "(0)" left out. A number with Latvia's code +371 must
/// be a Latvian number.
pub fn phone(value: &str) -> Rule {
    // "+44 (0)20 …": the national trunk prefix, written in brackets, is not dialled from abroad.
    let compact: String = value.replace("(0)", "").chars().filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '.' | '\u{a0}')).collect();
    let international = compact.strip_prefix('+').or_else(|| compact.strip_prefix("00"));
    let digits = international.unwrap_or(&compact);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ErrorCode::PhoneInvalid);
    }
    let latvian = |national: &str| national.len() == 8 && matches!(national.as_bytes()[0], b'2' | b'6' | b'8' | b'9');
    let ok = match international {
        None => latvian(digits),
        Some(_) => match digits.strip_prefix("371") {
            Some(national) => latvian(national),
            // No country code starts with 0.
            None => (7..=15).contains(&digits.len()) && !digits.starts_with('0'),
        },
    };
    match (ok, international) {
        (true, None) => Ok(format!("+371{digits}")),
        (true, Some(_)) => Ok(format!("+{digits}")),
        (false, _) => Err(ErrorCode::PhoneInvalid),
    }
}

/// A Latvian postal code, LV-NNNN (the digits start with 1 to 5). "lv 1050" and "LV1050" are
/// read as LV-1050.
pub fn postcode_lv(value: &str) -> Rule {
    let upper = value.trim().to_ascii_uppercase();
    let digits = upper.strip_prefix("LV").map(|rest| rest.trim_start_matches(['-', ' '])).unwrap_or("");
    let ok = digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) && (b'1'..=b'5').contains(&digits.as_bytes()[0]);
    if ok {
        Ok(format!("LV-{digits}"))
    } else {
        Err(ErrorCode::PostcodeInvalid)
    }
}

/// Longest postcode outside Latvia, in characters (the longest in use have 10, "12345-6789").
pub const POSTCODE_MAX: usize = 12;

/// A postcode in `country` (an ISO 3166-1 code, or "other"): in Latvia [`postcode_lv`];
/// elsewhere Latin letters and digits of any country's format ("10115", "SW1A 1AA",
/// "01310-100"), with spaces and hyphens between, upper case, spaces single. (ASCII, as every
/// country's postcodes are: Unicode's letter and case tables would cost the browser build KBs.)
pub fn postcode(value: &str, country: &str) -> Rule {
    if country == "LV" {
        return postcode_lv(value);
    }
    let words: Vec<&str> = value.split_whitespace().collect();
    let joined = words.join(" ").to_ascii_uppercase();
    let ok = joined.len() <= POSTCODE_MAX
        && joined.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b' ' | b'-'))
        && joined.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric());
    if ok {
        Ok(joined)
    } else {
        Err(ErrorCode::PostcodeInvalid)
    }
}

/// Weights of the check digit of the Latvian personal code (PMLP), the same for both formats.
const WEIGHTS: [u32; 10] = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// The check digit for the first ten digits, or `None` where the sum gives 10 (no such code
/// is issued).
pub fn personal_code_check_digit(first_ten: &[u8; 10]) -> Option<u8> {
    let sum: u32 = first_ten.iter().zip(WEIGHTS).map(|(&d, w)| u32::from(d) * w).sum();
    // The sum is at most 9 × 55 = 495, so this never underflows.
    let check = (1101 - sum) % 11;
    u8::try_from(check).ok().filter(|&c| c < 10)
}

/// A Latvian personal code (personas kods), with or without the hyphen after six digits:
/// - the format since 1 July 2017 starts with 32 and holds no date of birth;
/// - the older format is DDMMYY-CNNNN, where C is the century of birth (0: 1800s, 1: 1900s,
///   2: 2000s) and the date must exist.
///
/// Both end in a check digit. Canonical form "NNNNNN-NNNNN".
pub fn personal_code(value: &str) -> Rule {
    let invalid = Err(ErrorCode::PersonalCodeInvalid);
    let compact: String = value.chars().filter(|c| !c.is_whitespace()).collect();
    let digits: String = match compact.len() {
        11 => compact.clone(),
        12 if compact.as_bytes()[6] == b'-' => compact.replacen('-', "", 1),
        _ => return invalid,
    };
    if digits.len() != 11 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return invalid;
    }
    let d: Vec<u8> = digits.bytes().map(|b| b - b'0').collect();
    let mut first_ten = [0u8; 10];
    first_ten.copy_from_slice(&d[..10]);
    if personal_code_check_digit(&first_ten) != Some(d[10]) {
        return invalid;
    }
    if !(d[0] == 3 && d[1] == 2) {
        let century = match d[6] {
            0 => 1800,
            1 => 1900,
            2 => 2000,
            _ => return invalid,
        };
        let year = century + i32::from(d[4] * 10 + d[5]);
        if Date::new(year, d[2] * 10 + d[3], d[0] * 10 + d[1]).is_none() {
            return invalid;
        }
    }
    Ok(format!("{}-{}", &digits[..6], &digits[6..]))
}

/// Earliest date a person can mean here (when something happened, a decision's date): earlier
/// ones are typing slips, like the year 0002 from a date field filled in half.
pub const EARLIEST_YEAR: i32 = 1900;

/// A date "YYYY-MM-DD" from 1900 on that is not after `today`.
pub fn past_date(value: &str, today: Date) -> Rule {
    let date = Date::parse(value.trim()).filter(|d| d.year >= EARLIEST_YEAR).ok_or(ErrorCode::DateInvalid)?;
    if date > today {
        return Err(ErrorCode::DateInFuture);
    }
    Ok(date.iso())
}

/// One of a fixed set of answers (a radio or a select), exactly: the value is the option's id,
/// never typed, and the fields that depend on the answer compare it exactly too.
pub fn choice(value: &str, options: &[&str]) -> Rule {
    if options.contains(&value) {
        Ok(value.to_owned())
    } else {
        Err(ErrorCode::ChoiceInvalid)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(name("  Jānis   Bērziņš "), Ok("Jānis Bērziņš".into()));
        for ok in ["Anna-Marija", "O'Brien", "J. Bērziņš", "Иван", "Zoë"] {
            assert!(name(ok).is_ok(), "{ok}");
        }
        for bad in ["R2D2", "<script>", "-Anna", "Anna; DROP", "@home"] {
            assert_eq!(name(bad), Err(ErrorCode::NameInvalid), "{bad}");
        }
        assert_eq!(name(&"a".repeat(101)), Err(ErrorCode::TooLong));
    }

    #[test]
    fn emails() {
        assert_eq!(email(" Anna.Liepa@Example.LV "), Ok("Anna.Liepa@example.lv".into()));
        for ok in ["pasts@dvi.gov.lv", "a+b@x.lv", "jānis@pasts.lv", "x@dārzs.lv"] {
            assert!(email(ok).is_ok(), "{ok}");
        }
        for bad in [
            "pasts",
            "pasts@",
            "@dvi.gov.lv",
            "a@b",
            "a@b.c",
            "a b@x.lv",
            "a@@x.lv",
            ".a@x.lv",
            "a..b@x.lv",
            "a@-x.lv",
            "a@x..lv",
            "a@x.l1",
        ] {
            assert_eq!(email(bad), Err(ErrorCode::EmailInvalid), "{bad}");
        }
    }

    #[test]
    fn phones() {
        for (input, canonical) in [
            ("29123456", "+37129123456"),
            ("+371 29 123 456", "+37129123456"),
            ("00371-67223131", "+37167223131"),
            ("(+371) 6722 3131", "+37167223131"),
            // Other countries, with their code: Germany, the United Kingdom, Estonia, the US.
            ("+49 30 1234567", "+49301234567"),
            ("+49 (0)30 1234-567", "+49301234567"),
            ("0049 30 1234567", "+49301234567"),
            ("+44 20 7946 0958", "+442079460958"),
            ("+372 5123 4567", "+37251234567"),
            ("+1 (202) 555-0143", "+12025550143"),
            ("+1.202.555.0143", "+12025550143"),
        ] {
            assert_eq!(phone(input), Ok(canonical.into()), "{input}");
        }
        for bad in [
            "2912345",
            "291234567",
            "19123456",
            "2912345a",
            "+37129123456 ext",
            "+371 1912 3456",        // Latvia's code, not a Latvian number
            "+49 123",               // fewer than 7 digits
            "+49 3012 3456 7890 12", // more than 15
            "+0 301234567",          // no country code starts with 0
            "49 30 1234567",         // abroad, without "+": not a Latvian number either
            "++49301234567",
            "+",
            "",
        ] {
            assert_eq!(phone(bad), Err(ErrorCode::PhoneInvalid), "{bad}");
        }
    }

    #[test]
    fn postcodes() {
        for input in ["LV-1050", "lv-1050", "LV1050", "LV 1050", " LV-1050 "] {
            assert_eq!(postcode_lv(input), Ok("LV-1050".into()), "{input}");
            assert_eq!(postcode(input, "LV"), Ok("LV-1050".into()), "{input}");
        }
        for bad in ["1050", "LV-105", "LV-10500", "LV-0050", "LV-6050", "EE-1050", "LV-10a0", "LV–1050"] {
            assert_eq!(postcode_lv(bad), Err(ErrorCode::PostcodeInvalid), "{bad}");
        }
        // Elsewhere, each country's own format.
        for (input, country, canonical) in [
            ("10115", "DE", "10115"),
            ("sw1a  1aa", "GB", "SW1A 1AA"),
            ("01310-100", "BR", "01310-100"),
            ("12345-6789", "US", "12345-6789"),
            ("D02 X285", "IE", "D02 X285"),
            ("10115", "other", "10115"),
            ("LV-1050", "EE", "LV-1050"),
        ] {
            assert_eq!(postcode(input, country), Ok(canonical.into()), "{input} in {country}");
        }
        for bad in ["10115!", "-10115", "1234567890123", "10115", "<b>"] {
            let country = if bad == "10115" { "LV" } else { "DE" };
            assert_eq!(postcode(bad, country), Err(ErrorCode::PostcodeInvalid), "{bad} in {country}");
        }
    }

    #[test]
    fn personal_codes() {
        // Older format: the check digit and the date of birth.
        for ok in ["290156-11605", "180565-05610", "29015611605", " 290156-11605 ", "290212-29381"] {
            assert!(personal_code(ok).is_ok(), "{ok}");
        }
        assert_eq!(personal_code("29015611605"), Ok("290156-11605".into()));
        // Format since 2017: starts with 32, check digit only.
        for ok in ["323691-93794", "32073120115", "321412-91101"] {
            assert!(personal_code(ok).is_ok(), "{ok}");
        }
        for bad in [
            "290156-11606", // wrong check digit
            "290213-29381", // 29 February 2013 does not exist
            "323691-93795", // new format, wrong check digit
            "290156-31605", // no such century digit
            "2901561160",
            "290156_11605",
            "29-0156-11605",
            "abcdef-ghijk",
        ] {
            assert_eq!(personal_code(bad), Err(ErrorCode::PersonalCodeInvalid), "{bad}");
        }
    }

    #[test]
    fn dates_not_in_the_future() {
        let today = Date::new(2026, 11, 25).expect("valid");
        assert_eq!(past_date("2026-11-25", today), Ok("2026-11-25".into()));
        assert_eq!(past_date("2026-11-26", today), Err(ErrorCode::DateInFuture));
        assert_eq!(past_date("2026-02-30", today), Err(ErrorCode::DateInvalid));
        assert_eq!(past_date("25.11.2026", today), Err(ErrorCode::DateInvalid));
        assert_eq!(past_date("0002-11-02", today), Err(ErrorCode::DateInvalid));
        assert_eq!(past_date("1900-01-01", today), Ok("1900-01-01".into()));
    }

    #[test]
    fn lengths_count_characters() {
        assert_eq!(text("āāā", 1, 3), Ok("āāā".into()));
        assert_eq!(text("āāāā", 1, 3), Err(ErrorCode::TooLong));
        assert_eq!(text(" a ", 2, 3), Err(ErrorCode::TooShort));
        // Surrounding white space counts towards the most, as the counter shows it.
        assert_eq!(text(" āā ", 1, 4), Ok("āā".into()));
        assert_eq!(text(" āā  ", 1, 4), Err(ErrorCode::TooLong));
        assert_eq!(length(" āā  "), 5);
        assert_eq!(required("  \n"), Err(ErrorCode::Required));
        assert_eq!(choice("yes", &["yes", "no"]), Ok("yes".into()));
        assert_eq!(choice("maybe", &["yes", "no"]), Err(ErrorCode::ChoiceInvalid));
    }
}
