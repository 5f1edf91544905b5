//! "Which channel suits me": three questions and a recommendation with reasons.
//! The channel ids are those of content/channels.toml; the reasons are Fluent keys.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// A complaint, an application, an appeal: the document must be signed.
    SignedDocument,
    /// A question, a request for advice, feedback.
    Question,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Means {
    /// A secure electronic signature (eParaksts, eID card).
    ESignature,
    /// Can log in to latvija.gov.lv (eID, eParaksts mobile, internet bank) but cannot sign files.
    PortalLogin,
    Neither,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Answers {
    pub purpose: Purpose,
    /// Only asked when a signed document is needed.
    pub means: Option<Means>,
    pub urgent: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub channel: &'static str,
    pub alternatives: Vec<&'static str>,
    pub reasons: Vec<&'static str>,
}

/// Every set of answers the guide can be given, in a fixed order: the page carries a
/// recommendation for each (shown when they are given), so the browser computes none.
pub const ALL_ANSWERS: [Answers; 8] = [
    answers(Purpose::SignedDocument, Some(Means::ESignature), false),
    answers(Purpose::SignedDocument, Some(Means::ESignature), true),
    answers(Purpose::SignedDocument, Some(Means::PortalLogin), false),
    answers(Purpose::SignedDocument, Some(Means::PortalLogin), true),
    answers(Purpose::SignedDocument, Some(Means::Neither), false),
    answers(Purpose::SignedDocument, Some(Means::Neither), true),
    answers(Purpose::Question, None, false),
    answers(Purpose::Question, None, true),
];

const fn answers(purpose: Purpose, means: Option<Means>, urgent: bool) -> Answers {
    Answers { purpose, means, urgent }
}

impl Answers {
    /// These answers' place in `ALL_ANSWERS` (means are left out of a question's).
    pub fn index(self) -> usize {
        let means = match (self.purpose, self.means) {
            (Purpose::Question, _) => 3,
            (_, Some(Means::ESignature)) => 0,
            (_, Some(Means::PortalLogin)) => 1,
            (_, Some(Means::Neither) | None) => 2,
        };
        means * 2 + usize::from(self.urgent)
    }
}

pub fn recommend(a: Answers) -> Recommendation {
    let (channel, alternatives, mut reasons): (_, Vec<_>, Vec<_>) = match (a.purpose, a.means) {
        (Purpose::SignedDocument, Some(Means::ESignature)) => ("email", vec!["e-address", "portal"], vec!["guide-reason-esignature"]),
        (Purpose::SignedDocument, Some(Means::PortalLogin)) => ("portal", vec!["e-address", "mailbox"], vec!["guide-reason-portal"]),
        (Purpose::SignedDocument, Some(Means::Neither) | None) if a.urgent => {
            ("mailbox", vec!["post", "visit"], vec!["guide-reason-handwritten", "guide-reason-mailbox-fast"])
        }
        (Purpose::SignedDocument, Some(Means::Neither) | None) => ("post", vec!["mailbox", "visit"], vec!["guide-reason-handwritten"]),
        (Purpose::Question, _) if a.urgent => ("phone", vec!["email", "web-question"], vec!["guide-reason-phone"]),
        (Purpose::Question, _) => ("email", vec!["web-question", "phone"], vec!["guide-reason-question-written"]),
    };
    if a.urgent && a.purpose == Purpose::SignedDocument {
        reasons.push("guide-reason-urgent-signed");
    }
    if a.purpose == Purpose::Question {
        reasons.push("guide-reason-no-signature");
    }
    Recommendation { channel, alternatives, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_set_of_answers_has_its_place() {
        for (i, answers) in ALL_ANSWERS.iter().enumerate() {
            assert_eq!(answers.index(), i, "{answers:?}");
        }
        let unasked = Answers { purpose: Purpose::Question, means: Some(Means::ESignature), urgent: true };
        assert_eq!(ALL_ANSWERS[unasked.index()], Answers { means: None, ..unasked });
        let none = Answers { purpose: Purpose::SignedDocument, means: None, urgent: false };
        assert_eq!(recommend(ALL_ANSWERS[none.index()]), recommend(none));
    }

    fn rec(purpose: Purpose, means: Option<Means>, urgent: bool) -> Recommendation {
        recommend(Answers { purpose, means, urgent })
    }

    #[test]
    fn signed_documents_go_by_a_channel_that_carries_a_signature() {
        assert_eq!(rec(Purpose::SignedDocument, Some(Means::ESignature), false).channel, "email");
        assert_eq!(rec(Purpose::SignedDocument, Some(Means::PortalLogin), false).channel, "portal");
        assert_eq!(rec(Purpose::SignedDocument, Some(Means::Neither), false).channel, "post");
        assert_eq!(rec(Purpose::SignedDocument, Some(Means::Neither), true).channel, "mailbox");
        let urgent = rec(Purpose::SignedDocument, Some(Means::ESignature), true);
        assert!(urgent.reasons.contains(&"guide-reason-urgent-signed"));
        for means in [Means::ESignature, Means::PortalLogin, Means::Neither] {
            let r = rec(Purpose::SignedDocument, Some(means), false);
            assert!(!r.alternatives.contains(&"phone"), "the phone cannot carry a signed document");
        }
    }

    #[test]
    fn questions_need_no_signature() {
        assert_eq!(rec(Purpose::Question, None, true).channel, "phone");
        assert_eq!(rec(Purpose::Question, None, false).channel, "email");
        assert!(rec(Purpose::Question, None, false).reasons.contains(&"guide-reason-no-signature"));
    }
}
