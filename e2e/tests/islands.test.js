// The page is the product: its islands start in place. On a page of each kind with islands, in
// both languages, the person Tabs to a link, types or chooses, and selects a paragraph while the
// WebAssembly is still on its way; once it has arrived and the islands have started, every
// element they were on is the same node, focus and the selection are where they were, what was
// typed is still there and reached the island, and the console is clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, tabTo, ftl, textMatching, escape, axe, feedbackToCheck, handOver } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** A page whose wasm is held back until `release()`, in a new context or the one given. */
async function held(path, given, before) {
  const context = given ?? await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  if (before) await before(page);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  let release;
  const arrived = new Promise((r) => { release = r; });
  let asked = false;
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/*_bg.wasm', async (route) => { asked = true; (await arrived) ? await route.continue() : await route.abort(); });
  await page.goto(BASE + path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Every element of the page as it arrived, to find again after the start.
  await page.evaluate(() => { window.arrivedNodes = [...document.body.querySelectorAll('*')]; });
  const start = async () => {
    assert.equal(await page.evaluate(() => document.documentElement.dataset.islands), undefined, 'not started before the wasm came');
    release(true);
    await page.waitForFunction(() => document.documentElement.dataset.islands === 'started');
    assert.ok(asked, 'the wasm was fetched');
  };
  // The wasm cannot be had: the islands never start.
  const fail = async () => {
    release(false);
    await page.waitForFunction(() => !document.getElementById('start-failed')?.hidden);
  };
  return { context, page, errors, requests, start, fail };
}

/** Selects the text of `locator` and remembers it, with the focused element. */
async function selectAndRemember(locator) {
  await locator.evaluate((el) => {
    window.getSelection().selectAllChildren(el);
    window.selected = { node: window.getSelection().anchorNode, text: window.getSelection().toString() };
    window.focused = document.activeElement;
  });
}

/** What survived the start: the nodes, the focus, the selection. */
async function kept(page) {
  return page.evaluate(() => ({
    replaced: window.arrivedNodes.filter((n) => !n.isConnected).map((n) => n.outerHTML.slice(0, 80)),
    focus: document.activeElement === window.focused,
    selection: window.getSelection().anchorNode === window.selected.node && window.getSelection().toString() === window.selected.text && window.selected.text.length > 3,
  }));
}

function assertKept(state, where) {
  assert.deepEqual(state.replaced, [], `${where}: nodes replaced`);
  assert.ok(state.focus, `${where}: focus stayed`);
  assert.ok(state.selection, `${where}: the selection stayed`);
}

/** A new browser context whose draft of the question form holds the first topic and the
 * question "Kam rakstīt?", and the question's label. */
async function withDraft(lang, w) {
  const context = await browser.newContext({ locale: 'en-US' });
  const first = await context.newPage();
  await first.goto(BASE + w.step);
  await first.waitForFunction(() => document.documentElement.dataset.islands === 'started');
  const label = ftl[lang]['form-question-question-label'];
  await first.getByRole('radio').first().check();
  await first.getByRole('textbox', { name: label }).fill('Kam rakstīt?');
  await first.close();
  return { context, label };
}

const words = {
  lv: {
    contact: '/lv/sazina', guide: 'Kurš saziņas veids man der?', question: 'Uzdot jautājumu, saņemt konsultāciju vai sniegt atsauksmi', show: 'Parādīt piemērotāko veidu',
    catalogue: '/lv/pakalpojumi', search: 'Meklēt pakalpojumu', query: 'sudzib', complaint: 'Sūdzība par personas datu apstrādi',
    step: '/lv/pakalpojumi/jautajums-vai-konsultacija/pieteikums/1', anotherWay: 'Nosūtiet to citā veidā', failed: 'Šī veidlapa nevarēja sākt darboties', channel: 'Kā vēlaties pieteikties', documents: '/lv/pakalpojumi/sudziba-par-personas-datu-apstradi/pieteikums/7', check: '/lv/pakalpojumi/jautajums-vai-konsultacija/pieteikums/parbaude',
    sent: '/lv/pakalpojumi/jautajums-vai-konsultacija/pieteikums/nosutits', home: 'Uz sākumlapu', change: 'Mainīt', back: 'Atpakaļ',
  },
  en: {
    contact: '/en/contact', guide: 'Which way suits me?', question: 'Ask a question, get advice or give feedback', show: 'Show my best way',
    catalogue: '/en/services', search: 'Search for a service', query: 'complaint', complaint: 'Complaint about the processing of personal data',
    step: '/en/services/ask-a-question/apply/1', anotherWay: 'Send it another way', failed: 'This form could not start', channel: 'How you want to apply', documents: '/en/services/complaint-about-personal-data/apply/7', check: '/en/services/ask-a-question/apply/check',
    sent: '/en/services/ask-a-question/apply/sent', home: 'Back to the home page', change: 'Change', back: 'Back',
  },
};

for (const [lang, w] of Object.entries(words)) {
  test(`contact: the phone line and the channel guide start in place (${lang})`, async () => {
    const { context, page, errors, start } = await held(w.contact);
    const guide = page.getByRole('region', { name: w.guide });
    // A choice made before the start reaches the guide.
    const choice = guide.getByRole('radio', { name: w.question });
    await tabTo(page, guide.getByRole('radio').first());
    await page.keyboard.press('ArrowDown');
    assert.ok(await choice.isChecked());
    await tabTo(page, page.getByRole('link', { name: /^\+371 67223131$/ }).first());
    await selectAndRemember(guide.getByRole('paragraph').first());
    await start();
    assertKept(await kept(page), `${lang} contact`);
    assert.ok(await choice.isChecked(), 'the choice is kept');
    await guide.getByRole('button', { name: w.show }).click();
    // Only the question about urgency is left unanswered: the guide heard the first choice.
    assert.equal(await page.getByRole('alert').getByRole('link').count(), 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`catalogue: the search starts in place with what was typed (${lang})`, async () => {
    const { context, page, errors, start } = await held(w.catalogue);
    const search = page.getByRole('searchbox', { name: w.search });
    const all = await page.getByRole('status').textContent();
    await search.focus();
    await page.keyboard.type(w.query);
    // A service the search keeps: focus on its link stays (a link the search hides could not).
    await tabTo(page, page.getByRole('link', { name: w.complaint }));
    await selectAndRemember(page.getByRole('main').getByRole('paragraph').first());
    await start();
    assertKept(await kept(page), `${lang} catalogue`);
    assert.equal(await search.inputValue(), w.query);
    // The search heard what was typed: fewer services, the complaint among them.
    const now = await textMatching(page.getByRole('status'), new RegExp(`^(?!${escape(all)}$)`));
    assert.notEqual(now, all, 'the count follows the search');
    assert.ok(await page.getByRole('link', { name: w.complaint }).isVisible());
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`a form step starts in place, and a Continue pressed before is carried out (${lang})`, async () => {
    const { context, page, errors, start } = await held(w.step);
    const question = page.getByRole('textbox', { name: ftl[lang]['form-question-question-label'] });
    await question.focus();
    await page.keyboard.type('Vai drīkst publicēt manu fotogrāfiju?');
    await tabTo(page, page.getByRole('link', { name: w.back }));
    await selectAndRemember(page.getByRole('heading', { level: 1 }));
    await start();
    assertKept(await kept(page), `${lang} step`);
    assert.equal(await question.inputValue(), 'Vai drīkst publicēt manu fotogrāfiju?');

    // Again, held back: a topic chosen and Continue pressed before the start.
    const again = await held(w.step);
    await again.page.getByRole('radio').first().check();
    await again.page.getByRole('textbox', { name: ftl[lang]['form-question-question-label'] }).fill('Kam rakstīt?');
    await again.page.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
    assert.match(again.page.url(), /\/1$/, 'nothing happens before the start');
    await again.start();
    await again.page.waitForURL(/\/2$/);
    await again.page.getByRole('link', { name: w.back }).click();
    await again.page.waitForURL(/\/1$/);
    await again.page.waitForFunction(() => document.documentElement.dataset.islands === 'started');
    assert.equal(await again.page.getByRole('textbox', { name: ftl[lang]['form-question-question-label'] }).inputValue(), 'Kam rakstīt?', 'the draft');
    assert.ok(await again.page.getByRole('radio').first().isChecked());
    assert.deepEqual([...errors, ...again.errors], []);
    await Promise.all([context.close(), again.context.close()]);
  });

  test(`what was typed before the start wins over the draft, and a file chosen is sent once (${lang})`, async () => {
    const { context, label } = await withDraft(lang, w);
    // The page again, and the question typed anew before the start.
    const again = await held(w.step, context);
    await again.page.getByRole('textbox', { name: label }).fill('Vai drīkst publicēt manu fotogrāfiju?');
    await again.start();
    assert.equal(await again.page.getByRole('textbox', { name: label }).inputValue(), 'Vai drīkst publicēt manu fotogrāfiju?', 'what was typed');
    assert.ok(await again.page.getByRole('radio').first().isChecked(), 'the rest of the draft');

    // A file chosen before the start is uploaded once it has, and once only.
    const docs = await held(w.documents, context);
    const uploads = [];
    docs.page.on('request', (r) => { if (r.method() === 'POST' && r.url().endsWith('/attachments')) uploads.push(r.url()); });
    await docs.page.getByLabel(new RegExp(ftl[lang]['field-documents-label'])).setInputFiles({ name: 'līgums.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% test\n') });
    await docs.start();
    await docs.page.getByRole('button', { name: /līgums\.pdf/ }).waitFor();
    await docs.page.waitForLoadState('networkidle');
    assert.equal(uploads.length, 1, 'one upload');
    assert.deepEqual([...again.errors, ...docs.errors], []);
    await context.close();
  });

  test(`a choice made before the start is the answer, and the draft fills only what was not touched (${lang})`, async () => {
    const { context, label } = await withDraft(lang, w);
    // The page again, and another topic chosen before the start.
    const again = await held(w.step, context);
    await again.page.getByRole('radio').nth(1).check();
    await again.start();
    assert.ok(await again.page.getByRole('radio').nth(1).isChecked(), 'the choice made before the start');
    assert.ok(!(await again.page.getByRole('radio').first().isChecked()), "not the draft's");
    assert.equal(await again.page.getByRole('textbox', { name: label }).inputValue(), 'Kam rakstīt?', 'the draft, where nothing was touched');
    // The island took the choice for the answer: the draft holds it now.
    const later = await context.newPage();
    await later.goto(BASE + w.step);
    await later.waitForFunction(() => document.documentElement.dataset.islands === 'started');
    assert.ok(await later.getByRole('radio').nth(1).isChecked(), 'kept in the draft');
    assert.deepEqual(again.errors, []);
    await context.close();
  });

  test(`check answers and the confirmation start in place (${lang})`, async () => {
    const check = await held(w.check);
    await tabTo(check.page, check.page.getByRole('link', { name: new RegExp(`^${w.change}`) }).first());
    await selectAndRemember(check.page.getByRole('heading', { level: 1 }));
    await check.start();
    assertKept(await kept(check.page), `${lang} check`);

    const reference = 'DVI-2026-000123';
    const sent = await held(w.sent, undefined, (page) => handOver(page, 'question', { reference, receivedAt: '2026-11-25T10:15:00Z' }));
    await tabTo(sent.page, sent.page.getByRole('link', { name: w.home }));
    await selectAndRemember(sent.page.getByRole('heading', { level: 1 }));
    await sent.start();
    await sent.page.getByText(reference).waitFor();
    assertKept(await kept(sent.page), `${lang} confirmation`);
    assert.deepEqual([...check.errors, ...sent.errors], []);
    await Promise.all([check.context.close(), sent.context.close()]);
  });
}

test('Send pressed on check answers before the start is sent once it has, never posted to a page (en)', async () => {
  const context = await browser.newContext({ locale: 'en-US' });
  const first = await context.newPage();
  await first.goto(BASE + '/en/services/feedback-on-our-service/apply/1');
  await feedbackToCheck(first);
  await first.close();
  const { page, errors, start } = await held('/en/services/feedback-on-our-service/apply/check', context);
  const posts = [];
  page.on('request', (r) => { if (r.method() === 'POST') posts.push(new URL(r.url()).pathname); });
  await page.getByRole('button', { name: 'Send' }).click();
  await start();
  await page.waitForURL(/\/sent$/);
  assert.deepEqual(posts, ['/api/submissions'], 'sent once, to the backend only');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [lang, w] of Object.entries(words)) {
  test(`the contact page and the catalogue, when their start fails, say so where the person pressed (${lang})`, async () => {
    const heading = ftl[lang]['page-start-failed-heading'];
    const contact = await held(w.contact);
    await contact.page.getByRole('radio', { name: w.question }).check();
    await contact.page.getByRole('button', { name: w.show }).click();
    await contact.fail();
    assert.ok(await contact.page.getByRole('heading', { level: 2, name: heading }).isVisible());
    await contact.page.waitForFunction((id) => document.activeElement?.id === id, 'start-failed', { timeout: 3000 }); // 'focus on what says so'
    await contact.page.getByText(ftl[lang]['channels-start-failed']).waitFor();
    const catalogue = await held(w.catalogue);
    await catalogue.page.getByRole('searchbox', { name: w.search }).fill(w.query);
    await catalogue.page.keyboard.press('Enter');
    await catalogue.fail();
    await catalogue.page.getByText(ftl[lang]['catalogue-start-failed']).waitFor();
    await catalogue.page.waitForFunction((id) => document.activeElement?.id === id, 'start-failed', { timeout: 3000 }); // 'focus on what says so'
    await axe(catalogue.page).then((v) => assert.deepEqual(v, [], 'axe'));
    await Promise.all([contact.context.close(), catalogue.context.close()]);
  });

  test(`catalogue: a channel chosen before the start is kept (${lang})`, async () => {
    const { context, page, errors, start } = await held(w.catalogue);
    const all = await page.getByRole('status').textContent();
    const channel = page.getByRole('combobox', { name: w.channel });
    await channel.selectOption({ index: 2 });
    const chosen = await channel.inputValue();
    await start();
    assert.equal(await channel.inputValue(), chosen, 'the channel chosen is kept');
    const now = await textMatching(page.getByRole('status'), new RegExp(`^(?!${escape(all)}$)`));
    assert.notEqual(now, all, 'and the list follows it');
    assert.match(page.url(), new RegExp(`channel=${chosen}`), 'the address says so');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`a form whose start fails says so where the person is, and nothing typed reaches an address (${lang})`, async () => {
    const { context, page, requests, fail } = await held(w.step);
    const typed = 'Zīmols Qx7 Berzins';
    const question = page.getByRole('textbox', { name: ftl[lang]['form-question-question-label'] });
    await page.getByRole('radio').first().check();
    await question.fill(typed);
    await page.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
    await fail();
    const failed = page.getByRole('heading', { level: 2, name: w.failed });
    assert.ok(await failed.isVisible(), 'the page says the form could not start');
    await page.waitForFunction((id) => document.activeElement?.id === id, 'start-failed', { timeout: 3000 }); // 'focus on what says so'
    assert.equal(await question.inputValue(), typed, 'what was typed is still there');
    // Continue now leads to how to send it another way, with nothing in the address.
    await page.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
    await page.getByRole('heading', { level: 1, name: w.anotherWay }).waitFor();
    assert.equal(new URL(page.url()).search, '');
    const words = typed.split(' ').concat(encodeURIComponent(typed), 'Qx7');
    for (const url of requests) for (const word of words) assert.ok(!decodeURIComponent(url).includes(word), `${url} carries ${word}`);
    await context.close();
  });
}
