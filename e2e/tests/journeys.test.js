// What people do: switch language, search without diacritics, find their channel by keyboard,
// follow a link to another page (loaded whole, as any site's), check the phone line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, open, axe, tabTo, focusedName, focusMatching, started, textMatching } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the language switch keeps the page', async () => {
  const { context, page } = await open(browser, '/lv/pakalpojumi');
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL('**/en/services');
  assert.equal((await page.getByRole('heading', { level: 1 }).textContent()).trim(), 'Services');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  // From a service page too.
  await page.getByRole('link', { name: /Complaint about/ }).first().click();
  const enPath = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Latviešu' }).click();
  await page.waitForURL('**/lv/pakalpojumi/**');
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /Sūdzība/);
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(`**${enPath}`);
  await context.close();
});

test('the home search finds a service typed without diacritics', async () => {
  const { context, page } = await open(browser, '/lv/');
  await page.getByRole('searchbox', { name: 'Meklēt pakalpojumu' }).fill('sudziba');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/lv/pakalpojumi?q=sudziba');
  await page.getByRole('heading', { level: 1, name: 'Pakalpojumi' }).waitFor();
  await started(page);
  await page.getByRole('link', { name: /Sūdzība par personas datu apstrādi/ }).waitFor();
  // The query from the address filters the list (not every service is shown) and fills the box.
  const found = /^Atrasts [1-9] pakalpojums|^Atrasti [2-9] pakalpojumi/;
  assert.match(await textMatching(page.getByRole('status'), found), found);
  assert.equal(await page.getByRole('searchbox', { name: 'Meklēt pakalpojumu' }).inputValue(), 'sudziba');
  await context.close();
});

test('the catalogue filters as you type and announces the count', async () => {
  const { context, page } = await open(browser, '/en/services');
  const status = page.getByRole('status');
  const all = await status.textContent();
  await page.getByRole('searchbox', { name: 'Search for a service' }).fill('zzzz');
  assert.equal(await textMatching(status, /^No services/), 'No services found');
  assert.equal(await page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) }).filter({ visible: true }).count(), 0, 'every card hidden');
  await page.getByRole('searchbox', { name: 'Search for a service' }).fill('');
  assert.equal(await textMatching(status, new RegExp(`^${all}$`)), all);
  // What was chosen is in the address, so that it can be shared or reloaded.
  await page.getByRole('radio', { name: 'Organisations' }).check();
  await page.waitForURL('**/en/services?for=organisation');
  await page.reload();
  await started(page);
  assert.ok(await page.getByRole('radio', { name: 'Organisations' }).isChecked(), 'the filter from the address');
  await page.getByRole('radio', { name: 'Everyone' }).check();
  await page.waitForURL('**/en/services');
  await page.getByRole('radio', { name: 'Organisations' }).check();
  await page.getByRole('link', { name: /breach/i }).first().waitFor();
  assert.equal(await page.getByRole('link', { name: /Complaint about/ }).count(), 0);
  assert.notEqual(await status.textContent(), all);
  await page.getByRole('radio', { name: 'Everyone' }).check();
  // Only services that can be asked for by phone.
  await page.getByRole('combobox', { name: 'How you want to apply' }).selectOption('phone');
  assert.notEqual(await status.textContent(), all);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

for (const [lang, path, names] of [
  ['en', '/en/contact', { signed: 'Send a complaint, an application or an appeal', portal: /log in to latvija.gov.lv/, urgentNo: 'No', submit: 'Show my best way', problem: 'There is a problem', result: /Our suggestion/ }],
  ['lv', '/lv/sazina', { signed: 'Iesniegt sūdzību, iesniegumu vai apstrīdēt lēmumu', portal: /pieslēgties latvija.gov.lv/, urgentNo: 'Nē', submit: 'Parādīt piemērotāko veidu', problem: 'Radās problēma', result: /Mūsu ieteikums/ }],
]) {
  test(`the channel guide reaches a recommendation by keyboard alone (${lang})`, async () => {
    const { context, page } = await open(browser, path);
    // Submitting with nothing chosen: the error summary takes focus and links to the questions.
    await tabTo(page, page.getByRole('button', { name: names.submit }));
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    await summary.waitFor();
    assert.match(await focusMatching(page, new RegExp(names.problem)), new RegExp(names.problem));
    assert.equal(await summary.getByRole('link').count(), 2);
    assert.deepEqual(await axe(page), [], 'error state');
    // Follow the first error link by keyboard: focus lands on the first answer.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.match(await focusedName(page), /^input/);
    await page.keyboard.press('Space');
    assert.ok(await page.getByRole('radio', { name: names.signed }).isChecked());
    // The question about signing appears; choose the portal login with the arrow keys.
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.getByRole('radio', { name: names.portal }).isChecked());
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.getByRole('radio', { name: names.urgentNo, exact: true }).isChecked());
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: names.result });
    await heading.waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, 'the error summary is gone');
    // Focus moves in the next animation frame after the result appears.
    assert.match(await focusMatching(page, /^h3: /), /^h3: /);
    assert.match(await heading.textContent(), /latvija/i);
    assert.deepEqual(await axe(page), [], 'result');
    await context.close();
  });
}

test('a link loads the page whole: title, focus and what was announced are the browser\'s own', async () => {
  const { context, page, requests } = await open(browser, '/en/');
  assert.deepEqual(requests.filter((url) => /\.(wasm|js)$/.test(url)), [], 'the home page runs no script');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contact us' }).click();
  await page.waitForURL('**/en/contact');
  const navigation = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.type);
  assert.equal(navigation, 'navigate', 'a new document, not a script drawing one');
  assert.equal(await page.title(), 'How to reach us – Data State Inspectorate');
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus starts at the top, as on any page');
  await page.keyboard.press('Tab');
  assert.equal(await focusedName(page), 'a: Skip to main content');
  assert.equal(await page.getByRole('link', { name: 'Contact us' }).first().getAttribute('aria-current'), 'page');
  await page.goBack();
  await page.waitForURL('**/en/');
  assert.equal(await page.title(), 'How can we help? – Data State Inspectorate');
  await context.close();
});

test('the skip link moves to the main content', async () => {
  const { context, page } = await open(browser, '/lv/');
  await page.keyboard.press('Tab');
  assert.equal(await focusedName(page), 'a: Pāriet uz galveno saturu');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.activeElement.closest('main') !== null);
  assert.ok(inMain, 'the next Tab stop after the skip link is inside main');
  await context.close();
});

for (const [when, expected] of [
  ['2026-11-24T11:30:00Z', /Open now, until 15:00/], // Tuesday 13:30 in Riga
  ['2026-11-24T10:59:00Z', /Closed now\. Opens today at 13:00/], // 12:59
  ['2026-11-27T13:00:00Z', /Closed now\. Opens on Monday 30 November at 13:00/], // Friday 15:00
  ['2026-12-24T11:00:00Z', /day off \(Christmas Eve\).*Opens on Monday 28 December at 13:00/], // Christmas Eve
]) {
  test(`the phone line status at ${when}`, async () => {
    const { context, page } = await open(browser, '/en/contact', {
      before: (p) => p.clock.setFixedTime(new Date(when)),
    });
    await page.getByText(expected).waitFor();
    await context.close();
  });
}
