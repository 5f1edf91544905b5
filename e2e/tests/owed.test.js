// What a public service owes every visitor: a way to report a problem with any page, the date
// by which we answer on every confirmation, and a phone number a person abroad can dial.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { BASE, launch, open, hostPage, axe, started, ftl, plans, tabTo, answerByKeyboard, stored, handOver, confirmation } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const feedbackStep = {
  lv: `/lv/pakalpojumi/${plans.feedback.slug.lv}/pieteikums/1`,
  en: `/en/services/${plans.feedback.slug.en}/apply/1`,
};

/** The feedback form's "Our website" and its page field, as a screen reader finds them. */
async function reported(scope, lang) {
  const about = scope.getByRole('radio', { name: ftl[lang]['form-feedback-about-website'] });
  await about.waitFor();
  const page = scope.getByRole('textbox', { name: new RegExp(ftl[lang]['form-feedback-page-label'].replace('?', '\\?')) });
  await page.waitFor();
  return { chosen: await about.isChecked(), address: await page.inputValue() };
}

for (const [lang, path, name] of [
  ['en', '/en/contact', 'Report a problem with this page'],
  ['lv', `/lv/pakalpojumi/${plans.complaint.slug.lv}`, 'Ziņot par problēmu šajā lapā'],
  ['en', `/en/services/${plans.question.slug.en}/apply/1`, 'Report a problem with this page'],
]) {
  test(`"${name}" from ${path} gives the feedback form the page's address`, async () => {
    const { context, page, errors } = await open(browser, path);
    await page.getByRole('link', { name }).click();
    await page.waitForURL((url) => url.pathname === feedbackStep[lang] && url.searchParams.has('page'));
    await started(page);
    assert.deepEqual(await reported(page, lang), { chosen: true, address: `${BASE}${path}` });
    // The address holds the page's address and nothing a person answered.
    assert.deepEqual([...new URL(page.url()).searchParams.keys()], ['page']);
    assert.deepEqual(await axe(page), []);
    // What the person then types is theirs: after a reload, the draft keeps it beside the link's.
    await page.getByRole('radio', { name: ftl[lang]['form-feedback-rating-good'], exact: true }).check();
    await page.reload();
    await started(page);
    assert.ok(await page.getByRole('radio', { name: ftl[lang]['form-feedback-rating-good'], exact: true }).isChecked());
    assert.deepEqual(await reported(page, lang), { chosen: true, address: `${BASE}${path}` });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('"Report a problem with this page" in a widget stays in the widget, with the full site\'s address', async () => {
  const { context, page, errors } = await hostPage(browser, '<h1>Host</h1><dvi-self-service view="channels" lang="en"></dvi-self-service>');
  const widget = page.locator('dvi-self-service');
  await widget.getByRole('heading', { name: 'How to reach us' }).waitFor();
  await widget.getByRole('link', { name: 'Report a problem with this page' }).click();
  await widget.getByRole('heading', { name: ftl.en['form-feedback-step-feedback'] }).waitFor();
  await page.waitForFunction(() => document.querySelector('dvi-self-service').shadowRoot.querySelector('.dvi-widget').dataset.islands === 'started');
  assert.deepEqual(await reported(widget, 'en'), { chosen: true, address: `${BASE}/en/contact` });
  assert.notEqual(new URL(page.url()).origin, new URL(BASE).origin, 'the host page is still shown');
  assert.deepEqual(errors, []);
  await context.close();
});

// The date by which we answer, computed here apart from the app: Latvian public holidays and
// the working days the Cabinet moved, for the years these dates reach.
const DAYS_OFF = new Set([
  '2026-01-01', '2026-01-02', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-04', '2026-06-22', '2026-06-23', '2026-06-24',
  '2026-11-18', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-01', '2027-05-04', '2027-06-23', '2027-06-24', '2027-11-18',
]);
const WORKED = new Set(['2026-01-17', '2026-06-27']);
const iso = (d) => d.toISOString().slice(0, 10);
const working = (d) => WORKED.has(iso(d)) || (d.getUTCDay() % 6 !== 0 && !DAYS_OFF.has(iso(d)));
const plusDays = (d, n) => new Date(d.getTime() + n * 86400000);
function due(received, { months, workdays }) {
  let d = new Date(`${received}T00:00:00Z`);
  if (workdays) {
    for (let n = 0; n < workdays; n += 1) { d = plusDays(d, 1); while (!working(d)) d = plusDays(d, 1); }
    return iso(d);
  }
  const [y, m, day] = received.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  d = new Date(Date.UTC(y, m - 1 + months, Math.min(day, last)));
  // The law moves a time limit in months off any Saturday or Sunday, worked or not.
  while (d.getUTCDay() % 6 === 0 || DAYS_OFF.has(iso(d))) d = plusDays(d, 1);
  return iso(d);
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const long = (isoDate) => { const [y, m, d] = isoDate.split('-').map(Number); return `${d} ${MONTHS[m - 1]} ${y}`; };

for (const [form, at, length, words] of [
  // Sent late on 18 December in Riga: ten working days over Christmas and the New Year.
  ['question', '2026-12-18T20:00:00Z', { workdays: 10 }, 'We will answer you by'],
  // Sent just after midnight in Riga on 24 September (still the 23rd in UTC): three months on
  // is Christmas Eve.
  ['complaint', '2026-09-23T21:30:00Z', { months: 3 }, 'we will tell you how your complaint is progressing'],
  // A month from 31 January: February's last day is a Sunday.
  ['appeal', '2027-01-31T09:00:00Z', { months: 1 }, 'The director will decide on your appeal by'],
]) {
  test(`the confirmation of a ${form} sent at ${at} says by when we answer`, async () => {
    const slug = plans[form].slug.en;
    const handed = (page) => handOver(page, form, { reference: 'DVI-2026-000042', receivedAt: at });
    const { context, page, errors } = await open(browser, `/en/services/${slug}/apply/sent`, { before: handed });
    const received = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga' }).format(new Date(at));
    const expected = due(received, length);
    const sentence = page.getByText(words);
    await sentence.waitFor();
    assert.ok((await sentence.textContent()).includes(long(expected)), `${await sentence.textContent()} (expected ${long(expected)})`);
    assert.equal(await sentence.locator('time').getAttribute('datetime'), expected);
    assert.ok(await page.getByText(/If you have (had no|heard nothing)/).isVisible());
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('without a receipt handed over, no date is promised', async () => {
  const { context, page } = await open(browser, `/en/services/${plans.question.slug.en}/apply/sent`);
  await page.getByText(/There is no reference number/).waitFor();
  assert.equal(await page.getByText('We will answer you by').isVisible(), false);
  await context.close();
});

test('the phone number can be dialled from abroad, and the hours say whose time they are', async () => {
  for (const [path, riga] of [['/en/contact', 'Riga time'], ['/lv/sazina', 'pēc Latvijas laika']]) {
    const { context, page } = await open(browser, path);
    const links = page.getByRole('link', { name: '+371 67223131' });
    assert.ok(await links.count() >= 2, `${path}: the number with +371`);
    assert.equal(await links.first().getAttribute('href'), 'tel:+37167223131');
    assert.ok((await page.getByRole('contentinfo').textContent()).includes(riga), `${path}: the footer's hours`);
    const bare = await page.evaluate(() => [...document.body.innerText.matchAll(/67223131/g)].filter((m) => !m.input.slice(0, m.index).endsWith('+371 ')).length);
    assert.equal(bare, 0, `${path}: no number without +371`);
    await context.close();
  }
});

test('the e-mail card says that it carries a document signed with a secure e-signature', async () => {
  const { context, page } = await open(browser, '/en/contact');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'E-mail', exact: true }) });
  assert.match(await card.textContent(), /Signed documents\s*Yes, if the document itself is signed with a secure electronic signature/);
  await context.close();
});

// Every page of advice a form declares (`dvi-server forms`), generated: the answer that calls
// for it leads there by keyboard, in both languages; the page reads with roles and labels,
// loads no wasm, and goes on to the next step or back to the answer.
const forms = JSON.parse(execFileSync(process.env.SERVER_BIN, ['forms'], { encoding: 'utf8' }));
for (const form of forms) {
  for (const advice of form.advice) {
    for (const lang of ['lv', 'en']) {
      test(`${form.id}: "${advice.when.any_of[0]}" to ${advice.when.field} leads to the ${advice.id} advice by keyboard (${lang})`, async () => {
        const stepPath = (i) => (lang === 'lv' ? `/lv/pakalpojumi/${plans[form.id].slug.lv}/pieteikums/${i + 1}` : `/en/services/${plans[form.id].slug.en}/apply/${i + 1}`);
        const { context, page, errors, requests } = await open(browser, stepPath(advice.step));
        await answerByKeyboard(page, page, lang, form.id, advice.when.field, { choose: advice.when.any_of[0] });
        await tabTo(page, page.getByRole('button', { name: ftl[lang]['form-continue'] }));
        const wasmBefore = requests.filter((u) => u.endsWith('.wasm')).length;
        await page.keyboard.press('Enter');
        const title = ftl[lang][`form-advice-${advice.id}-title`];
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        assert.match(await page.title(), new RegExp(`^${title} – `));
        // A page without islands: nothing more than the page's own files comes.
        await started(page);
        assert.equal(requests.filter((u) => u.endsWith('.wasm')).length, wasmBefore, 'no wasm for the advice page');
        // The letter, a region named by its heading, with blanks to fill.
        const letter = page.getByRole('region', { name: lang === 'lv' ? 'Pieprasījuma paraugs' : 'A request you can send' });
        assert.match(await letter.textContent(), /\[[^\]]+\]/);
        assert.deepEqual(await axe(page), []);
        // Back to the answer: the step, with the answer as it was given.
        await tabTo(page, page.getByRole('link', { name: ftl[lang]['form-advice-change'] }));
        await page.keyboard.press('Enter');
        await page.waitForURL(`**${stepPath(advice.step)}#field-${advice.when.field}`);
        await started(page);
        const chosen = page.getByRole('radio', { name: ftl[lang][`form-${form.id}-${advice.when.field}-${advice.when.any_of[0]}`], exact: true });
        assert.ok(await chosen.isChecked(), 'the answer is kept');
        // And on: Continue again, then "go on" to the next step.
        await page.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
        await tabTo(page, page.getByRole('link', { name: ftl[lang][`form-advice-${advice.id}-go-on`] }));
        await page.keyboard.press('Enter');
        await page.waitForURL(`**${stepPath(advice.step + 1)}`);
        await page.getByRole('heading', { level: 1, name: ftl[lang][`form-${form.id}-step-${form.steps[advice.step + 1].id}`] }).waitFor();
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
}

// A copy of what was sent: every answer as typed, byte for byte, text that looks like markup
// shown and never run; gone from the browser's storage once the confirmation has it.
const NAUGHTY = 'Ābele, ūdens, ķēniņš <b>bold</b> <img src=x onerror="window.__ran=1"> <script>window.__ran=1</script> & "quotes" \'x\' 🙂 👩‍👩‍👧 ${x} %00 \\ end';

async function sendQuestion(scope, page, lang = 'en') {
  const t = ftl[lang];
  await scope.getByRole('radio', { name: t['form-question-topic-data-protection'] }).check();
  await scope.getByRole('textbox', { name: t['form-question-question-label'] }).fill(NAUGHTY);
  await scope.getByRole('button', { name: t['form-continue'] }).click();
  await scope.getByRole('textbox', { name: t['field-full-name-label'] }).waitFor();
  await scope.getByRole('textbox', { name: t['field-full-name-label'] }).fill('Jānis Bērziņš');
  await scope.getByRole('radio', { name: t['form-question-answer-by-email'] }).check();
  await scope.getByRole('textbox', { name: t['field-email-label'] }).fill('janis@example.lv');
  await scope.getByRole('button', { name: t['form-continue'] }).click();
  await scope.getByRole('heading', { level: 1, name: t['form-check-title'] }).waitFor();
  await scope.getByRole('button', { name: t['form-send'] }).click();
  await scope.getByRole('heading', { name: t['form-sent-copy-heading'] }).waitFor();
}

/** The copy's answer to a question: the text of the value beside its key. */
const copied = (scope, question) => {
  // (A filter's locator is relative to what it filters: built from the page, not a widget.)
  const page = typeof scope.page === 'function' ? scope.page() : scope;
  return scope.getByRole('region', { name: /copy of what you sent/ })
    .locator('.dvi-summary__row').filter({ has: page.getByText(question, { exact: true }) }).locator('dd').textContent();
};

/** No answer stays stored: no draft, and in the tab's session storage only the receipt, for a
 * reload of the confirmation. */
async function receiptAlone(page, reference) {
  const [drafts, session] = await page.evaluate(() => [localStorage.length, Object.values(sessionStorage)]);
  assert.equal(drafts, 0, 'no draft');
  assert.equal(session.length, 1, 'one thing in session storage');
  const { receipt, ...rest } = JSON.parse(session[0]);
  assert.deepEqual([receipt.reference, receipt.signed, rest], [reference, false, {}], 'the receipt alone');
}

test('the confirmation holds a copy of every answer, as typed, and nothing of it stays in the browser', async () => {
  const dialogs = [];
  const { context, page, errors } = await open(browser, `/en/services/${plans.question.slug.en}/apply/1`, {
    before: (p) => p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); }),
  });
  await sendQuestion(page, page);
  const reference = await confirmation(page);
  assert.equal(await copied(page, ftl.en['form-question-question-label']), NAUGHTY);
  assert.equal(await copied(page, ftl.en['field-full-name-label']), 'Jānis Bērziņš');
  assert.equal(await copied(page, ftl.en['form-question-topic-label']), ftl.en['form-question-topic-data-protection']);
  // What the backend holds is what the copy says.
  assert.equal(stored(reference).answers.question, NAUGHTY);
  assert.equal(await page.evaluate(() => window.__ran), undefined, 'nothing in the answers ran');
  assert.deepEqual(dialogs, []);
  await receiptAlone(page, reference);
  assert.ok(await page.getByText(/This copy is only on this page/).isVisible());
  assert.deepEqual(await axe(page), []);
  // Printed (or saved as a PDF): the reference, when, and the answers.
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 1000);
  // Reloaded: the copy is gone, and the page says so; the reference and the date by which we
  // answer stay (in the tab's session storage, not in the address).
  await page.reload();
  await started(page);
  await page.getByText(/A copy of your answers is shown only straight after you send them/).waitFor();
  assert.equal(await page.getByRole('region', { name: /copy of what you sent/ }).count(), 0);
  assert.equal(await confirmation(page), reference);
  assert.ok(await page.getByText('We will answer you by').isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test('a widget prints itself alone, the copy of what was sent with it', async () => {
  const { context, page, errors } = await hostPage(browser,
    '<h1>Host heading</h1><p>Host text that must not print.</p><dvi-self-service view="form:question" lang="en"></dvi-self-service>', {
      // The browser's print window, held open: what the print would show stays for the PDF.
      before: (p) => p.addInitScript(() => { window.print = () => { window.__printed = true; }; }),
    });
  const widget = page.locator('dvi-self-service');
  await widget.getByRole('radio', { name: ftl.en['form-question-topic-data-protection'] }).waitFor();
  await page.waitForFunction(() => document.querySelector('dvi-self-service').shadowRoot.querySelector('.dvi-widget').dataset.islands === 'started');
  await sendQuestion(widget, page);
  assert.equal(await copied(widget, ftl.en['form-question-question-label']), NAUGHTY);
  await widget.getByRole('button', { name: ftl.en['form-sent-print'] }).click();
  assert.equal(await page.evaluate(() => window.__printed), true);
  const { execFileSync: run } = await import('node:child_process');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const file = join(mkdtempSync(join(tmpdir(), 'dvi-widget-print-')), 'print.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = run('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  assert.ok(text.includes('Jānis Bērziņš'), `the copy is printed: ${text}`);
  assert.ok(!text.includes('Host text that must not print'), `the host page is not: ${text}`);
  await receiptAlone(page, await widget.getByText(/^DVI-\d{4}-\d{6}$/).textContent());
  assert.deepEqual(errors, []);
  await context.close();
});

// Easy read, from the header of every kind of page, in both languages: a picture beside each
// idea (on a narrow screen, above it), no wasm, nothing axe finds.
for (const [lang, from, name, heading] of [
  ['lv', '/lv/sazina', 'Viegli lasīt', 'Kas ir personas dati?'],
  ['en', `/en/services/${plans.appeal.slug.en}`, 'Easy read', 'What is personal data?'],
  ['en', `/en/services/${plans.question.slug.en}/apply/1`, 'Easy read', 'What is personal data?'],
]) {
  test(`"${name}" in the header of ${from}`, async () => {
    const { context, page, errors, requests } = await open(browser, from);
    await tabTo(page, page.getByRole('banner').getByRole('link', { name }));
    const before = requests.length;
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name }).waitFor();
    assert.equal(await page.getByRole('banner').getByRole('link', { name }).getAttribute('aria-current'), 'page');
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    assert.deepEqual(requests.slice(before).filter((u) => /\.(wasm|js)$/.test(u)), [], 'no script, no wasm');
    // Beside at 1280 pixels, above at 320: a picture and its first sentence.
    const idea = page.getByRole('region', { name: heading }).locator('.dvi-easy__idea').first();
    const [picture, words] = [await idea.locator('svg').boundingBox(), await idea.locator('p').first().boundingBox()];
    assert.ok(picture.x + picture.width <= words.x, `beside: ${JSON.stringify([picture, words])}`);
    await page.setViewportSize({ width: 320, height: 640 });
    const [narrow, below] = [await idea.locator('svg').boundingBox(), await idea.locator('p').first().boundingBox()];
    assert.ok(narrow.y + narrow.height <= below.y, `above: ${JSON.stringify([narrow, below])}`);
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// The accessibility statement in the model form, to its evaluation record, which links every
// page it says is checked.
for (const [lang, path, record] of [['lv', '/lv/pieklustamiba', 'Izvērtējumu apliecinošs dokuments'], ['en', '/en/accessibility', 'The accessibility evaluation record']]) {
  test(`the accessibility statement leads to its evaluation record (${lang})`, async () => {
    const { context, page } = await open(browser, path);
    assert.ok(await page.getByRole('link', { name: '+371 67686768' }).isVisible(), 'the Ombudsman by phone');
    assert.ok(await page.getByRole('link', { name: 'tiesibsargs@tiesibsargs.lv' }).isVisible(), 'and by e-mail');
    await page.getByRole('link', { name: record }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const pages = page.getByRole('region', { name: lang === 'lv' ? /Pārbaudītās lapas/ : /Pages checked/ }).getByRole('link');
    const count = Number((await page.getByRole('heading', { level: 2, name: lang === 'lv' ? /Pārbaudītās lapas/ : /Pages checked/ }).textContent()).match(/\d+/)[0]);
    assert.equal(await pages.count(), count);
    assert.ok(count > 100, `${count} pages`);
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}
