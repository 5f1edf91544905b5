// The online forms against the reference backend: completed by keyboard alone to a reference
// number that is in the backend's database; GOV.UK error handling; attachments; and when the
// backend is down, a plain message, the other ways, a draft that survives a reload, and one
// submission only once it is back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, axe, tabTo, focusedName, focusMatching, ftl, plans, answerByKeyboard, stored, started } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function noViolations(page, where) {
  // On the page as it is once its islands have started (the draft read into it).
  await started(page);
  assert.deepEqual(await axe(page), [], where);
}

async function confirmation(page) {
  await page.waitForURL(/\?ref=DVI-/);
  const reference = new URL(page.url()).searchParams.get('ref');
  assert.match(reference, /^DVI-\d{4}-\d{6}$/);
  await page.getByText(reference).waitFor();
  return reference;
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

test('a complaint with an attachment, a conditional question and a rejected file (en)', async () => {
  const { context, page, errors } = await open(browser, '/en/services/complaint-about-personal-data/apply/1');
  await page.getByRole('textbox', { name: 'Full name' }).fill('Jānis Bērziņš');
  await page.getByRole('textbox', { name: /Personal code/ }).fill('123');
  await page.getByRole('textbox', { name: 'E-mail address' }).fill('janis@example');
  await page.getByRole('textbox', { name: 'Address', exact: true }).fill('Brīvības iela 1-2');
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

  await page.getByRole('textbox', { name: "The controller's name" }).fill('SIA Piemērs');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/3$/);
  await page.getByRole('textbox', { name: 'Describe what happened' }).fill('The shop published my address on its website.');
  await page.getByLabel('When did it happen?').fill('2026-10-01');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/4$/);
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  const details = page.getByRole('textbox', { name: /How and when did you contact/ });
  await details.waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await summary.waitFor();
  assert.equal(await details.getAttribute('aria-invalid'), 'true', 'the revealed question is required');
  await details.fill('I wrote to them on 2 October; they did not answer.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/5$/);
  await page.getByRole('textbox', { name: 'What are you asking us to do?' }).fill('Please make them remove it.');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/6$/);

  const files = page.getByLabel(/Documents/);
  await files.setInputFiles({ name: 'virus.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await page.getByText(/virus\.exe/).first().waitFor();
  assert.equal(await files.getAttribute('aria-invalid'), 'true');
  await files.setInputFiles({ name: 'request to the controller.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% test\n') });
  const remove = page.getByRole('button', { name: 'Remove request to the controller.pdf' });
  await remove.waitFor();
  await noViolations(page, 'attachments');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  await page.getByText('request to the controller.pdf').waitFor();
  await page.getByRole('button', { name: 'Send' }).click();
  const reference = await confirmation(page);
  const record = stored(reference);
  assert.equal(record?.form, 'complaint');
  assert.equal(record?.answers?.postcode, 'LV-1050');
  assert.deepEqual(record?.attachments?.map((a) => a.name), ['request to the controller.pdf']);
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
  await page.getByRole('textbox', { name: 'Address', exact: true }).fill('Elizabetes iela 2');
  await page.getByRole('textbox', { name: 'Town or municipality' }).fill('Rīga');
  await page.getByRole('textbox', { name: 'Postcode' }).fill('LV-1010');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/4$/);
  await page.getByRole('button', { name: 'Continue' }).click();
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
        }
        for (const [field, value] of answers) await answerByKeyboard(page, page, lang, form, field, value);
        await tabTo(page, page.getByRole('button', { name: ftl[lang]['form-continue'] }));
        await page.keyboard.press('Enter');
      }
      await page.getByRole('heading', { level: 1, name: ftl[lang]['form-check-title'] }).waitFor();
      await noViolations(page, `${form} check`);
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
