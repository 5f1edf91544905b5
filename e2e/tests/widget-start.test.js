// How the widget starts on a host page: its page painted before any wasm is fetched, and read
// as it comes; nothing a person does while its islands start is lost (as on the site:
// e2e/tests/islands.test.js); a widget far below the fold costs the host page nothing but
// embed.js until it is scrolled to; and a page without islands loads no wasm at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, hostPage, ftl, labelOf, plans } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const STEP = { lv: `/lv/pakalpojumi/${plans.complaint.slug.lv}/pieteikums`, en: `/en/services/${plans.complaint.slug.en}/apply` };
const widget = (view, lang) => `<dvi-self-service view="${view}" lang="${lang}"><a href="${BASE}/${lang}/">DVI</a></dvi-self-service>`;
const frame = (page) => page.evaluate(() => document.querySelector('dvi-self-service').shadowRoot?.querySelector('.dvi-widget')?.dataset.islands ?? null);

for (const lang of ['lv', 'en']) {
  test(`the widget's page is painted before its wasm comes, and what is done meanwhile is kept (${lang})`, async () => {
    // The wasm held back until released.
    let release;
    const arrived = new Promise((r) => { release = r; });
    const { context, page, errors, requests, url } = await hostPage(browser, `<h1>Host</h1>${widget('form:complaint', lang)}`, {
      lang,
      before: (p) => p.route('**/*_bg.wasm', async (route) => { await arrived; await route.continue(); }),
    });
    const scope = page.locator('dvi-self-service');
    const name = scope.getByRole('textbox', { name: labelOf(lang, 'complaint', 'full-name') });
    await name.waitFor();
    assert.equal(await frame(page), null, 'painted, and not started');
    // Typed, and Continue pressed, before the start.
    await name.fill('Anna Liepa');
    await scope.getByRole('textbox', { name: labelOf(lang, 'complaint', 'email') }).fill('anna@example.lv');
    await scope.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
    assert.equal(await scope.getByRole('alert').count(), 0, 'nothing happens before the start');
    await name.evaluate((el) => { window.typedInto = el; });
    release();
    await page.waitForFunction(() => document.querySelector('dvi-self-service').shadowRoot.querySelector('.dvi-widget')?.dataset.islands === 'started');
    // The Continue pressed is carried out: the answers given are checked, the others said.
    await scope.getByRole('alert').waitFor();
    assert.ok(await name.evaluate((el) => el === window.typedInto), 'the same field, not drawn anew');
    assert.equal(await name.inputValue(), 'Anna Liepa');
    assert.equal(await name.getAttribute('aria-invalid'), null, 'what was given is taken');
    assert.equal(await scope.getByRole('textbox', { name: labelOf(lang, 'complaint', 'email') }).getAttribute('aria-invalid'), null);
    assert.equal(page.url(), url, 'posted nowhere');
    assert.ok(requests.some((url) => url.endsWith('_bg.wasm')));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('a widget far below the fold fetches nothing but embed.js until it is scrolled to', async () => {
  const spacer = `<h1>Host</h1>${'<p>A long page of the host.</p>'.repeat(300)}`;
  const { context, page, requests, url } = await hostPage(browser, `${spacer}${widget('form:complaint', 'lv')}`, { lang: 'lv' });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const ours = () => requests.filter((url) => url.startsWith(BASE));
  assert.deepEqual(ours(), [`${BASE}/widget/embed.js`], 'only the element');
  await page.locator('dvi-self-service').scrollIntoViewIfNeeded();
  await page.locator('dvi-self-service').getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelector('dvi-self-service').shadowRoot.querySelector('.dvi-widget')?.dataset.islands === 'started');
  assert.ok(ours().some((url) => url.startsWith(`${BASE}${STEP.lv}`)), 'its page once near');
  assert.ok(ours().some((url) => url.endsWith('_bg.wasm')), 'and its islands');
  await context.close();
});

test('a widget showing a page without islands loads no wasm, nor the loader', async () => {
  const { context, page, requests, url } = await hostPage(browser, `<h1>Host</h1>${widget('service:complaint', 'en')}`);
  const scope = page.locator('dvi-self-service');
  await scope.getByRole('heading', { level: 1, name: 'Complaint about the processing of personal data' }).waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requests.filter((url) => /\.wasm$|\/start-[0-9a-f]+\.js$/.test(url)), []);
  // Its links open inside (the form, which has islands, then starts them).
  await scope.getByRole('link', { name: ftl.en['form-start'] }).click();
  await scope.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  await page.waitForFunction(() => document.querySelector('dvi-self-service').shadowRoot.querySelector('.dvi-widget')?.dataset.islands === 'started');
  assert.equal(page.url(), url);
  await context.close();
});
