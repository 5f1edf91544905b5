// <dvi-self-service>: the Data State Inspectorate's self-service on any page, from one script
// tag (README, "Embedding"). The widget is the site: it shows the site's own pre-rendered page
// (its main content) in the element's shadow root, with the site's stylesheet (so the page's
// styles and the widget's never meet), and starts that page's islands with the site's own
// loader and bundles (public/start.js). A page without islands loads no wasm, and a widget far
// from view loads nothing until it comes near. Moving inside it fetches the next page and
// shows it in place: the host page's address, history and title are never touched.
const here = new URL('./', import.meta.url);
// The full site is the folder above this one ("https://…/widget/embed.js" → "https://…").
const HOME = new URL('../', here).href.replace(/\/$/, '');
// Written in by the build (src/prerender.rs, `embed_script`): the languages; each `view`'s page
// in each; the paths shown inside the widget (these and all under them); where a form's pages
// are; and, in each language, the words of the link to the full site.
const SITE = {};

const text = (url) => fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`))));

// A started form's pages, kept in memory to go on without a connection (src/offline.rs tells
// which, `dvi-keep`): a page from the network while it answers, else as kept.
const kept = new Map();
const pageText = (url) =>
  text(url).then(
    (html) => (kept.has(url) && kept.set(url, html), html),
    (error) => kept.get(url) ?? Promise.reject(error),
  );

// The widget's stylesheet (the site's, made fit for a shadow root), once for every element.
let sheet;
const styles = () =>
  (sheet ??= text(new URL('dvi-widget.css', here))
    .then((css) => {
      const styles = new CSSStyleSheet();
      styles.replaceSync(css);
      return styles;
    })
    .catch((error) => ((sheet = null), Promise.reject(error))));

// The host page's print sheet, while a widget prints (`#print`).
let printSheet = null;

// The language of a host page's tag ("en-GB": "en"), the first of the site's for any other.
const langOf = (tag) => SITE.langs[Math.max(0, SITE.langs.indexOf(String(tag).split(/[-_]/)[0].toLowerCase()))];
const inside = (path) => SITE.inside.some((p) => path === p || path.startsWith(`${p}/`));
const inForm = (path) => SITE.forms.some((p) => path.startsWith(p));

// What a person put in a page's controls, put into the same page in another language (before
// its islands start, they read it as the person's answers: src/dom.rs).
const controls = (frame) => [...(frame?.querySelectorAll('input[name], textarea[name], select[name]') ?? [])].filter((el) => el.type !== 'file');
const carryControls = (from, to) => {
  const given = controls(from);
  for (const el of controls(to)) {
    const same = given.find((g) => g.name === el.name && (g.type !== 'radio' && g.type !== 'checkbox' ? true : g.value === el.value));
    if (!same) continue;
    if (el.type === 'radio' || el.type === 'checkbox') el.checked = same.checked;
    else el.value = same.value;
  }
};

// The bundle a page's islands are in (`start`'s `glue`), from its <link rel="modulepreload">.
const glueIn = (page, site) => {
  const link = page.querySelector('link[rel="modulepreload"][data-words]');
  return link && { href: site + link.getAttribute('href'), integrity: link.dataset.wasmIntegrity, words: site + link.dataset.words };
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

  // What is shown: its path and query, and its page in each language.
  #shows = null;

  // What was shown when the element left the page: shown again when it comes back (its answers
  // are in the draft), unless its `view` changed meanwhile.
  #left = null;

  // Which showing is the latest asked for (a page may arrive after a later one was asked).
  #showings = 0;

  #near = null;

  #headings = null;

  // The site's loader, once a page with islands has been shown.
  #loader = null;

  // Until the loader has the page's islands in hand: a form sent meanwhile is held here (every
  // action that cannot wait is a form's submit), and handed to it.
  #holding = false;

  #held = null;

  // Prints this widget alone: for the print, a sheet on the host page hides all else (a
  // constructed sheet, which a host's Content-Security-Policy allows; no <style> is added).
  #print() {
    printSheet ??= new CSSStyleSheet();
    printSheet.replaceSync(`@media print {
      body * { visibility: hidden !important; }
      dvi-self-service[data-printing] { visibility: visible !important; position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; margin: 0 !important; }
    }`);
    const sheets = document.adoptedStyleSheets;
    if (!sheets.includes(printSheet)) document.adoptedStyleSheets = [...sheets, printSheet];
    this.dataset.printing = '';
    const done = () => {
      delete this.dataset.printing;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
    };
    window.addEventListener('afterprint', done, { once: true });
    window.print();
  }

  connectedCallback() {
    // Nothing until the widget comes near the viewport, or its fallback link gets focus; one in
    // view starts at once (the observer's first report). Until then, and if it cannot start,
    // the element's own content shows: the snippet puts a plain link to the full site there.
    const begin = () => {
      this.#near?.disconnect();
      this.removeEventListener('focusin', begin);
      if (this.#shows) return;
      const left = this.#left;
      this.#left = null;
      const page = left && (left.pages[langOf(this.#lang())] ?? left.path);
      this.#show(page ? page + left.query : this.#viewPage(), false);
    };
    this.#near = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && begin(), { rootMargin: '200px 0px' });
    this.#near.observe(this);
    this.addEventListener('focusin', begin);
  }

  disconnectedCallback() {
    this.#showings += 1;
    this.#near?.disconnect();
    this.#left = this.#shows ?? this.#left;
    this.#shows = null;
    this.shadowRoot?.replaceChildren();
    this.#loader?.then((loader) => loader.dropped());
  }

  attributeChangedCallback(name) {
    if (name === 'view') this.#left = null;
    if (!this.#shows) return;
    if (name === 'heading-level') {
      this.#levelHeadings();
    } else if (name === 'api-base') {
      // The islands read it when they send.
      const frame = this.shadowRoot?.querySelector('.dvi-widget');
      if (frame) frame.dataset.api = this.#api();
    } else if (name === 'view') {
      this.#show(this.#viewPage(), false);
    } else if (name === 'lang') {
      // The same page in the other language; a form's answers stay in its draft.
      const { pages, query } = this.#shows;
      const page = pages[langOf(this.#lang())];
      if (page && page !== this.#shows.path) this.#show(page + query, false, true);
    } else if (name === 'site-base') {
      this.#show(this.#shows.path + this.#shows.query, false);
    }
  }

  // The page the `view` attribute names, in the widget's language; the catalogue for an
  // unknown one, and why in the console, where the editor who wrote the snippet will look.
  #viewPage() {
    const view = (this.getAttribute('view') ?? 'catalogue').trim();
    let pages = SITE.views[view];
    if (!pages) {
      console.warn(`<dvi-self-service>: unknown view ${JSON.stringify(view)}; showing the catalogue`);
      pages = SITE.views.catalogue;
    }
    return pages[SITE.langs.indexOf(langOf(this.#lang()))];
  }

  // Shows the site's page at `href` (a path, with any query and #fragment), in place of what was
  // shown; `moved`: the person went there (focus follows, as a page load would show them);
  // `same`: the same page (in another language), which keeps what its controls hold. Resolves
  // to whether the page is shown (false: it could not be fetched, and what was shown stays) or
  // another was asked for meanwhile (true: this one's page has gone either way).
  async #show(href, moved, same = false) {
    const mine = ++this.#showings;
    const site = this.#site();
    const [, path, query = '', fragment = ''] = href.match(/^([^?#]*)(\?[^#]*)?(#.*)?$/) ?? [];
    let html;
    let sheet;
    try {
      [html, sheet] = await Promise.all([pageText(site + path), styles()]);
    } catch (error) {
      // Said to the person by the island that asked, if one did (src/moves.rs).
      console.warn(`<dvi-self-service> could not show ${href}; ${this.#shows ? 'its page stays' : 'its fallback link stays'}.`, error);
      return mine !== this.#showings;
    }
    if (mine !== this.#showings || !this.isConnected) return true;
    const page = new DOMParser().parseFromString(html, 'text/html');
    const main = page.querySelector('main');
    if (!main) return false;
    // Its links and forms lead to the full site (a click on a page the widget shows stays inside).
    for (const [attribute, selector] of [['href', 'a[href^="/"]'], ['action', 'form[action^="/"]']]) {
      for (const el of main.querySelectorAll(selector)) el.setAttribute(attribute, site + el.getAttribute(attribute));
    }
    const lang = page.documentElement.lang;
    // The page in the other language, as every page's header names it (its own: none).
    const pages = SITE.langs.map((code) => {
      const link = page.querySelector(`a.dvi-lang-switch[hreflang="${code}"]`);
      return link ? new URL(link.getAttribute('href'), `${site}/`).pathname : null;
    });
    // The frame: what the islands know of where they are (src/nav.rs, `Embed`).
    const frame = document.createElement('div');
    frame.className = 'dvi-widget';
    frame.lang = lang;
    Object.assign(frame.dataset, { href: path + query, site, api: this.#api() });
    const countries = page.querySelector('link[data-countries]')?.dataset.countries;
    if (countries) frame.dataset.countries = site + countries;
    frame.append(...main.childNodes);
    // What a page says of the site where a widget has words of its own (the draft is kept by the
    // host page, whose storage it is).
    for (const el of frame.querySelectorAll('[data-on-site], [data-in-widget]')) el.hidden = 'onSite' in el.dataset;
    if (!inForm(path)) {
      // Not within a form: the full site may be on another origin, without this draft.
      const link = document.createElement('a');
      link.href = site + path;
      link.textContent = SITE.fullSite[SITE.langs.indexOf(lang)] ?? SITE.fullSite[0];
      const p = document.createElement('p');
      p.className = 'dvi-widget__site';
      p.append(link);
      frame.append(p);
    }
    const root = this.shadowRoot ?? this.#attach();
    if (same) carryControls(root.querySelector('.dvi-widget'), frame);
    const glue = glueIn(page, site);
    const loader = page.querySelector('script[type="module"][src]');
    this.#holding = Boolean(glue && loader);
    this.#held = null;
    root.adoptedStyleSheets = [sheet];
    root.replaceChildren(frame);
    this.#shows = { path, query, pages: Object.fromEntries(SITE.langs.map((code, i) => [code, pages[i]])) };
    this.#loader?.then((loader) => loader.dropped());
    this.#levelHeadings();
    if (moved) this.#focusStart(root, decodeURIComponent(fragment.slice(1)));
    if (this.#holding) {
      let start;
      try {
        this.#loader ??= import(site + loader.getAttribute('src'));
        ({ start } = await this.#loader);
      } catch (error) {
        this.#loader = null;
        start = () => Promise.reject(error);
      }
      if (mine !== this.#showings) return true;
      const held = this.#held;
      [this.#holding, this.#held] = [false, null];
      start(root, glue, lang, frame, held).catch((error) => {
        console.error('<dvi-self-service> could not start its page.', error);
        // The loader itself could not be had: the page says so, as the loader would.
        const failed = root.getElementById('start-failed');
        if (failed && frame.isConnected && failed.hidden) {
          failed.hidden = false;
          if (held) failed.focus();
        }
      });
    }
    return true;
  }

  // The shadow root, and how the widget moves inside it: its own pages' links, and the islands'
  // moves (Continue, Send) as `dvi-go` events (src/nav.rs).
  #attach() {
    const root = this.attachShadow({ mode: 'open' });
    root.addEventListener(
      'submit',
      (event) => {
        if (this.#holding && event.target.closest?.('[data-island]')) {
          event.preventDefault();
          this.#held = { form: event.target, submitter: event.submitter };
        }
      },
      true,
    );
    root.addEventListener('click', (event) => this.#follow(root, event));
    // The detail: `{ href }`, given back with `shown`, the promise of whether it was shown.
    root.addEventListener('dvi-go', (event) => {
      event.detail.shown = this.#show(String(event.detail.href), true);
    });
    root.addEventListener('dvi-print', () => this.#print());
    // With each page, its bundle and words, in memory too (a form's check answers has a bundle of its own).
    root.addEventListener('dvi-keep', (event) => {
      const site = this.#site();
      for (const url of event.detail.map((href) => site + href)) {
        if (kept.has(url)) continue;
        text(url)
          .then(async (html) => {
            kept.set(url, html);
            const glue = glueIn(new DOMParser().parseFromString(html, 'text/html'), site);
            if (glue) (await this.#loader)?.prepare(glue);
          })
          .catch(() => {});
      }
    });
    this.#headings = new MutationObserver(() => this.#levelHeadings());
    this.#headings.observe(root, { childList: true, subtree: true });
    return root;
  }

  // A click on a link: a page the widget shows opens inside it, `#` links move focus (the host's
  // address must not change); anything else the browser follows as usual.
  #follow(root, event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const a = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
    if (!a || a.target || a.hasAttribute('download')) return;
    const written = a.getAttribute('href') ?? '';
    if (written.startsWith('#')) {
      event.preventDefault();
      this.#focus(root.getElementById(decodeURIComponent(written.slice(1))));
      return;
    }
    const site = this.#site();
    const href = a.href.startsWith(`${site}/`) ? a.href.slice(site.length) : null;
    if (href === null || !inside(href.split(/[?#]/)[0])) return;
    event.preventDefault();
    this.#show(href, true);
  }

  // After a move: the element the #fragment names (a Change link's field), else the heading.
  #focusStart(root, id) {
    this.#focus((id && root.getElementById(id)) || root.querySelector('h1'));
  }

  #focus(el) {
    if (!el) return;
    if (!el.matches('a[href], button, input, select, textarea, [tabindex]')) el.tabIndex = -1;
    el.focus();
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
    return absolute(this.getAttribute('site-base'), HOME);
  }

  #api() {
    return absolute(this.getAttribute('api-base'), `${this.#site()}/api`);
  }
}

if (!customElements.get('dvi-self-service')) customElements.define('dvi-self-service', DviSelfService);
