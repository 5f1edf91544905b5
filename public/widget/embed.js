// <dvi-self-service>: the Data State Inspectorate's self-service on any page, from one script
// tag (README, "Embedding"). Each element gets its own shadow root, so the page's styles and
// the widget's never meet; the widget itself is Rust (src/widget.rs), loaded once for all.
import init, { Widget } from './dvi-widget.js';

const here = new URL('./', import.meta.url);
// The full site is the folder above this one ("https://…/widget/embed.js" → "https://…").
const SITE = new URL('../', here).href.replace(/\/$/, '');

let loaded;
const load = () => (loaded ??= Promise.all([
  init({ module_or_path: new URL('dvi-widget_bg.wasm', here) }),
  fetch(new URL('dvi-widget.css', here))
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`dvi-widget.css: ${r.status}`))))
    .then((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    }),
]).then(([, sheet]) => sheet));

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

  #headings = null;

  connectedCallback() {
    // Until the widget is ready (or if it cannot start), the element's own content shows:
    // the snippet puts a plain link to the full site there.
    load().then(
      (sheet) => {
        if (!this.isConnected || this.#widget) return;
        const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [sheet];
        root.replaceChildren();
        this.#widget = Widget.mount(this, root, this.#lang(), this.getAttribute('view') ?? 'catalogue', this.#site(), this.#api()) ?? null;
        this.#headings = new MutationObserver(() => this.#levelHeadings());
        this.#headings.observe(root, { childList: true, subtree: true });
        this.#levelHeadings();
      },
      (error) => console.error('<dvi-self-service> could not start; its fallback link stays.', error),
    );
  }

  disconnectedCallback() {
    this.#headings?.disconnect();
    this.#widget?.free();
    this.#widget = null;
    this.shadowRoot?.replaceChildren();
  }

  attributeChangedCallback(name) {
    if (!this.#widget) return;
    if (name === 'heading-level') {
      this.#levelHeadings();
      return;
    }
    const value = { lang: () => this.#lang(), 'site-base': () => this.#site(), 'api-base': () => this.#api() }[name]?.() ?? this.getAttribute(name) ?? '';
    this.#widget.set(name, value);
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
