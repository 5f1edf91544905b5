//! The whole submission as plain text: to copy, download, e-mail or print when it cannot be
//! sent online, with every answer under its question, step by step.

use super::{answer_text, label, Attached};
use crate::content;
use crate::i18n::t;
use crate::lang::Lang;
use dvi_validation::forms::{Answers, Form};

pub fn submission_text(lang: Lang, form: &Form, answers: &Answers, attached: &[Attached]) -> String {
    let c = content::contact();
    let mut out = format!("{}\n{}\n", c.name.get(lang), t(lang, &format!("form-{}-title", form.id)));
    for step in form.steps {
        let shown: Vec<_> = step.fields.iter().filter(|f| form.shows(f, answers)).collect();
        if shown.is_empty() {
            continue;
        }
        out += &format!("\n{}\n", t(lang, &format!("form-{}-step-{}", form.id, step.id)));
        for field in shown {
            let answer = answer_text(lang, form, field, answers.get(field.id), attached).unwrap_or_else(|| t(lang, "form-check-empty"));
            out += &format!("{}: {answer}\n", label(lang, form, field));
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
