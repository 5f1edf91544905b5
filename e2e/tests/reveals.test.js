// Every reveal in every rendering, generated from the forms' declarations (`dvi-server forms`),
// so that a new condition is covered without anyone writing a test for it: for every form,
// step and condition, each option that reveals a question, in both languages, on the site and
// in the widget on a host page, the question the answer reveals in the browser is the very
// markup the page was pre-rendered with (its words, a select's options), hidden until then;
// and every select of every step has its options, as pre-rendered and once the island has
// started.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { BASE, launch, open, hostPage, plans, labelOf, optionOf, escape } from '../support.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const forms = JSON.parse(execFileSync(process.env.SERVER_BIN, ['forms'], { encoding: 'utf8' }));

const stepPath = (lang, form, index) => {
  const slug = plans[form].slug[lang];
  return lang === 'lv' ? `/lv/pakalpojumi/${slug}/pieteikums/${index + 1}` : `/en/services/${slug}/apply/${index + 1}`;
};

/** The id of a field's control (the first option of a choice), as the error summary links it. */
const controlId = (field) => (field.options.length ? `field-${field.id}-${field.options[0]}` : `field-${field.id}`);

/** Each question of `ids` in the page as pre-rendered (`html`), or as it is now (`null`; in a
 * widget: in its shadow root): its markup (comments left out: they mark where a view begins),
 * whether it is hidden, its selects' option counts and the words of its label or legend. */
const questions = (page, ids, html = null) => page.evaluate(([ids, html]) => {
  const doc = html === null ? document.querySelector('dvi-self-service')?.shadowRoot ?? document : new DOMParser().parseFromString(html, 'text/html');
  const markup = (node) => {
    const copy = node.cloneNode(true);
    const walk = (doc.ownerDocument ?? doc).createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const comments = [];
    while (walk.nextNode()) comments.push(walk.currentNode);
    for (const c of comments) c.remove();
    return copy.innerHTML;
  };
  return Object.fromEntries(ids.map((id) => {
    const question = doc.getElementById(id)?.closest('.dvi-question');
    return [id, question && {
      markup: markup(question),
      hidden: question.hidden,
      options: [...question.querySelectorAll('select')].map((s) => s.options.length),
      text: question.querySelector('label, legend')?.textContent.trim() ?? '',
    }];
  }));
}, [ids, html]);

/** Gives `field` the answer `option` as a person would: a radio, a checkbox or a select (in
 * `page`, a page or a widget). */
async function answer(page, lang, form, field, option) {
  const question = new RegExp(`^${escape(labelOf(lang, form, field.id))}`);
  if (field.kind === 'choice') {
    await page.getByRole('group', { name: question }).getByRole('radio', { name: optionOf(lang, form, field.id, option), exact: true }).check();
  } else if (field.kind === 'multi-choice') {
    await page.getByRole('group', { name: question }).getByRole('checkbox', { name: optionOf(lang, form, field.id, option), exact: true }).check();
  } else {
    await page.getByRole('combobox', { name: question }).selectOption(option);
  }
}

test('every form of the declarations has a plan and its service', () => {
  assert.deepEqual(forms.map((f) => f.id).sort(), Object.keys(plans).sort());
});

/** A step's page on the site, or in a widget that has moved there (as Continue moves it). */
async function showStep(path, lang, where) {
  if (where === 'site') {
    const opened = await open(browser, path);
    return { ...opened, scope: opened.page };
  }
  const opened = await hostPage(browser, `<h1>Host</h1><dvi-self-service lang="${lang}" view="service:complaint"></dvi-self-service>`, { lang });
  const scope = opened.page.locator('dvi-self-service');
  await scope.getByRole('heading', { level: 1 }).waitFor();
  await scope.evaluate((el, href) => el.shadowRoot.querySelector('.dvi-widget').dispatchEvent(new CustomEvent('dvi-go', { bubbles: true, detail: { href } })), path);
  await opened.page.waitForFunction((href) => {
    const frame = document.querySelector('dvi-self-service').shadowRoot.querySelector('.dvi-widget');
    return frame.dataset.href === href && frame.dataset.islands === 'started';
  }, path);
  return { ...opened, scope };
}

for (const form of forms) {
  for (const [index, step] of form.steps.entries()) {
    for (const lang of ['lv', 'en']) {
      for (const where of ['site', 'widget']) {
        test(`${form.id} step ${index + 1}: every reveal is the page's own markup (${lang}, ${where})`, async () => {
          const path = stepPath(lang, form.id, index);
          const raw = await (await fetch(BASE + path)).text();
          const { context, page, errors, scope } = await showStep(path, lang, where);
          const ids = step.fields.map(controlId);
          const prerendered = await questions(page, ids, raw);
          const live = () => questions(page, ids);
          for (const field of step.fields) {
            const drawn = prerendered[controlId(field)];
            assert.ok(drawn, `${field.id}: pre-rendered`);
            assert.ok(drawn.text.length > 0, `${field.id}: its label or legend has words`);
            assert.equal(drawn.hidden, Boolean(field.when), `${field.id}: hidden exactly when it waits for an answer`);
            for (const count of drawn.options) assert.ok(count > 1, `${field.id}: a select with its options (${count})`);
          }
          const started = await live();
          for (const id of ids) assert.deepEqual(started[id], prerendered[id], `${id}: as pre-rendered once started`);

          // A question that reveals another may wait for an answer itself (a country, asked for
          // an answer by post): that answer first.
          const show = async (field) => {
            if (!field.when) return;
            const on = step.fields.find((f) => f.id === field.when.field);
            assert.ok(on, `${field.id} depends on ${field.when.field}, on the same step`);
            await show(on);
            await answer(scope, lang, form.id, on, field.when.any_of[0]);
          };
          for (const field of step.fields.filter((f) => f.when)) {
            const on = step.fields.find((f) => f.id === field.when.field);
            assert.ok(on, `${field.id} depends on ${field.when.field}, on the same step`);
            await show(on);
            for (const option of field.when.any_of) {
              await answer(scope, lang, form.id, on, option);
              const question = scope.locator(`[id="${controlId(field)}"]`);
              await question.waitFor({ state: 'visible' });
              const now = (await live())[controlId(field)];
              assert.deepEqual({ ...now, hidden: true }, prerendered[controlId(field)], `${field.id} revealed by ${on.id} = ${option}: the pre-rendered question`);
              assert.equal(now.hidden, false);
            }
          }
          assert.deepEqual(errors, [], 'console');
          await context.close();
        });
      }
    }
  }
}
