// <dvi-self-service>: the Data State Inspectorate's self-service on any page, from one script
// tag (README, "Embedding"). Each element gets its own shadow root, so the page's styles and
// the widget's never meet; the widget itself is Rust (src/widget.rs) in three bundles, loaded
// once for all elements and only when one shows it: its pages (the catalogue, the services,
// the channels), a form's steps, and its check answers and confirmation. Going to a page of
// another bundle has the element load that one, which starts there.
const here = new URL('./', import.meta.url);
// The full site is the folder above this one ("https://…/widget/embed.js" → "https://…").
const SITE = new URL('../', here).href.replace(/\/$/, '');

// The bundle a `view` is shown by: a form's own, else the pages'.
const bundleOf = (view) => (view.trim().startsWith('form:') ? 'forms' : 'pages');

let sheet;
const loaded = {};
const load = (bundle) => (loaded[bundle] ??= Promise.all([
  import(new URL(`dvi-widget-${bundle}.js`, here)).then(async (module) => {
    await module.default({ module_or_path: new URL(`dvi-widget-${bundle}_bg.wasm`, here) });
    return module;
  }),
  (sheet ??= fetch(new URL('dvi-widget.css', here))
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`dvi-widget.css: ${r.status}`))))
    .then((css) => {
      const styles = new CSSStyleSheet();
      styles.replaceSync(css);
      return styles;
    })),
]));

// Each bundle's words in a language, fetched once, before the widget first shows that
// language: the bundles carry none of their own (src/i18n.rs says why).
const words = {};
// Bundles that need the same words read the same file (the module names it).
const carryWords = (bundle, module, lang) => {
  const file = `dvi-widget-${module.words_name()}-${lang}.txt`;
  return (words[`${bundle}-${lang}`] ??= fetch(new URL(file, here))
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${file}: ${r.status}`))))
    .then((text) => module.carry_words(lang, text)));
};

const absolute = (value, fallback) => {
  try {
    return new URL(value || fallback, document.baseURI).href.replace(/\/$/, '');
  } catch {
    return fallback;
  }
};

class DviSelfService extends HTMLElement {
  static observedAttributes = ['lang', 'view', 'site-base', 'api-base', 'heading-level'];

  #widget = null;

  #bundle = null;

  #module = null;

  // Which start is the latest asked for (a bundle may arrive after a later one was asked).
  #starts = 0;

  #headings = null;

  constructor() {
    super();
    // A link inside the widget to a page of its other bundle.
    this.addEventListener('dvi-open', (event) => this.#start(event.detail.bundle, event.detail.href, true));
  }

  connectedCallback() {
    // Until the widget is ready (or if it cannot start), the element's own content shows:
    // the snippet puts a plain link to the full site there.
    const view = this.getAttribute('view') ?? 'catalogue';
    this.#start(bundleOf(view), view, false);
  }

  disconnectedCallback() {
    this.#starts += 1;
    this.#headings?.disconnect();
    this.#widget?.free();
    this.#widget = null;
    this.#bundle = null;
    this.#module = null;
    this.shadowRoot?.replaceChildren();
  }

  attributeChangedCallback(name) {
    if (!this.#widget) return;
    if (name === 'heading-level') {
      this.#levelHeadings();
      return;
    }
    if (name === 'view') {
      const view = this.getAttribute('view') ?? 'catalogue';
      if (bundleOf(view) !== this.#bundle) {
        this.#start(bundleOf(view), view, false);
        return;
      }
    }
    if (name === 'lang') {
      // The other language's words first, then the same page in it.
      const [bundle, module] = [this.#bundle, this.#module];
      const lang = module.lang_code(this.#lang());
      const mine = this.#starts;
      carryWords(bundle, module, lang).then(
        () => mine === this.#starts && this.#widget?.set('lang', lang),
        (error) => console.error('<dvi-self-service> could not change its language.', error),
      );
      return;
    }
    const value = { 'site-base': () => this.#site(), 'api-base': () => this.#api() }[name]?.() ?? this.getAttribute(name) ?? '';
    this.#widget.set(name, value);
  }

  // Shows `start` (a view, or an address a link led to) with `bundle`, in place of what was shown.
  #start(bundle, start, moved) {
    const mine = ++this.#starts;
    let lang;
    load(bundle).then(
      ([module, styles]) => {
        lang = module.lang_code(this.#lang());
        return carryWords(bundle, module, lang).then(() => [module, styles]);
      },
    ).then(
      ([module, styles]) => {
        if (!this.isConnected || mine !== this.#starts) return;
        const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [styles];
        this.#widget?.free();
        root.replaceChildren();
        this.#widget = module.Widget.mount(this, root, lang, start, this.#site(), this.#api(), moved) ?? null;
        this.#bundle = bundle;
        this.#module = module;
        this.#headings ??= new MutationObserver(() => this.#levelHeadings());
        this.#headings.observe(root, { childList: true, subtree: true });
        this.#levelHeadings();
      },
      (error) => console.error('<dvi-self-service> could not start; its fallback link stays.', error),
    );
  }

  // `heading-level="3"`: the widget's page heading is read as a level 3 heading and the
  // headings under it as 4, 5, …, so that they fit the outline of the page around it.
  #levelHeadings() {
    const top = Number.parseInt(this.getAttribute('heading-level') ?? '', 10);
    for (const heading of this.shadowRoot?.querySelectorAll('h1, h2, h3, h4, h5, h6') ?? []) {
      if (top >= 1 && top <= 6) {
        const level = String(Math.min(6, Number(heading.tagName[1]) + top - 1));
        if (heading.getAttribute('aria-level') !== level) heading.setAttribute('aria-level', level);
      } else if (heading.hasAttribute('aria-level')) {
        heading.removeAttribute('aria-level');
      }
    }
  }

  // The element's own language, else the page's around it.
  #lang() {
    return this.getAttribute('lang') || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'lv';
  }

  #site() {
    return absolute(this.getAttribute('site-base'), SITE);
  }

  #api() {
    return absolute(this.getAttribute('api-base'), `${this.#site()}/api`);
  }
}

if (!customElements.get('dvi-self-service')) customElements.define('dvi-self-service', DviSelfService);
