// The embeddable widget on its demo host page (/embed-demo.html), whose styles are hostile:
// the widgets look as on the full site and leave the page's look alone; a complaint is sent
// inside one by keyboard alone while the page's address and history stay as they were, and
// the page hears of it; two widgets on one page do not interfere; attributes take effect live.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, launch, open, axe, tabTo, focusMatching, ftl, plans, labelOf, answerByKeyboard, stored } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const DEMO = '/embed-demo.html';
// The demo's widgets sit under h2 sections, with heading-level="3": their page headings (h1
// elements) reach screen readers as level 3 and their sub-headings as 4 (aria-level).
// Playwright's role engine goes by the tag, so its locators still say level 1; what Chromium
// tells assistive technology is read from its accessibility tree.

/** Heading levels as Chromium exposes them to assistive technology: { name: level }. */
async function exposedLevels(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return Object.fromEntries(nodes
    .filter((n) => n.role?.value === 'heading')
    .map((n) => [n.name?.value, n.properties?.find((p) => p.name === 'level')?.value?.value]));
}
const COMPLAINT = `/lv/pakalpojumi/${plans.complaint.slug.lv}/pieteikums/1`;

/** Until the page a widget shows has its islands started (`public/start.js` marks its frame). */
const widgetStarted = (widget) => widget.evaluate((el) => new Promise((done) => {
  const live = () => (el.shadowRoot?.querySelector('.dvi-widget')?.dataset.islands === 'started' ? done() : setTimeout(live, 50));
  live();
}));

/** The demo page with both widgets started. */
async function demo(options) {
  const opened = await open(browser, DEMO, options);
  const widgets = {
    complaint: opened.page.locator('#complaint-widget'),
    services: opened.page.locator('#services-widget'),
  };
  // A widget starts once it comes near the viewport: each is scrolled to, and its islands are
  // let start.
  for (const widget of Object.values(widgets)) {
    await widget.scrollIntoViewIfNeeded();
    await widget.getByRole('heading', { level: 1 }).waitFor();
    await widgetStarted(widget);
  }
  await opened.page.evaluate(() => window.scrollTo(0, 0));
  return { ...opened, widgets };
}

const PROPS = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing', 'color', 'backgroundColor',
  'textTransform', 'textDecorationLine', 'boxSizing', 'borderTopWidth', 'borderTopStyle', 'borderTopColor',
  'paddingTop', 'paddingLeft', 'marginTop', 'display', 'minHeight',
];
const styles = (locator) => locator.evaluate((el, props) => {
  const cs = getComputedStyle(el);
  return Object.fromEntries(props.map((p) => [p, cs[p]]));
}, PROPS);

/** The same elements of the complaint's first step: on the full site, or in a widget. */
const stepOne = (scope) => ({
  heading: scope.getByRole('heading', { level: 1 }),
  name: scope.getByRole('textbox', { name: labelOf('lv', 'complaint', 'full-name') }),
  continue: scope.getByRole('button', { name: ftl.lv['form-continue'] }),
  back: scope.getByRole('link', { name: ftl.lv['form-back'] }),
  privacy: scope.getByText(ftl.lv['privacy-notice-heading']),
});

test('the widgets keep their own look on a hostile page, and leave the page its own', async () => {
  const site = await open(browser, COMPLAINT);
  const { context, page, widgets } = await demo();
  const expected = stepOne(site.page);
  const actual = stepOne(widgets.complaint);
  for (const name of Object.keys(expected)) {
    assert.deepEqual(await styles(actual[name]), await styles(expected[name]), `${name}: as on the full site`);
  }
  // `[hidden] { display: block }` on the page does not reveal a hidden widget.
  await widgets.services.evaluate((el) => { el.hidden = true; });
  assert.equal(await widgets.services.evaluate((el) => getComputedStyle(el).display), 'none');
  await widgets.services.evaluate((el) => { el.hidden = false; });

  // The page without the widgets (their script blocked): its own elements look the same,
  // and each widget's fallback link is there to follow.
  const bare = await open(browser, DEMO, { before: (p) => p.route('**/widget/**', (route) => route.abort()) });
  const hostElements = (p) => [
    p.getByRole('heading', { level: 1, name: 'Sūdzības un jautājumi' }),
    p.getByRole('heading', { level: 2, name: 'Iesniegt sūdzību tiešsaistē' }),
    p.getByRole('link', { name: 'Datu valsts inspekcija', exact: true }),
    p.getByRole('button', { name: 'English' }),
    p.getByText('Ja uzskatāt, ka jūsu personas dati'),
  ];
  const [withWidgets, without] = [hostElements(page), hostElements(bare.page)];
  for (const [i, element] of withWidgets.entries()) {
    assert.deepEqual(await styles(element), await styles(without[i]), `host element ${i}: untouched by the widgets`);
  }
  assert.ok(await bare.page.getByRole('link', { name: 'Sūdzība par personas datu apstrādi' }).isVisible(), 'fallback link');
  await Promise.all([site.context.close(), context.close(), bare.context.close()]);
});

test('a complaint is sent inside a widget by keyboard alone; the page keeps its address and hears of it', async () => {
  const { context, page, errors, requests, widgets } = await demo();
  const widget = widgets.complaint;
  const h1 = widget.getByRole('heading', { level: 1 });
  const address = page.url();
  const history = await page.evaluate(() => history.length);
  // No way out to the full site mid-form: it may be on another origin, without this draft.
  assert.equal(await widget.getByRole('link', { name: /e-pakalpojumu vietnē/ }).count(), 0);
  for (const [index, answers] of plans.complaint.steps.entries()) {
    assert.deepEqual(await axe(page), [], `step ${index + 1}`);
    if (index === 0) {
      // Errors: the summary inside the widget takes focus, and links to the field.
      await tabTo(page, widget.getByRole('button', { name: ftl.lv['form-continue'] }));
      await page.keyboard.press('Enter');
      await widget.getByRole('alert').waitFor();
      assert.match(await focusMatching(page, /Radās problēma/), /Radās problēma/);
      const levels = await exposedLevels(page);
      assert.equal(levels['Par jums'], 3, 'the page heading fits under the section\'s h2');
      assert.equal(levels['Radās problēma'], 4, 'and what is under it, one level down');
      assert.deepEqual(await axe(page), [], 'step 1 with errors');
      await tabTo(page, widget.getByRole('alert').getByRole('link').first());
      await page.keyboard.press('Enter');
      assert.match(await focusMatching(page, /^input/), /^input/, 'the error link focuses its field');
      assert.equal(page.url(), address, 'an error link does not touch the address');
    }
    for (const [field, value] of answers) await answerByKeyboard(page, widget, 'lv', 'complaint', field, value);
    const heading = await h1.textContent();
    await tabTo(page, widget.getByRole('button', { name: ftl.lv['form-continue'] }));
    await page.keyboard.press('Enter');
    // Focus follows to the next page's h1, inside the widget.
    const next = await focusMatching(page, new RegExp(`^h1: (?!${heading}$)`));
    assert.match(next, /^h1: /, `after step ${index + 1}`);
  }
  assert.equal(await h1.textContent(), ftl.lv['form-check-title']);
  // The site's own check answers, started with the site's bundle for it.
  await widgetStarted(widget);
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.endsWith('.wasm')));
  assert.ok(wasm.some((p) => /^\/send\/dvi-form-send-[0-9a-f]+_bg\.wasm$/.test(p)), `check answers came with the site's send bundle: ${wasm}`);
  assert.deepEqual(await axe(page), [], 'check answers');
  await tabTo(page, widget.getByRole('checkbox', { name: ftl.lv['field-declaration-confirmed'] }));
  await page.keyboard.press('Space');
  await tabTo(page, widget.getByRole('button', { name: ftl.lv['form-send'] }));
  await page.keyboard.press('Enter');
  const shown = widget.getByText(/^DVI-\d{4}-\d{6}$/);
  await shown.waitFor();
  const reference = await shown.textContent();
  assert.deepEqual(await axe(page), [], 'confirmation');

  assert.equal(stored(reference)?.form, 'complaint');
  await page.getByRole('list').filter({ hasText: reference }).waitFor();
  assert.equal(await page.locator('#events li').textContent(), `complaint-widget: complaint ${reference}`);
  assert.equal(page.url(), address, 'the address is the page\'s own');
  assert.equal(await page.evaluate(() => history.length), history, 'no history entries');
  assert.equal(await page.title(), 'Sūdzības un jautājumi – Datu valsts inspekcija (paraugs)', 'the title is the page\'s own');
  assert.deepEqual(requests.filter((url) => !url.startsWith(BASE)), [], 'nothing from elsewhere');
  assert.deepEqual(errors, []);
  await context.close();
});

test('two widgets work apart; links stay inside or open the full site; a language switch is in place', async () => {
  const { context, page, errors, widgets } = await demo();
  const { complaint, services } = widgets;
  const name = complaint.getByRole('textbox', { name: labelOf('lv', 'complaint', 'full-name') });
  await name.fill('Anna Liepa');

  // Searching one widget's catalogue leaves the other widget as it was.
  const all = await services.getByRole('status').textContent();
  await services.getByRole('searchbox', { name: 'Search for a service' }).fill('breach');
  await services.getByRole('link', { name: 'Book a visit in person' }).waitFor({ state: 'detached' });
  assert.notEqual(await services.getByRole('status').textContent(), all);
  assert.equal(await complaint.getByRole('heading', { level: 1 }).textContent(), 'Par jums');
  assert.equal(await name.inputValue(), 'Anna Liepa');

  // A service link carries the full site's address (for a new tab), but opens inside.
  const link = services.getByRole('link', { name: 'Report a personal data breach' });
  const href = await link.getAttribute('href');
  assert.equal(href, `${BASE}/en/services/report-a-personal-data-breach`);
  const address = page.url();
  await link.click();
  assert.match(await focusMatching(page, /^h1: Report a personal data breach/), /^h1: Report a personal data breach/);
  assert.equal(page.url(), address);
  assert.equal(await services.getByRole('link', { name: /self-service site/ }).getAttribute('href'), href);
  const deep = await context.newPage();
  await deep.goto(href);
  assert.equal(await deep.getByRole('heading', { level: 1 }).textContent(), 'Report a personal data breach', 'the full site at the same page');
  await deep.close();

  // The page switches one widget's language: the same step in English, the answer kept.
  await page.getByRole('button', { name: 'English' }).click();
  await complaint.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  assert.equal(await complaint.getByRole('textbox', { name: labelOf('en', 'complaint', 'full-name') }).inputValue(), 'Anna Liepa');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'lv', 'the page keeps its language');
  assert.deepEqual(await axe(page), [], 'both widgets in English');

  // A new `view` starts the widget there.
  await complaint.evaluate((el) => el.setAttribute('view', 'channels'));
  await complaint.getByRole('heading', { level: 1, name: 'How to reach us' }).waitFor();
  assert.deepEqual(await axe(page), [], 'the channels in a widget');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a form opens in the widget that showed its service, with the site\'s forms bundle; Back returns', async () => {
  const { context, page, errors, widgets } = await demo();
  const { services } = widgets;
  const address = page.url();
  const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname).filter((p) => p.endsWith('.wasm')));
  assert.ok((await scripts()).some((p) => p.startsWith('/catalogue/')), 'the catalogue with its islands');
  await services.getByRole('link', { name: 'Complaint about the processing of personal data' }).first().click();
  assert.match(await focusMatching(page, /^h1: Complaint about/), /^h1: Complaint about/);
  await services.getByRole('link', { name: ftl.en['form-start'] }).click();
  // The other bundle starts at the form's first step, and says so as a new page would.
  assert.match(await focusMatching(page, /^h1: About you/), /^h1: About you/);
  assert.ok(await services.getByRole('textbox', { name: labelOf('en', 'complaint', 'full-name') }).isVisible());
  assert.equal(page.url(), address, 'the page keeps its address');
  await services.getByRole('link', { name: ftl.en['form-back'] }).click();
  assert.match(await focusMatching(page, /^h1: Complaint about/), /^h1: Complaint about/);
  assert.deepEqual(await axe(page), [], 'after moving between the bundles');
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 320 px nothing inside a widget scrolls sideways', async () => {
  const { context, widgets } = await demo({ width: 320, height: 640 });
  for (const widget of Object.values(widgets)) {
    const [scroll, width] = await widget.evaluate((el) => {
      const frame = el.shadowRoot.firstElementChild;
      return [frame.scrollWidth, frame.clientWidth];
    });
    assert.ok(scroll <= width, `${await widget.getAttribute('id')}: ${scroll} px of content in ${width} px`);
  }
  await context.close();
});
