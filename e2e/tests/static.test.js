// The pre-rendered pages: without JavaScript every page reads, its links and the language
// switch work, unknown addresses say so with a 404, and the form pages give the other ways to
// send; with JavaScript the islands start showing the very same text, with no console error,
// and pages without islands fetch no script at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Every page reachable by links from both home pages, read without JavaScript. */
async function crawlWithoutScript() {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const seen = new Set();
  const queue = ['/lv/', '/en/'];
  const pages = [];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(BASE + path);
    const links = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('#')[0].split('?')[0]));
    for (const href of links) if (href && !seen.has(href)) queue.push(href);
    pages.push({
      path,
      status: response.status(),
      lang: await page.locator('html').getAttribute('lang'),
      title: await page.title(),
      h1: await page.getByRole('heading', { level: 1 }).allTextContents(),
      switchTo: await page.locator('a[hreflang]').getAttribute('href'),
      noscript: await page.getByRole('heading', { level: 2, name: /JavaScript/ }).count(),
      mail: await page.locator('a[href^="mailto:"]').count(),
      scriptOff: await page.getByText(/JavaScript, (which is turned off|kas jūsu pārlūkprogrammā ir izslēgts)/).filter({ visible: true }).count(),
    });
  }
  await context.close();
  return pages;
}

test('without JavaScript every page reads, its links and the language switch work', async () => {
  const pages = await crawlWithoutScript();
  // (A form's later steps are reached by its Continue button, not by links.)
  for (const lang of ['lv', 'en']) {
    assert.ok(pages.filter((p) => p.path.startsWith(`/${lang}/`)).length >= 25, `only ${pages.length} pages reached by links`);
  }
  const paths = new Set(pages.map((p) => p.path));
  for (const p of pages) {
    assert.equal(p.status, 200, `${p.path}: status`);
    assert.equal(p.h1.length, 1, `${p.path}: one h1`);
    assert.ok(p.title.startsWith(p.h1[0].trim()), `${p.path}: title "${p.title}" names the h1`);
    assert.equal(p.lang, p.path.startsWith('/en/') ? 'en' : 'lv', `${p.path}: lang`);
    assert.ok(p.switchTo && paths.has(p.switchTo), `${p.path}: the language switch leads to ${p.switchTo}, a page that reads`);
    const switched = pages.find((q) => q.path === p.switchTo);
    assert.notEqual(switched.lang, p.lang, `${p.path}: the switch changes the language`);
    if (/\/(pieteikums|apply)\/(\d+|parbaude|check)$/.test(p.path)) {
      assert.equal(p.noscript, 1, `${p.path}: says the form needs JavaScript`);
      assert.ok(p.mail >= 1, `${p.path}: offers e-mail`);
    }
  }
  assert.ok(pages.some((p) => /\/(pieteikums|apply)\/1$/.test(p.path)), 'form pages were reached');
  // The catalogue's search and the channel guide say that they need it, and where all is listed.
  for (const path of ['/lv/pakalpojumi', '/en/services', '/lv/sazina', '/en/contact']) {
    assert.equal(pages.find((p) => p.path === path)?.scriptOff, 1, `${path}: says what needs JavaScript`);
  }
});

for (const [lang, path, heading] of [
  ['lv', '/lv/pakalpojumi/sudziba-par-personas-datu-apstradi/pieteikums/1', 'Nosūtiet to citā veidā'],
  ['en', '/en/services/complaint-about-personal-data/apply/1', 'Send it another way'],
]) {
  test(`without JavaScript a form's Continue puts no answer into any address (${lang})`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(BASE + path);
    // Every field a person can type in, each with words of its own.
    const values = [];
    const boxes = page.getByRole('textbox');
    for (let i = 0; i < await boxes.count(); i++) {
      const value = `Qz${i}vārds Bērziņš${i}`;
      await boxes.nth(i).fill(value);
      values.push(value, encodeURIComponent(value), `Qz${i}`);
    }
    assert.ok(values.length >= 9, 'the step has fields to fill');
    await page.getByRole('button', { name: lang === 'lv' ? 'Turpināt' : 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    assert.equal(new URL(page.url()).search, '', 'no query');
    assert.ok(await page.getByRole('link', { name: /pasts@dvi\.gov\.lv/ }).count() >= 1, 'the other ways');
    for (const url of requests) {
      for (const value of values) assert.ok(!url.includes(value) && !decodeURIComponent(url).includes(value), `${url} carries ${value}`);
    }
    await context.close();
  });
}

test('without JavaScript, Send on check answers leads to how to send it another way (en)', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(BASE + '/en/services/complaint-about-personal-data/apply/check');
  assert.equal(await page.getByRole('button', { name: 'Save as PDF' }).count(), 0, 'no print button that cannot print');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { level: 1, name: 'Send it another way' }).waitFor();
  assert.equal(new URL(page.url()).search, '', 'no query');
  await context.close();
});

test('without JavaScript an unknown address says so, with a 404, in its language', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, heading] of [['/lv/nav-sadas-lapas', 'Lapa nav atrasta'], ['/en/no-such-page', 'Page not found']]) {
    const response = await page.goto(BASE + path);
    assert.equal(response.status(), 404, path);
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), heading, path);
  }
  await context.close();
});

/** The text a person reads in main, without what only the browser can know: live status
 * messages and whether the phone line is open now (they follow the clock). */
const mainText = (page) => page.locator('main').evaluate((main) => {
  const copy = main.cloneNode(true);
  for (const live of copy.querySelectorAll('[role="status"], [aria-live], .dvi-phone-status__now')) live.remove();
  // What only a print shows (a document's date, filled in once live) is not the screen's text.
  for (const printed of copy.querySelectorAll('.dvi-print-only')) printed.remove();
  for (const hidden of copy.querySelectorAll('noscript')) hidden.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
});

test('with JavaScript each page keeps the text it arrived with', async () => {
  // (A confirmation shows the receipt the form handed it, or says there is none: text no page
  // can arrive with, e2e/tests/owed.test.js.)
  const paths = (await crawlWithoutScript()).map((p) => p.path).filter((p) => !/\/(nosutits|sent)$/.test(p));
  // The page as it arrives (its start script held back), then once its islands have started.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/start-*.js', (route) => route.abort());
  for (const path of paths) {
    await page.goto(BASE + path);
    const arrived = await mainText(page);
    const app = await open(browser, path);
    assert.equal(await mainText(app.page), arrived, `${path}: the islands show what the page arrived with`);
    assert.deepEqual(app.errors, [], `${path}: console`);
    await app.context.close();
  }
  await context.close();
});

test('pages without islands fetch no script and no WebAssembly, in both languages', async () => {
  const paths = [
    '/lv/', '/en/', '/lv/pakalpojumi/sudziba-par-personas-datu-apstradi', '/en/services/complaint-about-personal-data',
    '/lv/jusu-tiesibas', '/en/your-rights', '/lv/kompetence', '/en/is-this-for-us', '/lv/privatums', '/en/privacy',
    '/lv/pieklustamiba', '/en/accessibility', '/lv/nav-sadas-lapas', '/en/no-such-page', '/lv/sutit-citadi', '/en/send-another-way',
    '/lv/viegli-lasit', '/en/easy-read', '/lv/pieklustamibas-izvertejums', '/en/accessibility-evaluation',
    '/lv/pakalpojumi/sudziba-par-personas-datu-apstradi/pieteikums/vispirms-parzinim', '/en/services/complaint-about-personal-data/apply/ask-the-controller-first',
  ];
  const context = await browser.newContext();
  for (const path of paths) {
    const page = await context.newPage();
    const fetched = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto(BASE + path);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(fetched.filter((url) => /\.(wasm|js)(\?|$)/.test(url)), [], `${path}: fetched`);
    assert.equal(await page.locator('script, link[rel="modulepreload"]').count(), 0, `${path}: names no script`);
    await page.close();
  }
  await context.close();
});
