// Every page of the site in both languages, found by following the site's own links:
// an h1 that the title names, <html lang>, no console error, zero axe violations, no sideways
// scroll at 320 px, no request off 127.0.0.1 and no cookie.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, axe } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function crawl() {
  const seen = new Set();
  const queue = ['/lv/', '/en/', '/lv/nav-sadas-lapas', '/en/no-such-page'];
  const pages = [];
  while (queue.length) {
    const path = queue.shift();
    if (seen.has(path)) continue;
    seen.add(path);
    const opened = await open(browser, path);
    const links = await opened.page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href').split('#')[0].split('?')[0]));
    for (const href of links) if (href && !seen.has(href)) queue.push(href);
    pages.push({ path, ...opened });
  }
  return pages;
}

test('every page in both languages is whole, accessible and private', async () => {
  const pages = await crawl();
  const paths = pages.map((p) => p.path);
  assert.ok(paths.filter((p) => p.startsWith('/lv/')).length >= 20, `crawled only ${paths.length} pages: ${paths}`);
  assert.ok(paths.filter((p) => p.startsWith('/en/')).length >= 20);
  for (const { path, context, page, errors, requests } of pages) {
    const lang = path.startsWith('/en/') ? 'en' : 'lv';
    const h1 = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
    assert.ok(h1.length > 2, `${path}: h1`);
    assert.equal(await page.locator('h1').count(), 1, `${path}: one h1`);
    assert.ok((await page.title()).startsWith(h1), `${path}: title "${await page.title()}" names "${h1}"`);
    assert.equal(await page.locator('html').getAttribute('lang'), lang, `${path}: html lang`);
    assert.deepEqual(await axe(page), [], `${path}: axe`);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${path}: scrolls sideways by ${overflow}px at 320px`);
    // An unknown address comes with a 404, which the browser logs; nothing else may.
    const unknown = ['/lv/nav-sadas-lapas', '/en/no-such-page'].includes(path);
    assert.deepEqual(errors.filter((e) => !(unknown && e.includes('status of 404'))), [], `${path}: console`);
    assert.deepEqual(requests.filter((url) => !url.startsWith(BASE) && !url.startsWith('data:')), [], `${path}: requests off this host`);
    assert.deepEqual(await context.cookies(), [], `${path}: cookies`);
    const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
    assert.equal(stored, 0, `${path}: nothing stored in the browser`);
    await context.close();
  }
});
