// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core, a fresh
// context per page (axe needs one), and a record of console errors and outgoing requests.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens `path` in a new context and waits for the app to render its h1. */
export async function open(browser, path, { width = 1280, height = 900, before, locale = 'en-US' } = {}) {
  // A fixed locale: it decides how a date field takes typed digits (month/day/year in en-US).
  const context = await browser.newContext({ viewport: { width, height }, locale });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  if (before) await before(page);
  await page.goto(BASE + path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page, errors, requests };
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
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${locator}`);
}

export async function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
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
