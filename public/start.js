// Brings a pre-rendered page's islands to life (src/islands.rs). Only pages with islands load
// this, with a <link rel="modulepreload"> to the one bundle their islands are in. The page is
// already complete and readable, so the bundle's wasm is fetched only once it has been painted,
// and nothing on the page is replaced: each island hydrates over its own markup.
//
// Nothing the person does meanwhile is lost. What they type or choose stays in the page's own
// controls and is handed to each island once it has started, as the input events it was; a
// button pressed or a form sent before then is held back, and pressed or sent again after.
const glue = document.querySelector('link[rel="modulepreload"]');
const islands = [...document.querySelectorAll('[data-island]')];

// The last button pressed inside an island before the islands started (a submit included).
let held = null;
const hold = (event) => {
  const button = event.target.closest?.('button');
  if (button?.closest('[data-island]')) {
    event.preventDefault();
    held = button;
  }
};
const holdSubmit = (event) => {
  if (event.target.closest?.('[data-island]')) {
    event.preventDefault();
    held ??= event.submitter ?? event.target;
  }
};
document.addEventListener('click', hold, true);
document.addEventListener('submit', holdSubmit, true);

// What the person changed in an island's controls before it started, as input and change events,
// given to the island (or a part of it) right after it has hydrated: before its effects first run
// and write its state, still empty, over what was typed. A part that comes to life later
// (`data-later`, src/islands.rs `hydrated_later`) is handed over itself, once it has; and once the
// island's draft is read, `all` of it again (the same values again change nothing), with the files
// chosen: each change of a file input uploads it, once, into the draft as read.
const handOver = (part, all = false) => {
  const fire = (el, type) => el.dispatchEvent(new Event(type, { bubbles: true }));
  for (const el of part.querySelectorAll('input, textarea, select')) {
    if (!all && el.parentElement.closest('[data-later]') !== part.closest('[data-later]')) continue;
    if (el.type === 'radio' || el.type === 'checkbox') {
      if (el.checked !== el.defaultChecked) fire(el, 'change');
    } else if (el.type === 'file') {
      if (all && el.files?.length) fire(el, 'change');
    } else if (el.tagName === 'SELECT') {
      if ([...el.options].some((o) => o.selected !== o.defaultSelected)) fire(el, 'change');
    } else if (el.value !== el.defaultValue) {
      fire(el, 'input');
    }
  }
};

try {
  if (glue && islands.length) {
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
    // The islands' words in the page's language, beside the bundle (it carries none itself;
    // an island fetches what else it needs, such as `data-countries`, itself).
    const lang = document.documentElement.lang;
    const words = fetch(glue.dataset.words).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${glue.dataset.words}: ${r.status}`))));
    const bundle = await import(glue.href);
    // The wasm beside the glue, checked against the integrity trunk computed for it.
    const wasm = glue.href.replace(/\.js$/, '_bg.wasm');
    const integrity = glue.dataset.wasmIntegrity;
    await bundle.default({ module_or_path: fetch(wasm, integrity ? { integrity } : {}) });
    bundle.carry_words(lang, await words);
    // Each island in a task of its own, after the one that started the module: none of them
    // holds the page up for long (Lighthouse's total blocking time).
    const nextTask = () => new Promise((next) => setTimeout(next, 0));
    for (const island of islands) {
      await nextTask();
      const start = bundle[`island_${island.dataset.island.replaceAll('-', '_')}`];
      if (!start) {
        console.error(`No island ${island.dataset.island} in ${glue.href}`);
        continue;
      }
      start(island);
      handOver(island);
      // The rest of it (src/islands.rs, `go_on`), a few milliseconds at a time; the last call
      // reads the drafts, and the hand-over after it comes in the same task.
      while (bundle.islands_go_on(handOver)) await nextTask();
      handOver(island, true);
    }
  }
  // For tests and tools: every island of this page is live.
  document.documentElement.dataset.islands = 'started';
} finally {
  // Started or not (the bundle could not be fetched: the page still reads), the page's own
  // buttons and forms are left to the browser from here on.
  document.removeEventListener('click', hold, true);
  document.removeEventListener('submit', holdSubmit, true);
  if (document.documentElement.dataset.islands === 'started' && held?.isConnected) {
    if (held instanceof HTMLFormElement) held.requestSubmit();
    else held.click();
  }
}
