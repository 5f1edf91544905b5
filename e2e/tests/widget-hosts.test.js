// The widget as a page of www.dvi.gov.lv would have it: on a host page of another origin, under
// a strict Content-Security-Policy that names only the self-service host, styled by a design
// system of its own (GOV.UK Frontend, Bootstrap: their stylesheets as published). In both
// languages a question is completed inside the widget by keyboard alone, to a reference in
// the backend's database; nothing breaks the policy, the widget passes axe, and it looks as the
// site does, whatever the host's styles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { BASE, HOST, launch, open, hostPage, axe, tabTo, focusMatching, ftl, plans, answerByKeyboard, stored } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const HOSTS = {
  'GOV.UK Frontend': {
    styles: ['govuk-frontend/dist/govuk/govuk-frontend.min.css'],
    // Its typeface, which its stylesheet loads from the host.
    files: Object.fromEntries(readdirSync(new URL('../node_modules/govuk-frontend/dist/govuk/assets/fonts/', import.meta.url))
      .map((font) => [`/assets/fonts/${font}`, `govuk-frontend/dist/govuk/assets/fonts/${font}`])),
    body: (widget) => `<div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
      <h1 class="govuk-heading-xl">Data State Inspectorate</h1><p class="govuk-body">Ask us online.</p>
      <h2 class="govuk-heading-l">Ask a question</h2>${widget}</main></div>`,
  },
  Bootstrap: {
    styles: ['bootstrap/dist/css/bootstrap.min.css'],
    body: (widget) => `<main class="container py-4"><h1 class="display-5">Data State Inspectorate</h1><p class="lead">Ask us online.</p>
      <h2 class="h3">Ask a question</h2><div class="card"><div class="card-body">${widget}</div></div></main>`,
  },
};

const steps = (lang) => ({
  lv: { start: `/lv/pakalpojumi/${plans.question.slug.lv}`, sent: 'Jūsu pieteikums ir saņemts' },
  en: { start: `/en/services/${plans.question.slug.en}`, sent: 'We have received your submission' },
})[lang];

/** The computed styles that make a page look as it does, of the first of each role. */
const look = (scope) => Promise.all([
  scope.getByRole('heading', { level: 1 }), scope.getByRole('button', { name: /Turpināt|Continue/ }), scope.getByRole('radio').first(),
].map((el) => el.evaluate((node) => {
  const cs = getComputedStyle(node);
  return ['fontFamily', 'fontSize', 'fontWeight', 'lineHeight', 'color', 'backgroundColor', 'paddingTop', 'height'].map((p) => cs[p]).join(' ');
})));

for (const [name, host] of Object.entries(HOSTS)) {
  for (const lang of ['lv', 'en']) {
    test(`on a host page of another origin styled with ${name}, under a strict policy: a question sent by keyboard (${lang})`, async () => {
      const widget = `<dvi-self-service view="form:question" lang="${lang}" heading-level="3"><a href="${BASE}${steps(lang).start}">${ftl[lang]['form-question-title']}</a></dvi-self-service>`;
      const { context, page, errors, requests, url } = await hostPage(browser, host.body(widget), { lang, styles: host.styles, files: host.files });
      const scope = page.locator('dvi-self-service');
      const h1 = scope.getByRole('heading', { level: 1 });
      await h1.waitFor();
      await page.waitForFunction(() => document.querySelector('dvi-self-service').shadowRoot.querySelector('.dvi-widget').dataset.islands === 'started');

      // As on the site, whatever the host's styles.
      const site = await open(browser, `${steps(lang).start}/${lang === 'lv' ? 'pieteikums' : 'apply'}/1`);
      assert.deepEqual(await look(scope), await look(site.page), 'the widget looks as the site');
      await site.context.close();
      assert.deepEqual(await axe(page), [], 'step 1');

      for (const answers of plans.question.steps) {
        for (const [field, value] of answers) await answerByKeyboard(page, scope, lang, 'question', field, value);
        const heading = await h1.textContent();
        await tabTo(page, scope.getByRole('button', { name: ftl[lang]['form-continue'] }));
        await page.keyboard.press('Enter');
        await focusMatching(page, new RegExp(`^h1: (?!${heading}$)`));
      }
      assert.equal(await h1.textContent(), ftl[lang]['form-check-title']);
      assert.deepEqual(await axe(page), [], 'check answers');
      await tabTo(page, scope.getByRole('button', { name: ftl[lang]['form-send'] }));
      await page.keyboard.press('Enter');
      await scope.getByRole('heading', { level: 1, name: steps(lang).sent }).waitFor();
      const reference = await scope.getByText(/^DVI-\d{4}-\d{6}$/).textContent();
      const saved = stored(reference);
      assert.equal(saved?.form, 'question');
      for (const [field, value] of Object.entries(plans.question.expect)) assert.equal(saved.answers[field], value, field);
      assert.equal(page.url(), url, 'the host page keeps its address');
      assert.deepEqual(requests.filter((url) => !url.startsWith(BASE) && !url.startsWith(HOST)), [], 'nothing from elsewhere');
      assert.deepEqual(errors, [], 'no policy broken, nothing in the console');
      await context.close();
    });
  }
}

test('in a widget, with no backend answering: told plainly, with the other ways; a new api-base counts at once, and the form goes once', async () => {
  const nowhere = `${BASE}/api/nowhere`;
  const { context, page, errors } = await hostPage(browser, `<h1>Host</h1><dvi-self-service view="form:feedback" lang="en" api-base="${nowhere}"><a href="${BASE}/en/">DVI</a></dvi-self-service>`);
  const scope = page.locator('dvi-self-service');
  await scope.getByRole('radio', { name: 'Our website' }).check();
  await scope.getByRole('radio', { name: 'Good', exact: true }).check();
  await scope.getByRole('button', { name: ftl.en['form-continue'] }).click();
  await scope.getByRole('radio', { name: 'No, I do not need an answer' }).check();
  await scope.getByRole('button', { name: ftl.en['form-continue'] }).click();
  await scope.getByRole('heading', { level: 1, name: ftl.en['form-check-title'] }).waitFor();
  await scope.getByRole('button', { name: ftl.en['form-send'] }).click();
  await scope.getByRole('heading', { name: ftl.en['form-send-failed-heading'] }).waitFor();
  assert.match(await focusMatching(page, /^section: We could not send/), /^section: We could not send/, 'the message takes focus');
  // The host page points the widget at the API: the next try goes there, and once.
  await scope.evaluate((el, api) => el.setAttribute('api-base', api), `${BASE}/api`);
  await scope.getByRole('button', { name: ftl.en['form-send-retry'] }).click();
  const shown = scope.getByText(/^DVI-\d{4}-\d{6}$/);
  await shown.waitFor();
  assert.equal(stored(await shown.textContent())?.form, 'feedback');
  assert.deepEqual(errors.filter((e) => !e.includes('404')), [], 'nothing in the console but the API not found');
  await context.close();
});

test('in a widget, a document is uploaded from the host page to the API, and listed to remove', async () => {
  const { context, page, errors } = await hostPage(browser, `<h1>Host</h1><dvi-self-service view="form:complaint" lang="en"><a href="${BASE}/en/">DVI</a></dvi-self-service>`);
  const scope = page.locator('dvi-self-service');
  await scope.getByRole('heading', { level: 1 }).waitFor();
  // The complaint's documents step, as Continue would show it.
  const step = `/en/services/${plans.complaint.slug.en}/apply/7`;
  await scope.evaluate((el, href) => el.shadowRoot.querySelector('.dvi-widget').dispatchEvent(new CustomEvent('dvi-go', { bubbles: true, detail: { href } })), step);
  const uploads = [];
  page.on('request', (r) => { if (r.method() === 'POST' && r.url() === `${BASE}/api/attachments`) uploads.push(r.url()); });
  await scope.getByLabel(new RegExp(ftl.en['field-documents-label'])).setInputFiles({ name: 'contract.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% test\n') });
  await scope.getByRole('button', { name: /contract\.pdf/ }).waitFor();
  assert.equal(uploads.length, 1, 'uploaded once');
  assert.deepEqual(errors, []);
  await context.close();
});
