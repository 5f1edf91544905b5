//! Validation rules shared by the app (in the browser, as a person types) and the reference
//! backend (on every submission), so that both accept and reject the same input with the same
//! error codes. Pure functions, no I/O: each rule takes what a person typed and returns the
//! value in its canonical form, or an [`ErrorCode`] that the app turns into a message in the
//! person's language (Fluent key `error-<code>`).

pub mod attachments;
pub mod clock;
pub mod countries;
pub mod forms;
pub mod rules;

use serde::{Deserialize, Serialize};

/// Why a value was rejected. The serialised name is the contract between the app and the
/// backend (`{"field": "email", "code": "email_invalid"}`), and the suffix of the Fluent key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    Required,
    TooShort,
    TooLong,
    NameInvalid,
    EmailInvalid,
    PhoneInvalid,
    PostcodeInvalid,
    PersonalCodeInvalid,
    DateInvalid,
    DateInFuture,
    ChoiceInvalid,
    /// A field the form does not have, or one that its condition hides.
    Unexpected,
    FileType,
    FileTooLarge,
    FileEmpty,
    TooManyFiles,
    /// An .edoc or .asice that is not a well-formed signed container (ASiC-E).
    SignedContainerInvalid,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 17] = [
        ErrorCode::Required,
        ErrorCode::TooShort,
        ErrorCode::TooLong,
        ErrorCode::NameInvalid,
        ErrorCode::EmailInvalid,
        ErrorCode::PhoneInvalid,
        ErrorCode::PostcodeInvalid,
        ErrorCode::PersonalCodeInvalid,
        ErrorCode::DateInvalid,
        ErrorCode::DateInFuture,
        ErrorCode::ChoiceInvalid,
        ErrorCode::Unexpected,
        ErrorCode::FileType,
        ErrorCode::FileTooLarge,
        ErrorCode::FileEmpty,
        ErrorCode::TooManyFiles,
        ErrorCode::SignedContainerInvalid,
    ];

    /// The code as it travels in JSON and names its message (`error-email-invalid`).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Required => "required",
            ErrorCode::TooShort => "too_short",
            ErrorCode::TooLong => "too_long",
            ErrorCode::NameInvalid => "name_invalid",
            ErrorCode::EmailInvalid => "email_invalid",
            ErrorCode::PhoneInvalid => "phone_invalid",
            ErrorCode::PostcodeInvalid => "postcode_invalid",
            ErrorCode::PersonalCodeInvalid => "personal_code_invalid",
            ErrorCode::DateInvalid => "date_invalid",
            ErrorCode::DateInFuture => "date_in_future",
            ErrorCode::ChoiceInvalid => "choice_invalid",
            ErrorCode::Unexpected => "unexpected",
            ErrorCode::FileType => "file_type",
            ErrorCode::FileTooLarge => "file_too_large",
            ErrorCode::FileEmpty => "file_empty",
            ErrorCode::TooManyFiles => "too_many_files",
            ErrorCode::SignedContainerInvalid => "signed_container_invalid",
        }
    }

    /// The Fluent key of the message that tells a person how to fix it.
    pub fn message_key(self) -> String {
        format!("error-{}", self.as_str().replace('_', "-"))
    }
}

/// A rejected field, as the backend reports it and the app shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldError {
    pub field: String,
    pub code: ErrorCode,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_travel_as_their_names() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).expect("serialises");
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).ok(), Some(code));
        }
        assert_eq!(ErrorCode::DateInFuture.message_key(), "error-date-in-future");
        let error: Result<FieldError, _> = serde_json::from_str(r#"{"field":"email","code":"email_invalid","x":1}"#);
        assert!(error.is_err(), "unknown fields are rejected");
    }
}
