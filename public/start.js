// Brings a pre-rendered page's islands to life (src/islands/). Only pages with islands load
// this, with a <link rel="modulepreload"> to the one bundle their islands are in; the widget's
// element (public/widget/embed.js) imports it too, and starts the page it shows in its shadow
// root with `start`. The page is already complete and readable, so the bundle's wasm is
// fetched only once it has been painted, and nothing on the page is replaced: each island
// hydrates over its own markup.
//
// Nothing the person does meanwhile is lost. What they type or choose stays in the page's own
// controls, which are the islands' state: an island reads them once started (src/dom.rs). A
// form sent before then (every action that cannot wait is a form's submit: Continue, Send,
// search) is held back, and sent again after.

// Once the page is on the screen: its first contentful paint reported, which comes a frame or so
// after requestAnimationFrame (the module fetched any sooner would share a slow line with what
// is still to be painted); at most a second from here, if the browser reports no paints. A
// widget's page, put into a page painted long before: the next frame.
const painted = (root) =>
  new Promise((done) => {
    const frame = () => requestAnimationFrame(() => setTimeout(done, 0));
    if (root !== document || !globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return frame();
    const seen = () => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');
    if (seen()) return done();
    const paints = new PerformanceObserver(() => seen() && (paints.disconnect(), done()));
    paints.observe({ type: 'paint' });
    setTimeout(() => (paints.disconnect(), done()), 1000);
  });

// Every step below in a task of its own, none of them holding the page up for long
// (Lighthouse's total blocking time): V8 compiles each wasm function on its first call, on
// the main thread, so even a little code run for the first time takes a while (measured:
// the form step's TBT 14 ms with all of it in one task, 0-5 ms with these tasks).
// A message rather than a timer: nested timers wait at least 4 ms each, and the sooner the
// islands are live, the less a person does on a page that cannot yet keep it.
// One channel, one message and one waiter per task asked for (two widgets start at once).
const tasks = new MessageChannel();
const waiting = [];
tasks.port1.onmessage = () => waiting.shift()?.();
const nextTask = () =>
  new Promise((next) => {
    waiting.push(next);
    tasks.port2.postMessage(null);
  });

const text = (url) => fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`))));

// Each bundle once, however many pages a widget shows with it: fetched, checked, instantiated
// (tried again next time if it could not be).
const bundles = new Map();
const live = [];
const load = (glue) => {
  if (!bundles.has(glue.href)) bundles.set(glue.href, instantiate(glue).catch((error) => (bundles.delete(glue.href), Promise.reject(error))));
  return bundles.get(glue.href);
};
const instantiate = async (glue) => {
  const bundle = await import(glue.href);
  // The wasm beside the glue, checked against the integrity trunk computed for it. Not
  // streamed: a streaming compile is fed the whole module at once (fetch holds it back until
  // it has checked its integrity) and decodes it in one long task on the main thread, where a
  // module from bytes is decoded on another thread. Checked by crypto.subtle where there is
  // one (https, localhost), on another thread too: fetch's check runs on the main thread
  // (measured: up to 10 ms for the forms' module).
  const wasm = glue.href.replace(/\.js$/, '_bg.wasm');
  const { integrity } = glue;
  const subtle = integrity && globalThis.crypto?.subtle;
  const response = await fetch(wasm, integrity && !subtle ? { integrity } : {});
  if (!response.ok) throw new Error(`${wasm}: ${response.status}`);
  const bytes = await response.arrayBuffer();
  if (subtle) {
    const [, bits, want] = integrity.match(/^sha(256|384|512)-(.+)$/) ?? [];
    const digest = bits && new Uint8Array(await subtle.digest(`SHA-${bits}`, bytes));
    if (!digest || btoa(String.fromCharCode(...digest)) !== want) throw new Error(`${wasm} is not ${integrity}`);
  }
  await bundle.default({ module_or_path: bytes });
  live.push(bundle);
  return bundle;
};
// Each words file fetched once, and carried once into the bundle that reads it (it keeps what
// it is given).
const fetched = new Map();
const words = (url) => {
  if (!fetched.has(url)) fetched.set(url, text(url).catch((error) => (fetched.delete(url), Promise.reject(error))));
  return fetched.get(url);
};
const carried = new Set();

/**
 * Starts the islands in `root` (the document, or a widget's shadow root) from the bundle `glue`
 * names (`{ href, integrity, words }`: its module, its wasm's integrity, its words in `lang`),
 * then marks `mark` with `data-islands="started"` (for tests and tools). If they cannot start,
 * the page's `#start-failed` says so. `sent`: a form sent before this was called, held.
 */
export async function start(root, glue, lang, mark, sent = null) {
  const islands = [...root.querySelectorAll('[data-island]')];
  // The last form sent inside an island before the islands started, and the button that sent it.
  let held = sent;
  const holdSubmit = (event) => {
    if (event.target.closest?.('[data-island]')) {
      event.preventDefault();
      held = { form: event.target, submitter: event.submitter };
    }
  };
  root.addEventListener('submit', holdSubmit, true);
  try {
    if (islands.length) {
      await painted(root);
      // The islands' words in the page's language, beside the bundle (it carries none itself;
      // an island fetches what else it needs, such as `data-countries`, itself).
      const arriving = words(glue.words);
      const bundle = await load(glue);
      await nextTask();
      const key = `${glue.href} ${lang} ${glue.words}`;
      const given = await arriving;
      if (!carried.has(key)) {
        carried.add(key);
        bundle.carry_words(lang, given);
      }
      for (const island of islands) {
        await nextTask();
        const begin = bundle[`island_${island.dataset.island.replaceAll('-', '_')}`];
        if (!begin) {
          console.error(`No island ${island.dataset.island} in ${glue.href}`);
          continue;
        }
        if (!island.isConnected) return;
        // The island, in one call; what waited for it (what its controls hold, its draft, the
        // address's query) in the next task (src/islands/hydration.rs).
        begin(island);
        await nextTask();
        bundle.islands_started();
      }
    }
    mark.dataset.islands = 'started';
  } finally {
    // Started or not (the bundle could not be fetched: the page still reads), the page's own
    // forms are left to the browser from here on.
    root.removeEventListener('submit', holdSubmit, true);
    if (mark.dataset.islands === 'started') {
      if (held?.form.isConnected) held.form.requestSubmit(held.submitter?.form === held.form ? held.submitter : null);
    } else if (islands.every((island) => island.isConnected)) {
      // The page could not start: say so (a form page says how to send it another way, where its
      // Continue now leads), and to whoever pressed something meanwhile, where they are. (Not
      // when the page has gone meanwhile: a widget showing another, which starts on its own.)
      const failed = root.getElementById('start-failed');
      if (failed?.isConnected) {
        failed.hidden = false;
        if (held) failed.focus();
      }
    }
  }
}

/** Fetches a bundle and its words ahead, for a page to come (a widget keeps a started form's). */
export const prepare = (glue) => Promise.all([load(glue), words(glue.words)]).catch(() => {});

/** Ends the islands that have left the page (a widget showed another). */
export function dropped() {
  for (const bundle of live) bundle.islands_dropped();
}

// The page's own islands, from the bundle its <link rel="modulepreload"> names (a page of
// another site, where the widget's element imports this, has none).
const glue = document.querySelector('link[rel="modulepreload"][data-words]');
if (glue) start(document, { href: glue.href, integrity: glue.dataset.wasmIntegrity, words: glue.dataset.words }, document.documentElement.lang, document.documentElement);
