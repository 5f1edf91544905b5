// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, a fresh
// context per page (axe needs one), and a record of console errors and outgoing requests.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';

export const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens `path` in a new context and waits until its islands (if it has any) have started. */
export async function open(browser, path, { width = 1280, height = 900, before, locale = 'en-US', host = BASE, serviceWorkers = 'block' } = {}) {
  // A fixed locale: it decides how a date field takes typed digits (month/day/year in en-US).
  // (Through nginx in `cargo xtask test`, the site's certificate is a throw-away one.)
  // A form's service worker (public/offline.js) only where a test asks for it: with it, a
  // form's pages come from what it keeps when the network fails, which other tests make fail.
  const context = await browser.newContext({ viewport: { width, height }, locale, ignoreHTTPSErrors: host.startsWith('https:'), serviceWorkers });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  // (Less Playwright's own word that it blocked a form's service worker, as asked above.)
  page.on('console', (m) => {
    if ((m.type() === 'error' || m.type() === 'warning') && !/registration blocked by Playwright/.test(m.text())) errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  if (before) await before(page);
  await page.goto(host + path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  // The h1 is there at once (pre-rendered); the islands start a moment later.
  await started(page);
  return { context, page, errors, requests };
}

/** Waits until the page's islands have started (public/start.js says so); a page without
 * islands (no loader) passes at once. Call it after anything that loads a page. */
export async function started(page) {
  await page.waitForFunction(() => document.documentElement.dataset.islands === 'started' || !document.querySelector('[data-island]'));
}

/** The shortest form, feedback, answered on `page` (at its step 1) up to its check answers (en). */
export async function feedbackToCheck(page) {
  await started(page);
  await page.getByRole('radio', { name: 'Our website' }).check();
  await page.getByRole('radio', { name: 'Good', exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/2$/);
  await started(page);
  await page.getByRole('radio', { name: 'No, I do not need an answer' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
  // Live: a test that then goes offline must not keep the page from starting.
  await started(page);
}

/** Polls until `locator`'s text matches `pattern` (an island updates a moment after the input
 * that changed it), and returns the text, for the assertion to report. */
export async function textMatching(locator, pattern, timeout = 5000) {
  const end = Date.now() + timeout;
  let text = await locator.textContent();
  while (!pattern.test(text) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    text = await locator.textContent();
  }
  return text;
}

/** Hands a receipt to the confirmation of `form` the way its check page does on Send (in the
 * tab's session storage, never in the address), for `page` to open it with. */
export async function handOver(page, form, { reference, receivedAt, signed = false }) {
  const sent = JSON.stringify({ receipt: { reference, received_at: receivedAt, signed }, draft: { answers: {}, attached: [], sent_with: null } });
  await page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [`dvi-sent-${form}`, sent]);
}

/** The reference a confirmation shows, once it does; over HTTPS, that the page came over
 * HTTP/2 (nginx in front, as in production). */
export async function confirmation(page) {
  const reference = page.getByText(/^DVI-\d{4}-\d{6}$/);
  await reference.waitFor();
  assert.doesNotMatch(page.url(), /DVI-|\?/, 'no reference, time or answer in the address');
  if (page.url().startsWith('https:')) {
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation')[0].nextHopProtocol), 'h2');
  }
  return reference.textContent();
}

/** The submission as the backend stored it (`dvi-server show`), or null. */
export function stored(reference) {
  const bin = process.env.SERVER_BIN;
  const db = process.env.DB_PATH;
  assert.ok(bin && db, 'SERVER_BIN and DB_PATH come from cargo xtask test');
  try {
    return JSON.parse(execFileSync(bin, ['show', '--db', db, reference], { encoding: 'utf8' }));
  } catch {
    return null;
  }
}

/** axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules; returns the violations. */
export async function axe(page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Presses Tab until `locator` has focus (at most `limit` times). */
export async function tabTo(page, locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    const focused = await locator.evaluate((el) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return el === active;
    });
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${locator}`);
}

/** The element that has focus, inside shadow roots too (a widget's, on its host page). */
export async function focusedName(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}: ${el.textContent.trim()}` : '';
  });
}

/** The focused element's name once it matches `pattern` (focus that script moves in an effect or
 * the next animation frame lands a moment after the content appears), or whatever has focus
 * after `timeout` ms, for the assertion to report. */
export async function focusMatching(page, pattern, timeout = 5000) {
  const end = Date.now() + timeout;
  let name = await focusedName(page);
  while (!pattern.test(name) && Date.now() < end) {
    await page.waitForTimeout(50);
    name = await focusedName(page);
  }
  return name;
}

// The forms' words (from locales/*/forms.ftl and the files beside it that name forms and their
// pages, so the tests follow the texts) and answers.
export const ftl = Object.fromEntries(['lv', 'en'].map((lang) => {
  const text = ['forms', 'form-pages', 'form-titles', 'pages', 'live'].map((f) => readFileSync(new URL(`../locales/${lang}/${f}.ftl`, import.meta.url), 'utf8')).join('\n');
  return [lang, Object.fromEntries([...text.matchAll(/^([a-z][a-z0-9-]*) = (.+)$/gm)].map((m) => [m[1], m[2]]))];
}));
export const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const labelOf = (lang, form, field) => ftl[lang][`form-${form}-${field}-label`] ?? ftl[lang][`field-${field}-label`];

/** Answers that complete each form, step by step, and what the backend must then hold. */
// A person living in Berlin sends the complaint, the appeal and the visit request: a German
// address, postcode and phone number (kept in E.164).
const inBerlin = [['phone', '+49 30 1234567'], ['country', { select: 'DE' }], ['address', 'Invalidenstraße 1'], ['city', 'Berlin'], ['postcode', '10115']];
export const plans = {
  // Asked from Berlin, answered by post: the country the post option reveals has every country.
  question: { slug: { lv: 'jautajums-vai-konsultacija', en: 'ask-a-question' }, steps: [
    [['topic', { choose: 'data-protection' }], ['question', 'Vai drīkst publicēt manu fotogrāfiju bez atļaujas?']],
    [['full-name', 'Max Müller'], ['answer-by', { choose: 'post' }], ...inBerlin.filter(([field]) => field !== 'phone')],
  ], expect: { 'answer-by': 'post', country: 'DE', address: 'Invalidenstraße 1', city: 'Berlin', postcode: '10115' } },
  complaint: { slug: { lv: 'sudziba-par-personas-datu-apstradi', en: 'complaint-about-personal-data' }, steps: [
    [['full-name', 'Anna Schmidt'], ['email', 'anna@example.de'], ...inBerlin],
    [['applicant', { choose: 'self' }]],
    [['controller', 'SIA Piemērs']],
    [['what-happened', 'Veikals publicēja manu adresi.'], ['when-happened', { date: '2026-10-01' }]],
    // ("No" leads to the advice to ask the controller first: e2e/tests/owed.test.js.)
    [['contacted', { choose: 'yes' }], ['contacted-details', 'Rakstīju e-pastu 2026. gada 2. oktobrī; atbildes nav.']],
    [['request', 'Lūdzu izvērtēt.']],
    [],
  ], declaration: true, expect: { phone: '+49301234567', country: 'DE', postcode: '10115', applicant: 'self', contacted: 'yes' } },
  feedback: { slug: { lv: 'atsauksme-par-apkalposanu', en: 'feedback-on-our-service' }, steps: [
    [['about', { choose: 'phone' }], ['rating', { choose: 'very-good' }]],
    [['wants-answer', { choose: 'yes' }], ['full-name', 'Līga Ozola'], ['email', 'liga@example.lv']],
  ], expect: { rating: 'very-good', email: 'liga@example.lv' } },
  appeal: { slug: { lv: 'apstridet-lemumu-vai-ricibu', en: 'contest-a-decision' }, steps: [
    [['contest', { choose: 'action' }], ['action-description', 'Inspektors atteicās pieņemt dokumentus.'], ['action-date', { date: '2026-11-02' }]],
    [['contested', 'Atteikumu.'], ['reasons', 'Dokumenti bija pilnīgi.'], ['request', 'Pieņemt dokumentus.']],
    [['full-name', 'Jonas Weber'], ['email', 'jonas@example.de'], ...inBerlin],
    [['applicant', { choose: 'self' }]],
    [],
  ], declaration: true, expect: { contest: 'action', 'action-date': '2026-11-02', phone: '+49301234567', country: 'DE', city: 'Berlin' } },
  visit: { slug: { lv: 'pieteikt-apmeklejumu', en: 'book-a-visit' }, steps: [
    [['topic', 'Videonovērošana daudzdzīvokļu mājā.']],
    [['days', { check: ['monday', 'friday'] }], ['time', { choose: 'afternoon' }]],
    [['needs-help', { choose: 'no' }]],
    [['full-name', 'Pēteris Ozols'], ['phone', '+49 (0)30 1234-567']],
  ], expect: { days: ['monday', 'friday'], phone: '+49301234567' } },
};

// The countries' names (content/countries.toml), as the address's select shows them.
export const countries = Object.fromEntries([...readFileSync(new URL('../content/countries.toml', import.meta.url), 'utf8')
  .matchAll(/code = "([A-Z]{2})"\nname = \{ lv = "([^"]+)", en = "([^"]+)" \}/g)].map((m) => [m[1], { lv: m[2], en: m[3] }]));

/** An option's words: the form's own, else those of the field wherever it is asked. */
export const optionOf = (lang, form, field, option) => ftl[lang][`form-${form}-${field}-${option}`] ?? ftl[lang][`field-${field}-${option}`];

/** Gives one answer by keyboard alone, within `scope` (the page, or a widget on it). */
export async function answerByKeyboard(page, scope, lang, form, field, value) {
  if (value.choose) {
    // Tab enters a radio group once; the arrow keys move between its options.
    const group = scope.getByRole('group', { name: new RegExp(`^${escape(labelOf(lang, form, field))}`) });
    const target = group.getByRole('radio', { name: optionOf(lang, form, field, value.choose), exact: true });
    await tabTo(page, group.getByRole('radio').first());
    await page.keyboard.press('Space');
    for (let i = 0; i < 8 && !(await target.isChecked()); i++) await page.keyboard.press('ArrowDown');
    assert.ok(await target.isChecked(), `${field}: ${value.choose}`);
  } else if (value.check) {
    for (const option of value.check) {
      await tabTo(page, scope.getByRole('checkbox', { name: optionOf(lang, form, field, option), exact: true }));
      await page.keyboard.press('Space');
    }
  } else if (value.select) {
    // A select by keyboard: the first letters of the name (as far as they are plain letters:
    // a key press carries no "ā"), then the arrow keys to it.
    const select = scope.getByRole('combobox', { name: new RegExp(`^${escape(labelOf(lang, form, field))}`) });
    await tabTo(page, select);
    await page.keyboard.type(countries[value.select][lang].match(/^[A-Za-z ]*/)[0]);
    for (let i = 0; i < 30 && (await select.inputValue()) !== value.select; i++) await page.keyboard.press('ArrowDown');
    assert.equal(await select.inputValue(), value.select, `${field}: ${value.select}`);
  } else if (value.date) {
    const [y, m, d] = value.date.split('-');
    await tabTo(page, scope.getByLabel(new RegExp(`^${escape(labelOf(lang, form, field))}`)));
    await page.keyboard.type(`${m}${d}${y}`);
  } else {
    await tabTo(page, scope.getByRole('textbox', { name: new RegExp(`^${escape(labelOf(lang, form, field))}`) }));
    await page.keyboard.type(value);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** A zip of stored entries ([name, bytes]…), as a signing application writes an ASiC-E
 * container: what the tests attach as a signed .edoc. */
export function storedZip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const n = Buffer.from(name);
    const data = Buffer.from(content);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(n.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, n, data);
    central.push(entry, n);
    offset += 30 + n.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Host pages of another origin (`HOST`, where `cargo xtask test` lets the API be called from:
 * DVI_ALLOWED_ORIGINS), served from this process: on the loopback as the site is, so that the
 * browser's rules for private networks treat them as a public host page and a public site. */
export const HOST = process.env.HOST_URL ?? 'http://127.0.0.1:8642';
const hosted = new Map();
let hostServer = null;
async function serveHosts() {
  if (hostServer) return;
  hostServer = createServer((request, response) => {
    const path = new URL(request.url, HOST).pathname;
    const file = hosted.get(path);
    // (No icon: a host page's own, which the browser asks for.)
    response.writeHead(file ? 200 : path === '/favicon.ico' ? 204 : 404, file?.headers ?? {});
    response.end(file?.body ?? '');
  });
  await new Promise((listening, failed) => hostServer.once('error', failed).listen(Number(new URL(HOST).port), '127.0.0.1', listening));
  hostServer.unref();
}

/** A host page as a page of www.dvi.gov.lv would embed the widget: `body` inside a page that
 * loads `widget/embed.js` from the site, under a strict Content-Security-Policy that names only
 * the site (and the host itself for `styles`, files of e2e/node_modules: a design system's
 * stylesheet, and `files`, what it loads: { '/assets/fonts/x.woff2': 'its/file/in/node_modules' }).
 * Returns what `open` does, and the page's `url`. */
export async function hostPage(browser, body, { lang = 'en', styles = [], files = {}, width = 1280, height = 900, before } = {}) {
  await serveHosts();
  const dir = `/${hosted.size}/`;
  const csp = [
    "default-src 'none'", `script-src ${BASE} 'wasm-unsafe-eval'`, `connect-src ${BASE}`, `style-src ${HOST}`,
    `img-src ${HOST} ${BASE}`, `font-src ${HOST}`, `form-action ${BASE}`, "base-uri 'none'",
  ].join('; ');
  const links = styles.map((_, i) => `<link rel="stylesheet" href="${dir}style-${i}.css">`).join('');
  const html = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Host page</title>${links}<script type="module" src="${BASE}/widget/embed.js"></script></head><body>${body}</body></html>`;
  hosted.set(dir, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp }, body: html });
  for (const [path, file] of Object.entries(files)) hosted.set(path, { headers: {}, body: readFileSync(new URL(`node_modules/${file}`, import.meta.url)) });
  styles.forEach((file, i) => hosted.set(`${dir}style-${i}.css`, { headers: { 'content-type': 'text/css' }, body: readFileSync(new URL(`node_modules/${file}`, import.meta.url)) }));
  return { ...(await open(browser, dir, { width, height, host: HOST, before })), url: `${HOST}${dir}` };
}
