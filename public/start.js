// Brings a pre-rendered page's islands to life (src/islands/). Only pages with islands load
// this, with a <link rel="modulepreload"> to the one bundle their islands are in. The page is
// already complete and readable, so the bundle's wasm is fetched only once it has been painted,
// and nothing on the page is replaced: each island hydrates over its own markup.
//
// Nothing the person does meanwhile is lost. What they type or choose stays in the page's own
// controls, which are the islands' state: an island reads them once started (src/dom.rs). A
// form sent before then (every action that cannot wait is a form's submit: Continue, Send,
// search) is held back, and sent again after.
const glue = document.querySelector('link[rel="modulepreload"]');
const islands = [...document.querySelectorAll('[data-island]')];

// The last form sent inside an island before the islands started, and the button that sent it.
let held = null;
const holdSubmit = (event) => {
  if (event.target.closest?.('[data-island]')) {
    event.preventDefault();
    held = { form: event.target, submitter: event.submitter };
  }
};
document.addEventListener('submit', holdSubmit, true);

// Once the page is on the screen: its first contentful paint reported, which comes a frame or so
// after requestAnimationFrame (the module fetched any sooner would share a slow line with what
// is still to be painted); at most a second from here, if the browser reports no paints.
const painted = () =>
  new Promise((done) => {
    const seen = () => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');
    if (!globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return requestAnimationFrame(() => setTimeout(done, 0));
    if (seen()) return done();
    const paints = new PerformanceObserver(() => seen() && (paints.disconnect(), done()));
    paints.observe({ type: 'paint' });
    setTimeout(() => (paints.disconnect(), done()), 1000);
  });

try {
  if (glue && islands.length) {
    await painted();
    // The islands' words in the page's language, beside the bundle (it carries none itself;
    // an island fetches what else it needs, such as `data-countries`, itself).
    const lang = document.documentElement.lang;
    const words = fetch(glue.dataset.words).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${glue.dataset.words}: ${r.status}`))));
    const bundle = await import(glue.href);
    // Every step below in a task of its own, none of them holding the page up for long
    // (Lighthouse's total blocking time): V8 compiles each wasm function on its first call, on
    // the main thread, so even a little code run for the first time takes a while (measured:
    // the form step's TBT 14 ms with all of it in one task, 0-5 ms with these tasks).
    // A message rather than a timer: nested timers wait at least 4 ms each, and the sooner the
    // islands are live, the less a person does on a page that cannot yet keep it.
    const tasks = new MessageChannel();
    const nextTask = () =>
      new Promise((next) => {
        tasks.port1.onmessage = next;
        tasks.port2.postMessage(null);
      });
    // The wasm beside the glue, checked against the integrity trunk computed for it. Not
    // streamed: a streaming compile is fed the whole module at once (fetch holds it back until
    // it has checked its integrity) and decodes it in one long task on the main thread, where a
    // module from bytes is decoded on another thread. Checked by crypto.subtle where there is
    // one (https, localhost), on another thread too: fetch's check runs on the main thread
    // (measured: up to 10 ms for the forms' module).
    const wasm = glue.href.replace(/\.js$/, '_bg.wasm');
    const integrity = glue.dataset.wasmIntegrity;
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
    await nextTask();
    bundle.carry_words(lang, await words);
    for (const island of islands) {
      await nextTask();
      const start = bundle[`island_${island.dataset.island.replaceAll('-', '_')}`];
      if (!start) {
        console.error(`No island ${island.dataset.island} in ${glue.href}`);
        continue;
      }
      // The island, in one call; what waited for it (what its controls hold, its draft, the
      // address's query) in the next task (src/islands/hydration.rs).
      start(island);
      await nextTask();
      bundle.islands_started();
    }
  }
  // For tests and tools: every island of this page is live.
  document.documentElement.dataset.islands = 'started';
} finally {
  // Started or not (the bundle could not be fetched: the page still reads), the page's own
  // forms are left to the browser from here on.
  document.removeEventListener('submit', holdSubmit, true);
  if (document.documentElement.dataset.islands === 'started') {
    if (held?.form.isConnected) held.form.requestSubmit(held.submitter?.form === held.form ? held.submitter : null);
  } else {
    // The page could not start: say so (a form page says how to send it another way, where its
    // Continue now leads), and to whoever pressed something meanwhile, where they are.
    const failed = document.getElementById('start-failed');
    if (failed) {
      failed.hidden = false;
      if (held) failed.focus();
    }
  }
}
