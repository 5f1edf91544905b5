//! What was answered, as a person reads it: every answer under its question, step by step. The
//! copy of what was sent shows it, and the whole submission is written out as plain text from it,
//! to copy, download, e-mail or print when it cannot be sent online.

use super::{answer_text, label, Attached};
use crate::content;
use crate::i18n::t;
use crate::lang::Lang;
use dvi_validation::forms::{visible_answers, Answers, Form};

/// Each step that asked something: its heading, and each question it asked with the answer
/// ("Not given" where none was).
pub fn answered(lang: Lang, form: &Form, answers: &Answers, attached: &[Attached]) -> Vec<(String, Vec<(String, String)>)> {
    let answers = visible_answers(form, answers);
    form.steps
        .iter()
        .filter_map(|step| {
            let rows: Vec<_> = step
                .fields
                .iter()
                .filter(|f| form.shows(f, &answers))
                .map(|f| {
                    (
                        label(lang, form, f),
                        answer_text(lang, form, f, answers.get(f.id), attached).unwrap_or_else(|| t(lang, "form-check-empty")),
                    )
                })
                .collect();
            (!rows.is_empty()).then(|| (t(lang, &format!("form-{}-step-{}", form.id, step.id)), rows))
        })
        .collect()
}

pub fn submission_text(lang: Lang, form: &Form, answers: &Answers, attached: &[Attached]) -> String {
    let c = content::contact();
    let mut out = format!("{}\n{}\n", c.name.get(lang), t(lang, &format!("form-{}-title", form.id)));
    for (heading, rows) in answered(lang, form, answers, attached) {
        out += &format!("\n{heading}\n");
        for (question, answer) in rows {
            out += &format!("{question}: {answer}\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use dvi_validation::forms::{form, Answer};

    #[test]
    fn every_shown_answer_under_its_question() {
        let question = form("question").expect("declared");
        let answers: Answers = [
            ("topic", "other"),
            ("question", "Vai drīkst?"),
            ("full-name", "Anna Liepa"),
            ("answer-by", "email"),
            ("email", "anna@example.lv"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), Answer::One(v.to_string())))
        .collect();
        let text = submission_text(Lang::En, question, &answers, &[]);
        assert!(text.starts_with("Data State Inspectorate\n"), "{text}");
        assert!(text.contains("Vai drīkst?") && text.contains("anna@example.lv"), "{text}");
        // The postal address fields are hidden when the answer comes by e-mail.
        assert!(!text.contains(&t(Lang::En, "field-postcode-label")), "{text}");
    }
}
