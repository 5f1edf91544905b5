//! Properties over generated input: no rule panics on anything, what a rule accepts it accepts
//! again unchanged (canonical forms are stable), and generated valid values pass while a
//! changed check digit fails.

use dvi_validation::clock::{days_in_month, Date};
use dvi_validation::rules::*;
use dvi_validation::ErrorCode;
use proptest::prelude::*;

fn today() -> Date {
    Date::new(2026, 11, 25).expect("valid")
}

proptest! {
    #[test]
    fn no_rule_panics_and_canonical_forms_are_stable(input in any::<String>()) {
        let abroad = |v: &str| postcode(v, "DE");
        let rules: [&dyn Fn(&str) -> Rule; 6] = [&name, &email, &phone, &postcode_lv, &abroad, &personal_code];
        for rule in rules {
            if let Ok(canonical) = rule(&input) {
                prop_assert_eq!(rule(&canonical), Ok(canonical.clone()));
            }
        }
        let _ = past_date(&input, today());
        let _ = text(&input, 1, 10);
        let _ = choice(&input, &["a", "b"]);
    }

    #[test]
    fn latvian_numbers_pass_in_any_common_spelling(
        first in prop::sample::select(vec!['2', '6', '8', '9']),
        rest in "[0-9]{7}",
        prefix in prop::sample::select(vec!["", "+371", "00371", "+371 ", "(+371) "]),
        spaced in any::<bool>(),
    ) {
        let national = format!("{first}{rest}");
        let written = if spaced { format!("{prefix}{} {} {}", &national[..2], &national[2..5], &national[5..]) } else { format!("{prefix}{national}") };
        prop_assert_eq!(phone(&written), Ok(format!("+371{national}")));
    }

    #[test]
    fn other_numbers_without_a_country_code_fail(digits in "[0-9]{1,12}") {
        // "00" starts an international number, as "+" does.
        prop_assume!(!digits.starts_with("00"));
        let ok = digits.len() == 8 && matches!(digits.as_bytes()[0], b'2' | b'6' | b'8' | b'9');
        prop_assert_eq!(phone(&digits).is_ok(), ok);
    }

    /// Numbers of other countries, written as people write them, are stored in E.164: "+",
    /// the country code and the number, digits only.
    #[test]
    fn international_numbers_are_stored_in_e164(
        code in prop::sample::select(vec!["49", "44", "372", "370", "1", "33", "380", "91", "86", "358"]),
        number in "[1-9][0-9]{5,10}",
        style in 0usize..4,
    ) {
        let written = match style {
            0 => format!("+{code}{number}"),
            1 => format!("+{code} {} {}", &number[..3], &number[3..]),
            2 => format!("00{code}-{}-{}", &number[..2], &number[2..]),
            _ => format!("+{code} ({}) {}", &number[..2], &number[2..]),
        };
        let e164 = format!("+{code}{number}");
        let digits = e164.len() - 1;
        prop_assert_eq!(phone(&written).is_ok(), digits <= 15, "{}", written);
        if digits <= 15 {
            prop_assert_eq!(phone(&written), Ok(e164));
        }
    }

    /// Anywhere but Latvia a postcode is the country's own: letters and digits pass as typed
    /// (upper case); in Latvia only LV-NNNN.
    #[test]
    fn postcodes_of_other_countries(
        written in "[A-Za-z0-9]{2,5}( [A-Za-z0-9]{2,4})?",
        country in prop::sample::select(vec!["DE", "GB", "US", "IE", "BR", "EE", "other"]),
    ) {
        prop_assert_eq!(postcode(&written, country), Ok(written.to_uppercase()));
        let latvian = postcode(&written, "LV");
        prop_assert_eq!(latvian.is_ok(), postcode_lv(&written).is_ok());
    }

    #[test]
    fn postcodes_pass_exactly_when_four_digits_start_with_1_to_5(digits in "[0-9]{4}") {
        let ok = (b'1'..=b'5').contains(&digits.as_bytes()[0]);
        prop_assert_eq!(postcode_lv(&format!("LV-{digits}")).is_ok(), ok);
    }

    #[test]
    fn personal_codes_from_a_real_birth_date_pass_and_a_changed_check_digit_fails(
        year in 1850i32..2026,
        month in 1u8..=12,
        day_seed in 0u8..31,
        serial in 0u16..1000,
        bump in 1u8..10,
    ) {
        let day = day_seed % days_in_month(year, month) + 1;
        let century = match year { ..1900 => 0, 1900..2000 => 1, _ => 2 };
        let mut first_ten = [0u8; 10];
        let head = format!("{:02}{:02}{:02}{}{:03}", day, month, year % 100, century, serial);
        for (slot, b) in first_ten.iter_mut().zip(head.bytes()) {
            *slot = b - b'0';
        }
        if let Some(check) = personal_code_check_digit(&first_ten) {
            let code = format!("{}-{}{}", &head[..6], &head[6..], check);
            prop_assert_eq!(personal_code(&code), Ok(code.clone()));
            prop_assert_eq!(personal_code(&code.replace('-', "")), Ok(code.clone()));
            let wrong = format!("{}-{}{}", &head[..6], &head[6..], (check + bump) % 10);
            prop_assert_eq!(personal_code(&wrong), Err(ErrorCode::PersonalCodeInvalid));
        }
    }

    #[test]
    fn new_format_codes_pass_with_their_check_digit(rest in "[0-9]{8}", bump in 1u8..10) {
        let head = format!("32{rest}");
        let mut first_ten = [0u8; 10];
        for (slot, b) in first_ten.iter_mut().zip(head.bytes()) {
            *slot = b - b'0';
        }
        if let Some(check) = personal_code_check_digit(&first_ten) {
            let code = format!("{}-{}{}", &head[..6], &head[6..], check);
            prop_assert_eq!(personal_code(&code), Ok(code.clone()));
            let wrong = format!("{}-{}{}", &head[..6], &head[6..], (check + bump) % 10);
            prop_assert!(personal_code(&wrong).is_err());
        }
    }

    #[test]
    fn generated_addresses_pass(local in "[a-z0-9][a-z0-9._+-]{0,20}[a-z0-9]", domain in "[a-z0-9]{1,20}", tld in "[a-z]{2,6}") {
        prop_assume!(!local.contains(".."));
        prop_assert_eq!(email(&format!("{local}@{domain}.{tld}")), Ok(format!("{local}@{domain}.{tld}")));
    }

    #[test]
    fn dates_after_today_are_in_the_future(offset in 1i32..400) {
        let year = 2026 + offset / 12 + 1;
        let month = u8::try_from(offset % 12 + 1).unwrap_or(1);
        let iso = format!("{year:04}-{month:02}-01");
        prop_assert_eq!(past_date(&iso, today()), Err(ErrorCode::DateInFuture));
    }
}
