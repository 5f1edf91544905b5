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
  static observedAttributes = ['lang', 'view', 'site-base', 'api-base'];

  #widget = null;

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
      },
      (error) => console.error('<dvi-self-service> could not start; its fallback link stays.', error),
    );
  }

  disconnectedCallback() {
    this.#widget?.free();
    this.#widget = null;
    this.shadowRoot?.replaceChildren();
  }

  attributeChangedCallback(name) {
    if (!this.#widget) return;
    const value = { lang: () => this.#lang(), 'site-base': () => this.#site(), 'api-base': () => this.#api() }[name]?.() ?? this.getAttribute(name) ?? '';
    this.#widget.set(name, value);
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
