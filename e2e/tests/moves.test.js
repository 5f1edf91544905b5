// A form survives what happens between its pages, generated from the forms' declarations
// (`dvi-server forms`) and the answers that complete them (support.js `plans`), so that a new
// step is covered without a new test. For every form, in both languages, three journeys: on the
// site without its service worker, the connection dropped at every kind of move (Continue, the
// last Change link, Back, the language switch, Send) and the confirmation not coming after the
// backend's 201: each time the person stays where they are, focus on a message that says what
// happened, nothing they typed is lost, and the move happens by itself once the connection is
// back; on the site with its worker and in the widget, the form kept once its first page has
// started, then filled from step one to Send with no connection, and sent once it is back. On
// every journey the backend holds exactly one submission. In the widget, each kind of page is
// switched to the other language and back with the answers kept, and the widget is taken off
// the page and put back. Then: a widget's link to a page no form keeps, what a form's worker
// keeps (and that no other page has one), a 422 for the submission as a whole, the character
// counter and the rule at the limit, and a language change while the widget's islands start.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { BASE, launch, open, hostPage, started, plans, labelOf, optionOf, escape, ftl, countries, focusMatching, stored, axe, textMatching } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const forms = JSON.parse(execFileSync(process.env.SERVER_BIN, ['forms'], { encoding: 'utf8' }));
const other = { lv: 'en', en: 'lv' };
// Each language's name in itself, as the site's language switch writes it (src/lang.rs).
const endonym = { lv: 'Latviešu', en: 'English' };

/** A form's page: a step by its number, or 'check' or 'sent', by the address of `lang`. */
const formPath = (lang, form, page) => {
  const slug = plans[form].slug[lang];
  const name = { check: { lv: 'parbaude', en: 'check' }, sent: { lv: 'nosutits', en: 'sent' } }[page]?.[lang] ?? page;
  return lang === 'lv' ? `/lv/pakalpojumi/${slug}/pieteikums/${name}` : `/en/services/${slug}/apply/${name}`;
};

/** Where the person is: the site's address, or the page the widget shows. */
const where = (page, widget) => (widget
  ? widget.evaluate((el) => el.shadowRoot?.querySelector('.dvi-widget')?.dataset.href ?? '')
  : page.evaluate(() => location.pathname));

/** Until the page shown (on the site, or in the widget) is at `path` with its islands started. */
async function arrived(page, widget, path, timeout = 15000) {
  if (widget) {
    await page.waitForFunction(([el, path]) => {
      const frame = el.shadowRoot?.querySelector('.dvi-widget');
      return frame?.dataset.href === path && frame.dataset.islands === 'started';
    }, [await widget.elementHandle(), path], { timeout });
  } else {
    await page.waitForURL((url) => url.pathname === path, { timeout });
    await started(page);
  }
}

/** Gives a step's answers (quickly: answering by keyboard is forms.test.js's). */
async function answer(scope, lang, form, answers) {
  for (const [field, value] of answers) {
    const label = new RegExp(`^${escape(labelOf(lang, form, field))}`);
    if (value.choose) await scope.getByRole('radio', { name: optionOf(lang, form, field, value.choose), exact: true }).check();
    else if (value.check) for (const o of value.check) await scope.getByRole('checkbox', { name: optionOf(lang, form, field, o), exact: true }).check();
    else if (value.select) await scope.getByRole('combobox', { name: label }).selectOption(value.select);
    else if (value.date) await scope.getByLabel(label).fill(value.date);
    else await scope.getByRole('textbox', { name: label }).fill(value);
  }
}

/** The text answers of `answers` as the page's controls hold them now. */
const held = (scope, lang, form, answers) => Promise.all(answers
  .filter(([, value]) => typeof value === 'string')
  .map(([field]) => scope.getByRole('textbox', { name: new RegExp(`^${escape(labelOf(lang, form, field))}`) }).inputValue()));

/** The message that a move did not happen, once it has focus. */
async function toldInPlace(page, scope, heading) {
  const alert = scope.getByRole('alert').filter({ has: page.getByRole('heading', { name: heading }) });
  await alert.waitFor();
  assert.match(await focusMatching(page, new RegExp(`^section: ${escape(heading)}`)), new RegExp(escape(heading)), 'focus on the message');
  return alert;
}

/** Switches a widget to `lang` and waits for its page in that language, started. */
async function switchWidget(page, widget, lang, path) {
  await widget.evaluate((el, lang) => el.setAttribute('lang', lang), lang);
  await arrived(page, widget, path);
}

/** Until a started form's pages are kept: on the site, its service worker in control (it is
 * installed once it has kept every page and file); in a widget, every page fetched, and both of
 * the form's bundles (its check answers has one of its own). */
async function kept(page, widget, lang, form) {
  if (!widget) {
    await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 20000 });
    return;
  }
  const pages = [...form.steps.keys()].map((i) => formPath(lang, form.id, i + 1)).concat([formPath(lang, form.id, 'check'), formPath(lang, form.id, 'sent')]);
  await page.waitForFunction((pages) => {
    const seen = performance.getEntriesByType('resource').map((e) => new URL(e.name));
    return pages.every((p) => seen.some((u) => u.pathname === p)) && seen.filter((u) => u.pathname.endsWith('_bg.wasm')).length >= 2;
  }, pages, { timeout: 20000 });
  // (The last page's text is kept the moment it has arrived.)
  await page.waitForTimeout(300);
}

// Three ways to meet a dropped connection, each for every form in both languages:
// - `in place`: the site without its service worker (a browser without one, or the form's first
//   page before it is installed): every move fails in place, and is made once the connection is back;
// - `offline`: the site with its worker, and the widget with its pages in memory: once the
//   first page has kept the form, it is filled from step one to Send with no connection, and
//   sent once the connection is back.
const ways = [
  { name: 'on the site, every move fails in place', widget: false, keeps: false },
  { name: 'on the site, offline after its first page', widget: false, keeps: true },
  { name: 'in the widget, offline after its first page', widget: true, keeps: true },
];

for (const form of forms) {
  const plan = plans[form.id];
  for (const lang of ['lv', 'en']) {
    for (const way of ways) {
      const inWidget = way.widget;
      test(`${form.id} (${lang}) ${way.name}: nothing lost, sent once`, async () => {
        const opened = inWidget
          ? await hostPage(browser, `<h1>Host</h1><dvi-self-service view="form:${form.id}" lang="${lang}"><a href="${BASE}/${lang}/">DVI</a></dvi-self-service>`, { lang })
          : await open(browser, formPath(lang, form.id, 1), { serviceWorkers: way.keeps ? 'allow' : 'block' });
        const { context, page, errors } = opened;
        const widget = inWidget ? page.locator('dvi-self-service') : null;
        const scope = widget ?? page;
        // Every reference the backend gave: one, however often sending was tried.
        const references = new Set();
        page.on('response', async (r) => {
          if (r.url().endsWith('/api/submissions') && r.status() === 201) references.add((await r.json()).reference);
        });
        await arrived(page, widget, formPath(lang, form.id, 1));
        if (inWidget) {
          // The draft is the host page's: its notice says so, not the site's.
          assert.ok(await scope.getByText(ftl[lang]['form-draft-notice-widget']).isVisible());
          assert.ok(!(await scope.getByText(ftl[lang]['form-draft-notice']).isVisible()));
        }
        if (way.keeps) {
          await kept(page, widget, lang, form);
          await context.setOffline(true);
        }
        /** A move with no connection: made from what is kept, or told in place and made once
         * the connection is back. `move` makes it; `path` is where it leads; `stuck` checks
         * the page while the person is told. */
        const offline = async (move, path, stuck = async () => {}) => {
          const here = await where(page, widget);
          if (way.keeps) {
            await move();
            await arrived(page, widget, path);
            return;
          }
          await context.setOffline(true);
          await move();
          await toldInPlace(page, scope, ftl[lang]['move-failed-heading']);
          assert.equal(await where(page, widget), here, `still on ${here}`);
          await stuck();
          await context.setOffline(false);
          await arrived(page, widget, path);
        };
        for (const [index, step] of form.steps.entries()) {
          const answers = plan.steps[index];
          await answer(scope, lang, form.id, answers);
          const next = index + 1 < form.steps.length ? formPath(lang, form.id, index + 2) : formPath(lang, form.id, 'check');
          await offline(() => scope.getByRole('button', { name: ftl[lang]['form-continue'] }).click(), next, async () => {
            const typed = await held(scope, lang, form.id, answers);
            assert.deepEqual(typed, answers.filter(([, v]) => typeof v === 'string').map(([, v]) => v), `${step.id}: what was typed is there`);
          });
          if (inWidget && index === 1) {
            // A later step in the other language and back, the answers kept; then the widget
            // is taken off the page and put back, and shows the same step.
            await context.setOffline(false);
            const there = formPath(other[lang], form.id, index + 2 <= form.steps.length ? index + 2 : 'check');
            await switchWidget(page, widget, other[lang], there);
            await switchWidget(page, widget, lang, next);
            await page.evaluate(() => {
              const el = document.querySelector('dvi-self-service');
              const parent = el.parentNode;
              el.remove();
              parent.append(el);
            });
            await arrived(page, widget, next);
            await context.setOffline(true);
          }
        }
        // Links with no connection: the last Change link, Back, and Continue back to check.
        const check = formPath(lang, form.id, 'check');
        const last = form.steps.length;
        await offline(() => scope.getByRole('link', { name: new RegExp(`^${escape(ftl[lang]['form-check-change'])}`) }).last().click(), formPath(lang, form.id, last));
        await offline(() => scope.getByRole('link', { name: ftl[lang]['form-back'] }).click(), formPath(lang, form.id, last - 1));
        for (const step of [last - 1, last]) {
          await scope.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
          await arrived(page, widget, step < last ? formPath(lang, form.id, step + 1) : check);
        }
        // Every answer kept in the other language, a country's name in it (fetched again). On
        // the site, the other language is a move that fails in place (its pages are not kept).
        const countryAnswer = plan.steps.flat().find(([, v]) => v.select)?.[1].select;
        if (inWidget) {
          await context.setOffline(false);
          await switchWidget(page, widget, other[lang], formPath(other[lang], form.id, 'check'));
        } else {
          await context.setOffline(true);
          await page.getByRole('link', { name: endonym[other[lang]], exact: true }).click();
          await toldInPlace(page, scope, ftl[lang]['move-failed-heading']);
          assert.equal(await where(page, widget), check, 'still on check your answers');
          await context.setOffline(false);
          await arrived(page, widget, formPath(other[lang], form.id, 'check'));
        }
        if (countryAnswer) await scope.getByText(countries[countryAnswer][other[lang]], { exact: true }).waitFor();
        if (inWidget) {
          await switchWidget(page, widget, lang, check);
        } else {
          await page.getByRole('link', { name: endonym[lang], exact: true }).click();
          await arrived(page, widget, check);
        }
        if (countryAnswer) await scope.getByText(countries[countryAnswer][lang], { exact: true }).waitFor();
        if (plan.declaration) await scope.getByRole('checkbox').check();
        // Offline at Send: told so; sent by itself once back online.
        await context.setOffline(true);
        await scope.getByRole('button', { name: ftl[lang]['form-send'], exact: true }).click();
        await scope.getByRole('heading', { name: ftl[lang]['form-send-failed-heading'] }).waitFor();
        const sent = formPath(lang, form.id, 'sent');
        let reference;
        if (way.keeps) {
          // The confirmation comes from what is kept if it must.
          await context.setOffline(false);
          await arrived(page, widget, sent);
          reference = await scope.getByText(/^DVI-\d{4}-\d{6}$/).first().textContent();
        } else {
          // The confirmation does not come after the backend's 201: the reference is told here.
          const blocked = (url) => new URL(url).pathname === sent;
          await context.route(blocked, (route) => route.abort('internetdisconnected'));
          await context.setOffline(false);
          const alert = await toldInPlace(page, scope, ftl[lang]['move-failed-sent-heading']);
          reference = (await alert.textContent()).match(/DVI-\d{4}-\d{6}/)?.[0];
          assert.ok(reference, 'the reference is in the message');
          assert.equal(await where(page, widget), check, 'still on check your answers');
          // The connection to the site is back: the confirmation, with the same reference.
          await context.unroute(blocked);
          await alert.getByRole('button', { name: ftl[lang]['move-retry'] }).click();
          await arrived(page, widget, sent);
        }
        assert.ok(stored(reference), `${reference} is in the database`);
        await scope.getByText(reference, { exact: true }).waitFor();
        if (inWidget) {
          await switchWidget(page, widget, other[lang], formPath(other[lang], form.id, 'sent'));
          await scope.getByText(reference, { exact: true }).waitFor();
        }
        assert.deepEqual(await axe(page), [], 'the confirmation');
        assert.deepEqual([...references], [reference], 'exactly one submission');
        assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|could not show/.test(e)), []);
        await context.close();
      });
    }
  }
}

for (const lang of ['lv', 'en']) {
  test(`a widget's link to a page not kept fails in place, and is followed once the connection is back (${lang})`, async () => {
    const { context, page, errors } = await hostPage(browser, `<h1>Host</h1><dvi-self-service view="form:feedback" lang="${lang}"><a href="${BASE}/${lang}/">DVI</a></dvi-self-service>`, { lang });
    const widget = page.locator('dvi-self-service');
    await arrived(page, widget, formPath(lang, 'feedback', 1));
    await answer(widget, lang, 'feedback', plans.feedback.steps[0]);
    await context.setOffline(true);
    // Back from the first step: the service's page, which no form keeps.
    await widget.getByRole('link', { name: ftl[lang]['form-back'] }).click();
    await toldInPlace(page, widget, ftl[lang]['move-failed-heading']);
    assert.equal(await where(page, widget), formPath(lang, 'feedback', 1));
    assert.deepEqual(await held(widget, lang, 'feedback', plans.feedback.steps[0]), plans.feedback.steps[0].filter(([, v]) => typeof v === 'string').map(([, v]) => v));
    assert.deepEqual(await axe(page), []);
    await context.setOffline(false);
    const service = lang === 'lv' ? `/lv/pakalpojumi/${plans.feedback.slug.lv}` : `/en/services/${plans.feedback.slug.en}`;
    await page.waitForFunction((path) => document.querySelector('dvi-self-service')?.shadowRoot?.querySelector('.dvi-widget')?.dataset.href === path, service);
    assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|could not show/.test(e)), []);
    await context.close();
  });
}

test('two widgets with different forms on one page: each its own session, both kept offline', async () => {
  const lang = 'en';
  const { context, page, errors } = await hostPage(browser, `<h1>Host</h1>
    <dvi-self-service id="one" view="form:feedback" lang="${lang}"><a href="${BASE}/${lang}/">DVI</a></dvi-self-service>
    <dvi-self-service id="two" view="form:question" lang="${lang}"><a href="${BASE}/${lang}/">DVI</a></dvi-self-service>`, { lang, height: 3000 });
  const one = page.locator('#one');
  const two = page.locator('#two');
  await arrived(page, one, formPath(lang, 'feedback', 1));
  await arrived(page, two, formPath(lang, 'question', 1));
  const feedback = forms.find((f) => f.id === 'feedback');
  const question = forms.find((f) => f.id === 'question');
  await kept(page, one, lang, feedback);
  await kept(page, two, lang, question);
  await context.setOffline(true);
  await answer(one, lang, 'feedback', plans.feedback.steps[0]);
  await answer(two, lang, 'question', plans.question.steps[0]);
  await one.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
  await arrived(page, one, formPath(lang, 'feedback', 2));
  // The other widget is where it was, its answers as typed.
  assert.equal(await where(page, two), formPath(lang, 'question', 1));
  assert.deepEqual(await held(two, lang, 'question', plans.question.steps[0]), plans.question.steps[0].filter(([, v]) => typeof v === 'string').map(([, v]) => v));
  await two.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
  await arrived(page, two, formPath(lang, 'question', 2));
  // Back in each: each form's own answers.
  await one.getByRole('link', { name: ftl[lang]['form-back'] }).click();
  await arrived(page, one, formPath(lang, 'feedback', 1));
  assert.deepEqual(await held(one, lang, 'feedback', plans.feedback.steps[0]), plans.feedback.steps[0].filter(([, v]) => typeof v === 'string').map(([, v]) => v));
  assert.deepEqual(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|could not show/.test(e)), []);
  await context.close();
});

test('a form page that starts keeps only its form, and no other page registers a worker', async () => {
  const { context, page } = await open(browser, formPath('en', 'feedback', 1), { serviceWorkers: 'allow' });
  await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 20000 });
  const [scopes, urls] = await page.evaluate(async () => {
    const registrations = await navigator.serviceWorker.getRegistrations();
    const names = await caches.keys();
    const urls = [];
    for (const name of names) urls.push(...(await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname));
    return [registrations.map((r) => new URL(r.scope).pathname), urls];
  });
  assert.deepEqual(scopes, [formPath('en', 'feedback', 1).replace(/1$/, '')]);
  const pages = urls.filter((u) => !/\.[a-z0-9]+$/.test(u)).sort();
  assert.deepEqual(pages, [1, 2, 'check', 'sent'].map((p) => formPath('en', 'feedback', p)).sort(), 'the form\'s pages, and no other');
  assert.ok(urls.every((u) => !u.startsWith('/api/')), 'nothing of the API');
  assert.ok(urls.some((u) => /dvi-form-send-.*_bg\.wasm$/.test(u)) && urls.some((u) => /dvi-forms-.*_bg\.wasm$/.test(u)), 'both bundles');
  // Online, a page is the network's: a changed page is seen at once.
  const fresh = await page.evaluate(async (path) => (await fetch(path, { method: 'HEAD', cache: 'no-store' })).status, formPath('en', 'feedback', 2));
  assert.equal(fresh, 200);
  await context.close();
  for (const path of ['/en/', '/en/services', '/en/contact']) {
    const { context, page } = await open(browser, path, { serviceWorkers: 'allow' });
    await page.waitForTimeout(2000);
    assert.deepEqual(await page.evaluate(async () => [(await navigator.serviceWorker.getRegistrations()).length, (await caches.keys()).length]), [0, 0], path);
    await context.close();
  }
});

for (const lang of ['lv', 'en']) {
  test(`a 422 for the submission as a whole is in the error summary, with the other ways (${lang})`, async () => {
    const { context, page } = await open(browser, formPath(lang, 'feedback', 1));
    await answer(page, lang, 'feedback', plans.feedback.steps[0]);
    await page.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
    await arrived(page, null, formPath(lang, 'feedback', 2));
    await answer(page, lang, 'feedback', plans.feedback.steps[1]);
    await page.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
    await arrived(page, null, formPath(lang, 'feedback', 'check'));
    await page.route('**/api/submissions', (route) => route.fulfill({
      status: 422, contentType: 'application/json', body: JSON.stringify({ error: 'invalid', fields: [{ field: 'form', code: 'choice_invalid' }] }),
    }));
    await page.getByRole('button', { name: ftl[lang]['form-send'], exact: true }).click();
    const summary = page.locator('#error-summary');
    await summary.getByRole('link', { name: ftl[lang]['form-send-refused'] }).waitFor();
    assert.match(await focusMatching(page, /^div: /), new RegExp(escape(ftl[lang]['error-summary-title'])), 'focus on the summary');
    await page.getByRole('heading', { name: ftl[lang]['form-other-ways-heading'] }).waitFor();
    await summary.getByRole('link', { name: ftl[lang]['form-send-refused'] }).click();
    assert.match(await focusMatching(page, /^section: /), new RegExp(escape(ftl[lang]['form-send-failed-heading'])));
    assert.match(await page.title(), new RegExp(`^${escape(ftl[lang]['error-prefix'])}`));
    assert.deepEqual(await axe(page), []);
    await context.close();
  });
}

test('the character counter and the rule agree at the limit, surrounding spaces counted', async () => {
  const { context, page } = await open(browser, formPath('en', 'question', 1));
  const box = page.getByRole('textbox', { name: labelOf('en', 'question', 'question') });
  // (The counter's text, not the polite announcement of it a moment later.)
  const counter = page.getByText(/^You have .* characters? (left|too many)$/).first();
  const max = Number((await counter.textContent()).match(/(\d+)/)[1]);
  await page.getByRole('radio', { name: optionOf('en', 'question', 'topic', 'other'), exact: true }).check();
  // Exactly the most, with spaces around: no characters left, and taken.
  await box.fill(`  ${'ā'.repeat(max - 4)}  `);
  assert.equal(await textMatching(counter, /no characters left/), 'You have no characters left');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/2$/);
  await page.goBack();
  await started(page);
  // One more: one too many, and refused.
  await box.fill(`  ${'ā'.repeat(max - 3)}  `);
  assert.equal(await textMatching(counter, /too many/), 'You have 1 character too many');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('alert').getByRole('link', { name: /.+/ }).first().waitFor();
  assert.equal(await page.evaluate(() => location.pathname), formPath('en', 'question', 1));
  await context.close();
});

test('a widget whose language changes while its islands start: just a change', async () => {
  let release;
  const held = new Promise((r) => { release = r; });
  const { context, page } = await hostPage(browser, `<h1>Host</h1><dvi-self-service view="form:feedback" lang="lv"><a href="${BASE}/lv/">DVI</a></dvi-self-service>`, {
    lang: 'lv',
    before: (p) => p.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); }),
  });
  const widget = page.locator('dvi-self-service');
  await widget.getByRole('heading', { level: 1 }).waitFor();
  await widget.evaluate((el) => el.setAttribute('lang', 'en'));
  await widget.getByRole('button', { name: ftl.en['form-continue'] }).waitFor();
  release();
  await arrived(page, widget, formPath('en', 'feedback', 1));
  await page.waitForTimeout(300);
  assert.equal(await widget.getByText(ftl.en['form-start-failed-heading']).isVisible(), false, 'no false failure');
  assert.equal(await widget.getByText(ftl.lv['form-start-failed-heading']).isVisible(), false);
  await context.close();
});

test('a file on its way: leaving the page asks first, and Back once it is there does not (complaint, en)', async () => {
  const lang = 'en';
  const { context, page } = await open(browser, formPath(lang, 'complaint', 1));
  const last = plans.complaint.steps.length;
  for (const [index, answers] of plans.complaint.steps.slice(0, last - 1).entries()) {
    await answer(page, lang, 'complaint', answers);
    await page.getByRole('button', { name: ftl[lang]['form-continue'] }).click();
    await arrived(page, null, formPath(lang, 'complaint', index + 2));
  }
  // The upload held; Back pressed meanwhile: the browser asks whether to leave (told no).
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/api/attachments', async (route) => { await held; await route.continue(); });
  const asked = [];
  page.on('dialog', (dialog) => { asked.push(dialog.type()); dialog.dismiss(); });
  await page.getByLabel(new RegExp(`^${escape(labelOf(lang, 'complaint', 'documents'))}`))
    .setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% scan\n') });
  await page.getByRole('progressbar').waitFor();
  await page.getByRole('link', { name: ftl[lang]['form-back'] }).click();
  await page.waitForTimeout(1000);
  assert.equal(await where(page, null), formPath(lang, 'complaint', last), 'still on the page with the file on its way');
  assert.deepEqual(asked, ['beforeunload']);
  // Once it is there: attached, and Back goes without asking.
  release();
  await page.getByRole('button', { name: /scan\.pdf/ }).waitFor();
  await page.getByRole('link', { name: ftl[lang]['form-back'] }).click();
  await arrived(page, null, formPath(lang, 'complaint', last - 1));
  assert.deepEqual(asked, ['beforeunload'], 'not asked once the file is there');
  await context.close();
});
