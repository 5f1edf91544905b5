// The service worker of a form's folder (src/offline.rs registers it from a started form page,
// its address listing the form's pages as `page`). It keeps the form's pages and what they load
// (the stylesheet, the loader, the bundles and their wasm, the words), so that a started form
// goes on without a connection:
// - a page of the form: from the network while it answers (so it stays fresh, and is kept
//   anew), else as kept; a HEAD too (src/nav.rs asks before it moves);
// - a file a kept page loads: as kept (their names are hashed: a kept one never changes);
// - anything else (the API, other pages, other sites): the network, as without a worker.
// Nothing a person types is kept here: the answers stay in the draft (src/forms/draft.rs).
const asked = new URL(self.location.href).searchParams;
const PAGES = asked.getAll('page').map((page) => new URL(page, self.location.origin).href);
const PREFIX = `dvi-form ${self.registration.scope} `;
const NAME = PREFIX + asked;

// What a page loads, from its <link> and <script> tags: files only (a name with an extension;
// an alternate page in another language is not kept), and the wasm beside each bundle.
const loads = (html) =>
  [
    ...new Set(
      [...html.matchAll(/<(?:link|script)\b[^>]*>/g)].flatMap(([tag]) => {
        const files = [...tag.matchAll(/\b(?:href|src|data-words|data-countries)="(\/[^/"][^"]*)"/g)]
          .map(([, path]) => path)
          .filter((path) => /\.[a-z0-9]+$/i.test(path));
        return /\brel="modulepreload"/.test(tag) ? [...files, ...files.map((file) => file.replace(/\.js$/, '_bg.wasm'))] : files;
      }),
    ),
  ].sort();

// A page as kept, with what it loads (the page last: a page is never kept without its files).
async function keep(cache, url, response) {
  const missing = [];
  for (const file of loads(await response.clone().text())) if (!(await cache.match(file))) missing.push(file);
  await cache.addAll(missing);
  await cache.put(url, response);
}

// Every page of the form, afresh: fetched aside, and in place of the old copy only once all
// have come (a connection lost meanwhile leaves the old copy whole).
async function keepAll() {
  const aside = `${NAME} (new)`;
  await caches.delete(aside);
  const fresh = await caches.open(aside);
  for (const url of PAGES) {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await keep(fresh, url, response);
  }
  await caches.delete(NAME);
  const cache = await caches.open(NAME);
  for (const request of await fresh.keys()) await cache.put(request, await fresh.match(request));
  await caches.delete(aside);
}

// Installed once the whole form is kept (else it is tried again at the next page's start).
self.addEventListener('install', (event) => event.waitUntil(keepAll().then(() => self.skipWaiting())));

// The form's pages already open are served by this worker at once (their next move too), and
// what an earlier worker of the folder kept goes.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== NAME) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

// A page from the network is kept in place of its copy. One that loads other files than its
// copy did is of a new build: then the whole form is kept anew, as one build.
async function renew(cache, url, response) {
  const before = await cache.match(url);
  const same = before && String(loads(await before.text())) === String(loads(await response.clone().text()));
  await (same ? keep(cache, url, response) : keepAll());
}

async function page(event, url) {
  const { request } = event;
  const cache = await caches.open(NAME);
  try {
    const response = await fetch(request);
    if (request.method === 'GET' && response.ok && !response.redirected) event.waitUntil(renew(cache, url, response.clone()).catch(() => {}));
    return response;
  } catch (error) {
    const kept = await cache.match(url);
    if (!kept) throw error;
    return request.method === 'HEAD' ? new Response(null, { status: kept.status, headers: kept.headers }) : kept;
  }
}

async function file(request) {
  const kept = await caches.match(new URL(request.url).pathname, { cacheName: NAME });
  return kept ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !['GET', 'HEAD'].includes(request.method)) return;
  const bare = url.origin + url.pathname;
  if (PAGES.includes(bare)) event.respondWith(page(event, bare));
  else if (request.method === 'GET' && /\.[a-z0-9]+$/i.test(url.pathname) && !url.pathname.startsWith('/api/')) event.respondWith(file(request));
});
