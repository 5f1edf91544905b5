// The online forms against the reference backend: completed by keyboard alone to a reference
// number that is in the backend's database; GOV.UK error handling; attachments; and when the
// backend is down, a plain message, the other ways, a draft that survives a reload, and one
// submission only once it is back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, open, axe, tabTo, focusedName, focusMatching, ftl, plans, answerByKeyboard, stored, started, storedZip, countries, feedbackToCheck, confirmation } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function noViolations(page, where) {
  // On the page as it is once its islands have started (the draft read into it).
  await started(page);
  assert.deepEqual(await axe(page), [], where);
}


const words = {
  lv: {
    service: '/lv/pakalpojumi/jautajums-vai-konsultacija', start: 'Aizpildīt veidlapu tiešsaistē', continue: 'Turpināt',
    problem: /Radās problēma/, topic: 'Personas datu aizsardzība', question: 'Jūsu jautājums', name: 'Vārds, uzvārds',
    byEmail: 'Pa e-pastu', email: /E-pasta adrese/, send: 'Nosūtīt', check: 'Pārbaudiet savas atbildes', sent: 'Jūsu pieteikums ir saņemts',
  },
  en: {
    service: '/en/services/ask-a-question', start: 'Fill in the form online', continue: 'Continue',
    problem: /There is a problem/, topic: 'Data protection', question: 'Your question', name: 'Full name',
    byEmail: 'By e-mail', email: /E-mail address/, send: 'Send', check: 'Check your answers', sent: 'We have received your submission',
  },
};

for (const [lang, w] of Object.entries(words)) {
  test(`a question is sent by keyboard alone and reaches the backend (${lang})`, async () => {
    const { context, page, errors } = await open(browser, w.service);
    await tabTo(page, page.getByRole('link', { name: w.start }).first());
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/1$/);
    await started(page);
    await noViolations(page, 'first step');

    // Continue with nothing answered: the summary takes focus and links to both questions.
    await tabTo(page, page.getByRole('button', { name: w.continue }));
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    await summary.waitFor();
    assert.match(await focusMatching(page, w.problem), w.problem);
    assert.equal(await summary.getByRole('link').count(), 2);
    const textarea = page.getByRole('textbox', { name: w.question });
    assert.equal(await textarea.getAttribute('aria-invalid'), 'true');
    const describedBy = (await textarea.getAttribute('aria-describedby')).split(' ');
    const errorText = await page.locator(`[id="${describedBy.find((id) => id.endsWith('-error'))}"]`).textContent();
    assert.ok(errorText.length > 5, 'the inline error is tied to the field');
    await noViolations(page, 'error state');

    // The first error link leads to the first option; answer by keyboard.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.match(await focusedName(page), /^input/);
    await page.keyboard.press('Space');
    assert.ok(await page.getByRole('radio', { name: w.topic }).isChecked());
    await tabTo(page, textarea);
    await page.keyboard.type('Vai drīkst publicēt manu fotogrāfiju bez atļaujas?');
    await tabTo(page, page.getByRole('button', { name: w.continue }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/2$/);
    await noViolations(page, 'second step');

    await tabTo(page, page.getByRole('textbox', { name: w.name }));
    await page.keyboard.type('Anna Liepa');
    await tabTo(page, page.getByRole('radio', { name: w.byEmail }));
    await page.keyboard.press('Space');
    // Choosing e-mail reveals the address field right after the question.
    await tabTo(page, page.getByRole('textbox', { name: w.email }));
    await page.keyboard.type('anna@example.lv');
    await tabTo(page, page.getByRole('button', { name: w.continue }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: w.check }).waitFor();
    await page.getByText('anna@example.lv').waitFor();
    await noViolations(page, 'check answers');
    assert.ok(await page.evaluate(() => localStorage.length) > 0, 'the draft is kept while filling in');
    await tabTo(page, page.getByRole('button', { name: w.send }));
    await page.keyboard.press('Enter');

    const reference = await confirmation(page);
    await page.getByRole('heading', { level: 1, name: w.sent }).waitFor();
    await noViolations(page, 'confirmation');
    const record = stored(reference);
    assert.equal(record?.form, 'question');
    assert.equal(record?.lang, lang);
    assert.equal(record?.answers?.email, 'anna@example.lv');
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'the draft is wiped after sending');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const [lang, w] of Object.entries(words)) {
  test(`"Delete my draft" empties the form and forgets it, with focus on what says so (${lang})`, async () => {
    const { context, page, errors } = await open(browser, `${w.service}/${lang === 'lv' ? 'pieteikums' : 'apply'}/1`);
    await started(page);
    const textarea = page.getByRole('textbox', { name: w.question });
    await page.getByRole('radio', { name: w.topic }).check();
    await textarea.fill('Vai drīkst publicēt manu fotogrāfiju?');
    await page.getByRole('button', { name: ftl[lang]['form-draft-delete'] }).click();
    assert.equal(await focusMatching(page, /^p: /), `p: ${ftl[lang]['form-draft-deleted']}`);
    assert.equal(await textarea.inputValue(), '');
    assert.ok(!(await page.getByRole('radio', { name: w.topic }).isChecked()));
    // Nothing kept: the page anew is empty, and what is typed then is kept again.
    await page.reload();
    await started(page);
    assert.equal(await textarea.inputValue(), '');
    assert.equal(await page.evaluate(() => Object.keys(localStorage).length), 0);
    await textarea.fill('Kam rakstīt?');
    await page.waitForFunction(() => Object.keys(localStorage).length === 1);
    await noViolations(page, 'after deleting the draft');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a complaint for a child, with the proof and a document attached, a conditional question and a rejected file (en)', async () => {
  const { context, page, errors } = await open(browser, '/en/services/complaint-about-personal-data/apply/1');
  await started(page);
  await page.getByRole('textbox', { name: 'Full name' }).fill('Jānis Bērziņš');
  await page.getByRole('textbox', { name: /Personal code/ }).fill('123');
  await page.getByRole('textbox', { name: 'E-mail address' }).fill('janis@example');
  assert.equal(await page.getByRole('combobox', { name: 'Country' }).inputValue(), 'LV', 'Latvia preselected');
  await page.getByRole('textbox', { name: 'Address line 1' }).fill('Brīvības iela 1-2');
  await page.getByRole('textbox', { name: 'Town or municipality' }).fill('Rīga');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('1050');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert');
  await summary.waitFor();
  // Each rule says what is wrong: the personal code, the e-mail, the postcode.
  assert.equal(await summary.getByRole('link').count(), 3);
  await noViolations(page, 'complaint errors');
  await page.getByRole('textbox', { name: /Personal code/ }).fill('');
  await page.getByRole('textbox', { name: 'E-mail address' }).fill('janis@example.lv');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('LV-1050');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/2$/);

  // For his child: whom, how, and the proof; nothing else is asked.
  await page.getByRole('radio', { name: /^For someone I represent/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await summary.waitFor();
  assert.equal(await summary.getByRole('link').count(), 3, 'how, whom and the proof');
  await noViolations(page, 'representation errors');
  await page.getByRole('radio', { name: "I am the child's parent" }).check();
  await page.getByRole('textbox', { name: 'Full name of the person you represent' }).fill('Mārtiņš Bērziņš');
  const proof = page.getByLabel('A document that proves you represent them');
  await proof.setInputFiles({ name: 'birth certificate.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% birth\n') });
  await page.getByRole('button', { name: 'Remove birth certificate.pdf' }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: /organisation/i }).count(), 0, 'no organisation asked for a parent');
  await noViolations(page, 'representation');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/3$/);

  await page.getByRole('textbox', { name: "The controller's name" }).fill('SIA Piemērs');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/4$/);
  await page.getByRole('textbox', { name: 'Describe what happened' }).fill('The shop published my address on its website.');
  await page.getByLabel('When did it happen?').fill('2026-10-01');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/5$/);
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  const details = page.getByRole('textbox', { name: /How and when did you contact/ });
  await details.waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await summary.waitFor();
  assert.equal(await details.getAttribute('aria-invalid'), 'true', 'the revealed question is required');
  await details.fill('I wrote to them on 2 October; they did not answer.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/6$/);
  await page.getByRole('textbox', { name: 'What are you asking us to do?' }).fill('Please make them remove it.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/7$/);

  const files = page.getByLabel(/Documents/);
  await files.setInputFiles({ name: 'virus.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await page.getByText(/virus\.exe/).first().waitFor();
  assert.equal(await files.getAttribute('aria-invalid'), 'true');
  await files.setInputFiles({ name: 'request to the controller.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% test\n') });
  const remove = page.getByRole('button', { name: 'Remove request to the controller.pdf' });
  await remove.waitFor();
  assert.equal(await page.getByText('birth certificate.pdf').count(), 0, 'each field lists its own files');
  await noViolations(page, 'attachments');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await page.getByText('request to the controller.pdf').waitFor();
  await page.getByText('birth certificate.pdf').waitFor();
  await page.getByText('Mārtiņš Bērziņš').waitFor();
  await page.getByRole('checkbox', { name: 'I confirm the information is correct to the best of my knowledge' }).check();
  await page.getByRole('button', { name: 'Send' }).click();
  const reference = await confirmation(page);
  const record = stored(reference);
  assert.equal(record?.form, 'complaint');
  assert.equal(record?.answers?.postcode, 'LV-1050');
  assert.equal(record?.answers?.country, 'LV');
  assert.equal(record?.answers?.applicant, 'representative');
  assert.equal(record?.answers?.representation, 'parent');
  assert.equal(record?.answers?.['represented-name'], 'Mārtiņš Bērziņš');
  assert.deepEqual(record?.answers?.declaration, ['confirmed']);
  assert.deepEqual(record?.attachments?.map((a) => a.name).sort(), ['birth certificate.pdf', 'request to the controller.pdf']);
  // The copy of what was sent names the files that went with it.
  const copy = page.getByRole('region', { name: 'A copy of what you sent' });
  await copy.getByText('request to the controller.pdf').waitFor();
  await copy.getByText('birth certificate.pdf').waitFor();
  assert.deepEqual(errors.filter((e) => !e.includes('422')), []);
  await context.close();
});

test('with the backend down: told plainly, other ways offered, draft kept, sent once when back (lv)', async () => {
  const { context, page } = await open(browser, '/lv/pakalpojumi/atsauksme-par-apkalposanu/pieteikums/1');
  await page.getByRole('radio', { name: 'Mūsu tīmekļvietne' }).check();
  await page.getByRole('radio', { name: 'Labi', exact: true }).check();
  await page.getByRole('textbox', { name: /Kas bija labi/ }).fill('Skaidri teksti un ātra lapa.');
  await page.getByRole('button', { name: 'Turpināt' }).click();
  await page.waitForURL(/\/2$/);
  await page.getByRole('radio', { name: 'Nē, atbilde nav vajadzīga' }).check();
  await page.getByRole('button', { name: 'Turpināt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Pārbaudiet savas atbildes' }).waitFor();

  // Every attempt fails as if the network were down.
  let attempts = 0;
  await page.route('**/api/submissions', (route) => { attempts += 1; return route.abort('connectionrefused'); });
  await page.getByRole('button', { name: 'Nosūtīt' }).click();
  await page.getByRole('heading', { name: 'Mēs nevarējām nosūtīt jūsu pieteikumu' }).waitFor({ timeout: 30000 });
  assert.ok(attempts >= 2, `retried (${attempts} attempts)`);
  // Focus is on the message that says so, which puts it down to our system.
  await page.waitForFunction((id) => document.activeElement?.id === id, 'send-failed', { timeout: 3000 });
  await page.getByText(/Mūsu sistēma šobrīd neatbild/).waitFor();
  const text = await page.getByRole('textbox', { name: /teksta veidā/ }).inputValue();
  assert.match(text, /Skaidri teksti un ātra lapa\./);
  const mail = await page.getByRole('main').getByRole('link', { name: /pasts@dvi\.gov\.lv/ }).getAttribute('href');
  assert.match(mail, /^mailto:pasts@dvi\.gov\.lv\?subject=.+&body=.+Skaidri/);
  await noViolations(page, 'sending failed');

  // A reload keeps the answers.
  await page.reload();
  await page.getByText('Skaidri teksti un ātra lapa.').waitFor();

  // The backend is back, but the answer to the first attempt is lost on the way: the record
  // exists, the person sees a failure, and the retry must not make a second one.
  await page.unroute('**/api/submissions');
  let lost = null;
  await page.route('**/api/submissions', async (route) => {
    if (lost === null) {
      const response = await route.fetch();
      lost = (await response.json()).reference;
      return route.abort('connectionreset');
    }
    return route.continue();
  });
  await page.getByRole('button', { name: 'Nosūtīt' }).click();
  const reference = await confirmation(page);
  assert.ok(lost, 'the first attempt reached the backend');
  assert.equal(reference, lost, 'the retry got the same submission back, not a second one');
  assert.equal(stored(reference)?.form, 'feedback');
  await context.close();
});

test('offline: the message that says so takes focus and names the person\'s own connection (en)', async () => {
  const { context, page } = await open(browser, '/en/services/feedback-on-our-service/apply/1');
  await feedbackToCheck(page);
  await context.setOffline(true);
  await tabTo(page, page.getByRole('button', { name: 'Send' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'We could not send your submission' }).waitFor({ timeout: 30000 });
  await page.waitForFunction((id) => document.activeElement?.id === id, 'send-failed', { timeout: 3000 }); // 'focus on the message, not the body'
  await page.getByText(/Your device is not connected to the internet, so your submission/).waitFor();
  assert.equal(await page.getByText(/Our system is not answering/).count(), 0);
  await noViolations(page, 'offline');
  // Tab goes on from the message: to its Try again.
  await page.keyboard.press('Tab');
  assert.match(await focusedName(page), /Try again/);
  // Back online, it is sent by itself, once.
  await context.setOffline(false);
  assert.equal(stored(await confirmation(page))?.form, 'feedback');
  await context.close();
});

test('two files of the same name: each its own row, and a refused file\'s message takes focus (en)', async () => {
  const { context, page, errors } = await open(browser, '/en/services/complaint-about-personal-data/apply/7');
  const files = page.getByLabel(/Documents/);
  await files.setInputFiles({ name: 'virus.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await page.getByText(/virus\.exe/).first().waitFor();
  await page.waitForFunction((id) => document.activeElement?.id === id, 'field-documents-error', { timeout: 3000 }); // 'focus on why it was refused'
  // Both uploads held until both are on their way.
  const held = [];
  await page.route('**/api/attachments', (route) => { held.push(route); });
  const pdf = (text) => ({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${text}\n`) });
  await files.setInputFiles([pdf('one'), pdf('two')]);
  while (held.length < 2) await new Promise((r) => setTimeout(r, 50));
  assert.equal(await page.getByRole('progressbar').count(), 2, 'a row for each upload');
  await held[0].continue();
  await page.getByRole('button', { name: 'Remove scan.pdf' }).first().waitFor();
  assert.equal(await page.getByRole('progressbar').count(), 1, 'the other still on its way');
  await held[1].continue();
  await page.waitForFunction(() => document.querySelectorAll('progress').length === 0);
  assert.equal(await page.getByRole('button', { name: 'Remove scan.pdf' }).count(), 2, 'both uploaded');
  assert.deepEqual(errors, []);
  await context.close();
});

test('over the backend\'s limit per client: retried as Retry-After says, then told plainly to wait (en)', async () => {
  const { context, page } = await open(browser, '/en/services/feedback-on-our-service/apply/1');
  await feedbackToCheck(page);
  let attempts = 0;
  await page.route('**/api/submissions', (route) => {
    attempts += 1;
    return route.fulfill({ status: 429, headers: { 'Retry-After': '1', 'Content-Type': 'application/json' }, body: '{"error":"too_many_requests"}' });
  });
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByText(/Too many submissions have come from your connection/).waitFor({ timeout: 30000 });
  assert.equal(attempts, 4, 'every attempt was made before giving up');
  await page.waitForFunction((id) => document.activeElement?.id === id, 'send-failed', { timeout: 3000 }); // 'focus on the message'
  await page.getByText(/Wait a minute and try again/).waitFor();
  await noViolations(page, 'limited by the backend');
  // The limit is over: trying again sends it.
  await page.unroute('**/api/submissions');
  await page.getByRole('button', { name: 'Try again' }).click();
  assert.equal(stored(await confirmation(page))?.form, 'feedback');
  await context.close();
});

test('a key the backend already knows with other answers (409): sent again under a new key, once; twice, told with focus (en)', async () => {
  const { context, page } = await open(browser, '/en/services/feedback-on-our-service/apply/1');
  await feedbackToCheck(page);
  const conflict = { status: 409, contentType: 'application/json', body: '{"error":"conflict"}' };
  const keys = [];
  await page.route('**/api/submissions', (route) => {
    keys.push(route.request().headers()['idempotency-key']);
    return route.fulfill(conflict);
  });
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { name: 'We could not send your submission' }).waitFor({ timeout: 30000 });
  await page.waitForFunction((id) => document.activeElement?.id === id, 'send-failed', { timeout: 3000 }); // 'focus on the message'
  assert.equal(keys.length, 2, 'one more attempt, under a new key');
  assert.ok(keys[0] && keys[1] && keys[0] !== keys[1], `a new key (${keys})`);
  await noViolations(page, 'conflict');
  // Once only: the second key is taken.
  await page.unroute('**/api/submissions');
  let first = true;
  await page.route('**/api/submissions', (route) => {
    keys.push(route.request().headers()['idempotency-key']);
    if (first) {
      first = false;
      return route.fulfill(conflict);
    }
    return route.continue();
  });
  await page.getByRole('button', { name: 'Try again' }).click();
  assert.equal(stored(await confirmation(page))?.form, 'feedback');
  assert.equal(keys.length, 4);
  assert.notEqual(keys[2], keys[3]);
  await context.close();
});

test('an appeal and a visit request reach the backend (en, lv)', async () => {
  const { context, page } = await open(browser, '/en/services/contest-a-decision/apply/1');
  await page.getByRole('heading', { name: 'Time limits' }).waitFor();
  await page.getByRole('radio', { name: /A decision/ }).check();
  await page.getByRole('textbox', { name: 'Decision number' }).fill('2.1-3/45');
  await page.getByLabel('Date of the decision').fill('2026-11-01');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/2$/);
  await page.getByRole('textbox', { name: 'What exactly are you contesting?' }).fill('The refusal to examine my complaint.');
  await page.getByRole('textbox', { name: /Why do you think/ }).fill('The controller did process my data.');
  await page.getByRole('textbox', { name: /What are you asking the director/ }).fill('Revoke the refusal.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/3$/);
  await page.getByRole('textbox', { name: 'Full name' }).fill('Ilze Kalniņa');
  await page.getByRole('textbox', { name: /Personal code/ }).fill('290156-11605');
  await page.getByRole('textbox', { name: 'E-mail address' }).fill('ilze@example.lv');
  await page.getByRole('textbox', { name: /Phone number/ }).fill('+371 29 123 456');
  await page.getByRole('textbox', { name: 'Address line 1' }).fill('Elizabetes iela 2');
  await page.getByRole('textbox', { name: 'Town or municipality' }).fill('Rīga');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('LV-1010');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/4$/);
  await page.getByRole('radio', { name: /^For myself/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/5$/);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('checkbox', { name: 'I confirm the information is correct to the best of my knowledge' }).check();
  await page.getByRole('button', { name: 'Send' }).click();
  const appeal = stored(await confirmation(page));
  assert.equal(appeal?.answers?.phone, '+37129123456');
  assert.equal(appeal?.answers?.['personal-code'], '290156-11605');

  await page.goto(`${new URL(page.url()).origin}/lv/pakalpojumi/pieteikt-apmeklejumu/pieteikums/1`);
  await page.getByRole('textbox').first().fill('Vēlos pārrunāt videonovērošanu mājā.');
  await page.getByRole('button', { name: 'Turpināt' }).click();
  await page.waitForURL(/\/2$/);
  await page.getByRole('checkbox', { name: 'Otrdiena' }).check();
  await page.getByRole('checkbox', { name: 'Ceturtdiena' }).check();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Turpināt' }).click();
  await page.waitForURL(/\/3$/);
  await page.getByRole('radio', { name: 'Jā', exact: true }).check();
  await page.getByRole('textbox').first().fill('Pārvietojos ratiņkrēslā.');
  await page.getByRole('button', { name: 'Turpināt' }).click();
  await page.waitForURL(/\/4$/);
  await page.getByRole('textbox', { name: 'Vārds, uzvārds' }).fill('Pēteris Ozols');
  await page.getByRole('textbox', { name: /Tālruņa numurs|Tālrunis/ }).fill('67223131');
  await page.getByRole('button', { name: 'Turpināt' }).click();
  await noViolations(page, 'visit check');
  await page.getByRole('button', { name: 'Nosūtīt' }).click();
  const visit = stored(await confirmation(page));
  assert.deepEqual(visit?.answers?.days, ['tuesday', 'thursday']);
  await context.close();
});

// Every other form in both languages by keyboard alone, driven by the forms' own words: the
// labels are read from locales/*/forms.ftl, so the test finds each field as a screen reader
// user would, by its name.
for (const [form, plan] of Object.entries(plans)) {
  for (const lang of ['lv', 'en']) {
    test(`the ${form} form by keyboard alone (${lang})`, async () => {
      const service = lang === 'lv' ? `/lv/pakalpojumi/${plan.slug.lv}` : `/en/services/${plan.slug.en}`;
      const { context, page, errors } = await open(browser, service);
      await tabTo(page, page.getByRole('link', { name: ftl[lang]['form-start'] }));
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/1$/);
      for (const [index, answers] of plan.steps.entries()) {
        await page.waitForURL(new RegExp(`/${index + 1}$`));
        await page.getByRole('heading', { level: 1 }).waitFor();
        await noViolations(page, `${form} step ${index + 1}`);
        if (answers.length > 0) {
          // Continue with the step unanswered: the summary takes focus; no violations then either.
          await tabTo(page, page.getByRole('button', { name: ftl[lang]['form-continue'] }));
          await page.keyboard.press('Enter');
          await page.getByRole('alert').waitFor();
          const problem = new RegExp(lang === 'lv' ? 'Radās problēma' : 'There is a problem');
          assert.match(await focusMatching(page, problem), problem);
          await noViolations(page, `${form} step ${index + 1}, errors`);
          // GOV.UK: the title says there is an error first ("Kļūda: " / "Error: ").
          assert.ok((await page.title()).startsWith(`${ftl[lang]['error-prefix']} `), `${form} step ${index + 1}: ${await page.title()}`);
        }
        for (const [field, value] of answers) await answerByKeyboard(page, page, lang, form, field, value);
        await tabTo(page, page.getByRole('button', { name: ftl[lang]['form-continue'] }));
        await page.keyboard.press('Enter');
      }
      await page.getByRole('heading', { level: 1, name: ftl[lang]['form-check-title'] }).waitFor();
      assert.ok(!(await page.title()).startsWith(ftl[lang]['error-prefix']), 'a page without errors has its plain title');
      await noViolations(page, `${form} check`);
      if (plan.declaration) {
        // Not sent without the declaration: the summary links to it, on this page.
        await tabTo(page, page.getByRole('button', { name: ftl[lang]['form-send'] }));
        await page.keyboard.press('Enter');
        await page.getByRole('alert').waitFor();
        assert.ok((await page.title()).startsWith(`${ftl[lang]['error-prefix']} `), `${form} check: ${await page.title()}`);
        await noViolations(page, `${form} check, no declaration`);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        const confirm = page.getByRole('checkbox', { name: ftl[lang]['field-declaration-confirmed'] });
        assert.match(await focusMatching(page, /^input/), /^input/);
        await page.keyboard.press('Space');
        assert.ok(await confirm.isChecked(), 'the declaration, by keyboard');
      }
      await tabTo(page, page.getByRole('button', { name: ftl[lang]['form-send'] }));
      await page.keyboard.press('Enter');
      const record = stored(await confirmation(page));
      await noViolations(page, `${form} confirmation`);
      assert.equal(record?.form, form);
      assert.equal(record?.lang, lang);
      for (const [field, value] of Object.entries(plan.expect)) {
        assert.deepEqual(record?.answers?.[field], value, field);
      }
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test("the backend's field errors come back onto the fields (en)", async () => {
  const { context, page } = await open(browser, '/en/services/ask-a-question/apply/1');
  await page.getByRole('radio', { name: 'Something else' }).check();
  await page.getByRole('textbox', { name: 'Your question' }).fill('May a shop keep my ID card copy?');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/2$/);
  await page.getByRole('textbox', { name: 'Full name' }).fill('Anna Liepa');
  await page.getByRole('radio', { name: 'By e-mail' }).check();
  await page.getByRole('textbox', { name: /E-mail address/ }).fill('anna@example.lv');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  // The inspectorate's system refuses the address (say its mail server knows it bounces).
  await page.route('**/api/submissions', (route) => route.fulfill({
    status: 422, contentType: 'application/json', body: JSON.stringify({ error: 'invalid', fields: [{ field: 'email', code: 'email_invalid' }] }),
  }));
  await page.getByRole('button', { name: 'Send' }).click();
  const summary = page.getByRole('alert');
  await summary.waitFor();
  assert.match(await focusMatching(page, /There is a problem/), /There is a problem/);
  await noViolations(page, 'refused by the backend');
  await summary.getByRole('link').click();
  await page.waitForURL(/\/2(#.*)?$/);
  await started(page);
  const email = page.getByRole('textbox', { name: /E-mail address/ });
  assert.equal(await email.getAttribute('aria-invalid'), 'true', 'the field the backend named is marked');
  await page.unroute('**/api/submissions');
  await email.fill('anna.liepa@example.lv');
  assert.equal(await email.getAttribute('aria-invalid'), null, 'correcting it clears the mark');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Send' }).click();
  const record = stored(await confirmation(page));
  assert.equal(record?.answers?.email, 'anna.liepa@example.lv');
  await context.close();
});

test('switching language mid-form keeps the step and the answers', async () => {
  const { context, page } = await open(browser, '/lv/pakalpojumi/jautajums-vai-konsultacija/pieteikums/1');
  await page.getByRole('radio', { name: 'Kas cits' }).check();
  await page.getByRole('textbox', { name: 'Jūsu jautājums' }).fill('Vai drīkst?');
  await page.getByRole('button', { name: 'Turpināt' }).click();
  await page.waitForURL(/\/2$/);
  await page.getByRole('textbox', { name: 'Vārds, uzvārds' }).fill('Anna Liepa');
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL('**/en/services/ask-a-question/apply/2');
  // A new page: its island reads the draft once it has started.
  await started(page);
  assert.equal(await page.getByRole('textbox', { name: 'Full name' }).inputValue(), 'Anna Liepa');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.getByRole('link', { name: 'Back' }).click();
  await page.waitForURL(/\/1$/);
  await started(page);
  assert.ok(await page.getByRole('radio', { name: 'Something else' }).isChecked());
  assert.equal(await page.getByRole('textbox', { name: 'Your question' }).inputValue(), 'Vai drīkst?');
  await page.getByRole('button', { name: 'Delete my draft' }).click();
  await page.getByRole('status').filter({ hasText: /deleted/i }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Your question' }).inputValue(), '');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'deleting the draft empties the storage');
  await context.close();
});

// Signing, as the inspectorate asks of a complaint: the check page saved as a PDF document
// (the browser's print, as Chromium's "Save as PDF" writes it) holds every answer, whom it is
// to and the date, with Latvian letters intact; then the signed .edoc is attached to the same
// submission, a malformed one refused, and the confirmation says the signed document came.
for (const lang of ['lv', 'en']) {
  test(`a complaint saved as a PDF, signed, and sent with its .edoc (${lang})`, async () => {
    const plan = plans.complaint;
    const base = lang === 'lv' ? `/lv/pakalpojumi/${plan.slug.lv}/pieteikums` : `/en/services/${plan.slug.en}/apply`;
    const { context, page, errors } = await open(browser, `${base}/1`);
    for (const [index, answers] of plan.steps.entries()) {
      await page.waitForURL(new RegExp(`/${index + 1}$`));
      await started(page);
      for (const [field, value] of answers) await answerByKeyboard(page, page, lang, 'complaint', field, value);
      await page.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
    }
    await page.getByRole('heading', { level: 1, name: ftl[lang]['form-check-title'] }).waitFor();
    await started(page);
    await page.getByRole('heading', { name: ftl[lang]['form-sign-heading'] }).waitFor();
    assert.ok(await page.getByRole('button', { name: ftl[lang]['form-sign-save'] }).isVisible());
    await noViolations(page, 'check answers with signing');

    const dir = mkdtempSync(join(tmpdir(), 'dvi-pdf-'));
    const file = join(dir, 'submission.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const [, value] of plan.steps.flat()) {
      const shown = value.choose ? ftl[lang][`field-applicant-${value.choose}`] ?? ftl[lang][`form-complaint-contacted-${value.choose}`]
        : value.select ? countries[value.select][lang]
          : value.date ? null : value;
      if (shown) assert.ok(text.includes(shown.replace(/\s+/g, ' ')), `the PDF has ${shown}: ${text}`);
    }
    assert.ok(text.includes(lang === 'lv' ? 'Datu valsts inspekcija' : 'Data State Inspectorate'), 'whom it is to');
    assert.ok(text.includes('Invalidenstraße 1') && text.includes(lang === 'lv' ? 'Vācija' : 'Germany'));
    assert.ok(!text.includes(ftl[lang]['form-sign-heading']) && !text.includes(ftl[lang]['form-send']), 'no controls in the document');
    const today = new Intl.DateTimeFormat(lang === 'lv' ? 'lv' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Riga' }).format(new Date());
    assert.ok(text.includes(today), `the date, ${today}: ${text}`);

    // The signed container goes with the same submission: a malformed one is refused first.
    await page.goto(`${new URL(page.url()).origin}${base}/${plan.steps.length}`);
    await started(page);
    const files = page.getByLabel(new RegExp(ftl[lang]['field-documents-label']));
    const mime = 'application/vnd.etsi.asic-e+zip';
    await files.setInputFiles({ name: 'bad.edoc', mimeType: mime, buffer: storedZip([['readme.txt', 'not signed']]) });
    await page.getByText(ftl[lang]['error-signed-container-invalid']).first().waitFor();
    assert.equal(await files.getAttribute('aria-invalid'), 'true');
    const signed = storedZip([['mimetype', mime], ['submission.pdf', '%PDF-1.7'], ['META-INF/signatures0.xml', '<asic:XAdESSignatures/>']]);
    await files.setInputFiles({ name: 'sūdzība.edoc', mimeType: mime, buffer: signed });
    await page.getByRole('button', { name: new RegExp('sūdzība\\.edoc') }).waitFor();
    await noViolations(page, 'a signed container attached');
    await page.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
    await page.getByRole('heading', { level: 1, name: ftl[lang]['form-check-title'] }).waitFor();
    await page.getByRole('checkbox', { name: ftl[lang]['field-declaration-confirmed'] }).check();
    await page.getByRole('button', { name: ftl[lang]['form-send'] }).click();
    const record = stored(await confirmation(page));
    await page.getByText(ftl[lang]['form-sent-signed']).waitFor();
    await noViolations(page, 'confirmation of a signed complaint');
    assert.deepEqual(record?.attachments?.map((a) => [a.name, a.kind]), [['sūdzība.edoc', 'edoc']]);
    assert.equal(record?.answers?.country, 'DE');
    assert.deepEqual(errors.filter((e) => !e.includes('422')), []);
    await context.close();
  });
}
