use super::question::{described_by, Question};
use crate::api::{upload, UploadError};
use crate::forms::{error_message, Attached, FormSession};
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::nav::use_nav;
use dvi_validation::attachments::{check_file, FileKind, MAX_FILES};
use dvi_validation::forms::{Answer, Field};
use dvi_validation::ErrorCode;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Attachments: each file is checked (type, size, count) before it goes, uploaded at once with
/// its progress shown, listed with a button to remove it. The answer holds the files' ids.
#[component]
pub fn FileUpload(
    lang: Lang,
    session: FormSession,
    field: &'static Field,
    label: String,
    hint: Option<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let form = session.form;
    let nav = use_nav();
    let id = format!("field-{}", field.id);
    let local_error = RwSignal::new(None::<String>);
    let shown_error = Signal::derive(move || local_error.get().or_else(|| error.get()));
    let status = RwSignal::new(String::new());
    // Files on their way: (a number of this field's own, name, percent). Two files may share
    // a name: each row is its upload's.
    let uploading = RwSignal::new(Vec::<(u32, String, u32)>::new());
    let next_upload = StoredValue::new(0u32);
    // A refusal is said where the person is (the file input, or nowhere once the file dialog
    // closed): focus moves to its message. Someone who has gone on to another field keeps it.
    let refuse = move |text: String| {
        let _ = local_error.try_set(Some(text));
        let error_id = format!("field-{}-error", field.id);
        request_animation_frame(move || {
            if nav.focused().is_none_or(|el| el.id() == format!("field-{}", field.id)) {
                crate::focus::focus_by_id(&nav, &error_id);
            }
        });
    };

    // This field's files (a form may have more than one field of them): the ids in its answer.
    let mine = move || match session.answer(field.id) {
        Some(Answer::Many(ids)) => ids,
        _ => Vec::new(),
    };
    let set_mine = move |ids: Vec<String>| session.set_answer(field.id, (!ids.is_empty()).then_some(Answer::Many(ids)));
    let message = move |code: ErrorCode| error_message(lang, form, field, code);

    let choose = move |input: web_sys::HtmlInputElement| {
        let Some(list) = input.files() else { return };
        local_error.set(None);
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        // Let the same file be chosen again after removing it.
        input.set_value("");
        let already = mine().len() + uploading.with(Vec::len);
        if already + files.len() > MAX_FILES {
            refuse(message(ErrorCode::TooManyFiles));
            return;
        }
        for file in files {
            let name = file.name();
            if let Err(code) = check_file(&name, file.size() as u64) {
                refuse(format!("{name}: {}", message(code)));
                continue;
            }
            let row = next_upload.get_value();
            next_upload.set_value(row + 1);
            uploading.update(|u| u.push((row, name.clone(), 0)));
            session.uploading.update(|n| *n += 1);
            status.set(t_args(lang, "form-files-uploading", &[("name", name.clone().into()), ("percent", 0.into())]));
            // Continue waits for it; leaving the site's page asks first (`guard_leaving`).
            let api = nav.api_base();
            leptos::task::spawn_local(async move {
                let result = upload(&api, &file, move |percent| {
                    let _ = uploading.try_update(|u| {
                        if let Some(entry) = u.iter_mut().find(|(r, ..)| *r == row) {
                            entry.2 = percent;
                        }
                    });
                })
                .await;
                let _ = uploading.try_update(|u| u.retain(|(r, ..)| *r != row));
                if session.uploading.try_update(|n| *n = n.saturating_sub(1)).is_none() {
                    return;
                }
                match result {
                    Ok(attached) => {
                        let mut ids = mine();
                        ids.push(attached.id.clone());
                        session.attached.update(|a| a.push(attached));
                        set_mine(ids);
                        let _ = status.try_set(t_args(lang, "form-files-uploaded", &[("name", name.into())]));
                    }
                    Err(UploadError::Invalid(errors)) => {
                        let text = errors
                            .first()
                            .map(|e| message(e.code))
                            .unwrap_or_else(|| t_args(lang, "form-files-failed", &[("name", name.clone().into())]));
                        refuse(format!("{name}: {text}"));
                    }
                    Err(UploadError::TooManyRequests) => refuse(t_args(lang, "form-files-too-many-requests", &[("name", name.into())])),
                    Err(UploadError::Failed) => {
                        let key = if crate::dom::offline() { "form-files-offline" } else { "form-files-failed" };
                        refuse(t_args(lang, key, &[("name", name.into())]));
                    }
                }
            });
        }
    };

    guard_leaving(nav, Signal::derive(move || !uploading.with(Vec::is_empty)));

    let on_change = move |ev: leptos::ev::Event| {
        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            choose(input);
        }
    };
    // Files chosen before the page started are sent once it has (and the draft is read).
    let input = NodeRef::<leptos::html::Input>::new();
    crate::islands::when_started(move || {
        if let Some(input) = input.get_untracked().filter(|i| i.files().is_some_and(|f| f.length() > 0)) {
            choose(input);
        }
    });

    let remove = move |file: Attached| {
        session.attached.update(|a| a.retain(|f| f.id != file.id));
        set_mine(mine().into_iter().filter(|id| *id != file.id).collect());
        status.set(t_args(lang, "form-files-removed", &[("name", file.name.into())]));
    };

    let describe = described_by(&id, hint.is_some(), shown_error, &[]);
    view! {
        <Question lang id=id.clone() label hint error=shown_error>
            <input
                class="dvi-file"
                type="file"
                id=id.clone()
                name=field.id
                multiple=true
                accept=FileKind::ACCEPT
                aria-describedby=describe
                aria-invalid=move || shown_error.get().is_some().then_some("true")
                node_ref=input
                on:change=on_change
            />
            // Busy while a file is on its way.
            <ul class="dvi-files" aria-label=t(lang, "form-files-list-heading") aria-busy=move || (!uploading.with(Vec::is_empty)).then_some("true")>
                {move || uploading.get().into_iter().map(|(_, name, percent)| view! {
                    <li class="dvi-files__item">
                        <span>{name.clone()}</span>
                        <progress max="100" value=percent aria-label=t_args(lang, "form-files-uploading", &[("name", name.into()), ("percent", percent.into())])></progress>
                    </li>
                }).collect_view()}
                {move || session.attached.get().into_iter().filter(|file| mine().contains(&file.id)).map(|file| {
                    let size = megabytes(file.size);
                    let remove_label = t_args(lang, "form-files-remove", &[("name", file.name.clone().into())]);
                    view! {
                        <li class="dvi-files__item">
                            <span>{file.name.clone()} " (" {size} ")"</span>
                            <button type="button" class="dvi-button dvi-button--secondary" on:click=move |_| remove(file.clone())>{remove_label}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="dvi-visually-hidden" role="status">{move || status.get()}</p>
        </Question>
    }
}

/// While `busy` (a file on its way), leaving the site's page would lose the file: the browser
/// asks first. (Not in a widget: the page is the host's.)
fn guard_leaving(nav: crate::nav::Nav, busy: Signal<bool>) {
    if nav.embedded() {
        return;
    }
    // One handler for the page (made at the first run, in the browser), set while busy.
    Effect::new(move |ask: Option<wasm_bindgen::JsValue>| {
        let ask = ask.unwrap_or_else(|| {
            wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
                event.prevent_default();
                // (Older browsers ask only when a return value is set.)
                let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &"".into());
            })
            .into_js_value()
        });
        window().set_onbeforeunload(busy.get().then(|| ask.unchecked_ref()));
        ask
    });
}

/// A size in megabytes with one decimal, "2.5 MB", exactly as `format!("{:.1} MB", bytes as f64
/// / 1048576.0)` prints it (halves to even), in whole numbers: printing an f64 would link in
/// float formatting and its tables (several KB brotli) for this one label.
fn megabytes(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    // Sizes are checked against the upload limit long before this could saturate.
    let tenths = bytes.saturating_mul(10);
    let (mut whole, rest) = (tenths / MB, tenths % MB);
    if rest * 2 > MB || (rest * 2 == MB && whole % 2 == 1) {
        whole += 1;
    }
    format!("{}.{} MB", whole / 10, whole % 10)
}

#[cfg(test)]
mod tests {
    use super::megabytes;

    #[test]
    fn megabytes_as_float_formatting_prints_them() {
        let mb = 1024 * 1024;
        let edges = [0, 1, 52_428, 52_429, 104_857, 262_144, 786_432, mb - 1, mb, 5 * mb / 2, 10 * mb, 25 * mb + 1];
        let sweep = (0..4 * mb).step_by(4_099);
        for bytes in edges.into_iter().chain(sweep).chain((0..40).map(|k| k * mb / 20)) {
            assert_eq!(megabytes(bytes), format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0)), "{bytes}");
        }
    }
}
