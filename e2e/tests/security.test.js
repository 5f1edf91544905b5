// The headers a static host sends (the local run sends the same as deploy/nginx), and the site
// and the widget working under its Content-Security-Policy: no inline script, scripts with
// subresource integrity, no policy violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const path of ['/lv/sazina', '/en/services/ask-a-question/apply/1', '/embed-demo.html']) {
  test(`${path} works under the Content-Security-Policy`, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Recorded from the first script on, in every frame and shadow root of the page.
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
    });
    const response = await page.goto(BASE + path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'self' https://www.dvi.gov.lv https://dvi.gov.lv"]) {
      assert.ok(csp.split('; ').includes(directive), `${path}: ${directive} in ${csp}`);
    }
    assert.ok(!csp.includes('unsafe-inline'));
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['referrer-policy'], 'no-referrer');
    assert.match(headers['permissions-policy'] ?? '', /camera=\(\)/);
    assert.equal(headers['cache-control'], 'no-cache');

    // The islands (or the widgets) started under it.
    await page.locator('.dvi-h1').first().waitFor();
    if (path === '/embed-demo.html') await page.locator('dvi-self-service .dvi-h1').first().waitFor();
    else await page.waitForFunction(() => document.documentElement.dataset.islands === 'started');
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    // No inline script; every script of our own carries its integrity (the widget's loader is
    // fetched by name from other sites, so a host page adds it there if it wants it).
    const scripts = await page.locator('script').evaluateAll((all) => all.map((s) => ({ src: s.getAttribute('src'), integrity: s.integrity, inline: s.textContent.trim().length > 0 })));
    assert.ok(scripts.length > 0);
    for (const script of scripts) {
      assert.ok(script.src && !script.inline, `${path}: inline script`);
      if (path !== '/embed-demo.html') assert.match(script.integrity, /^sha384-/, `${path}: ${script.src}`);
    }
    if (path !== '/embed-demo.html') {
      // The bundle's module and its wasm (fetched by the loader) are both checked.
      const bundle = page.locator('link[rel="modulepreload"]');
      assert.match(await bundle.getAttribute('integrity'), /^sha384-/);
      assert.match(await bundle.getAttribute('data-wasm-integrity'), /^sha384-/);
      // Hashed names, cached for a year.
      const wasm = await context.request.get(new URL((await bundle.getAttribute('href')).replace(/\.js$/, '_bg.wasm'), BASE).href);
      assert.equal(wasm.headers()['cache-control'], 'public, max-age=31536000, immutable');
    }
    await context.close();
  });
}

// The loader checks the wasm's integrity itself (public/start.js): a module that is not the one
// the page names is never run, and the page still reads as it came.
test('a wasm that is not the one the page names is not run', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(/_bg\.wasm$/, async (route) => {
    const response = await route.fetch();
    const bytes = Buffer.from(await response.body());
    bytes[bytes.length - 1] ^= 1;
    await route.fulfill({ response, body: bytes });
  });
  const refused = page.waitForEvent('pageerror', (e) => /_bg\.wasm is not sha384-/.test(e.message));
  await page.goto(`${BASE}/en/services/ask-a-question/apply/1`);
  await refused;
  assert.equal(await page.evaluate(() => document.documentElement.dataset.islands), undefined);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await context.close();
});
