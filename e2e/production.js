// Production as it is served: nginx with deploy/nginx against dvi-server, address by address.
//
//   node production.js compare      every file of DIST and every variant of its address,
//                                   unknown addresses, the API's answers: status, body and
//                                   headers the same from NGINX_URL and SERVER_URL, but for
//                                   DIFFERENCES below; HTTP/2; plain HTTP moving to HTTPS
//                                   (NGINX_HTTP_URL, if set); a POST whose address holds
//                                   CR/LF writes no header
//   node production.js rate-limit   the backend's limit per visitor behind nginx (LIMIT, the
//                                   backend's DVI_RATE_LIMIT; FRESH=1 for a backend nothing
//                                   was sent to): a forged X-Forwarded-For changing nothing, and
//                                   two visitors apart (VISITORS: two addresses of this machine
//                                   to send from)
//
// NGINX_CA names the certificate to trust (the test's own); WRITES=0 sends nothing that the
// backend would keep (a deployer checking production). It says what it found in plain words
// and exits 1 if anything is wrong. `cargo xtask test` runs both against the release build;
// `cargo xtask check-deployment` against a deployer's own server.
import http from 'node:http';
import https from 'node:https';
import http2 from 'node:http2';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { randomBytes } from 'node:crypto';

/** What may differ between the two servers, and why: the one list. Any other difference fails. */
export const DIFFERENCES = [
  { header: 'strict-transport-security', nginx: 'max-age=31536000; includeSubDomains',
    why: 'HSTS comes from nginx, on every answer: dvi-server speaks plain HTTP, where the header means nothing (RFC 6797, 7.2)' },
  { header: 'server', nginx: 'nginx',
    why: 'nginx names itself (without its version: server_tokens off); dvi-server sends no Server header' },
  { header: 'date', varies: true, why: 'the time of each answer' },
  { header: 'x-request-id', varies: true, why: "each request's own id, in the backend's log" },
  { header: ['connection', 'keep-alive', 'transfer-encoding'], why: 'how each connection carries the answer (hop by hop)' },
  { own: [303, 400, 405],
    why: "a 303, 400 or 405 that nginx writes itself (a form posted to a page, a method a file does not take, TRACE, an address it cannot read) has nginx's short HTML note as its body, with its Content-Type and Content-Length; dvi-server's has no body. Status and every other header are the same" },
  { over: 11 * 1024 * 1024,
    why: "a body over 11 MiB (client_max_body_size; the largest the backend takes is 10 MiB) is refused by nginx itself with a 413 and its own page: it never reaches the backend, which would answer 413 in JSON" },
];

const NGINX = process.env.NGINX_URL;
const SERVER = process.env.SERVER_URL;
const DIST = process.env.DIST;
const ca = process.env.NGINX_CA ? readFileSync(process.env.NGINX_CA) : undefined;
const writes = process.env.WRITES !== '0';
const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 8 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 8, ca }),
};

/** One request; the answer's status, headers (name -> values, in order, as sent) and body. */
function send(base, method, path, { headers = {}, body, localAddress } = {}) {
  const url = new URL(base);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request({
      host: url.hostname, port: url.port, method, path, headers, localAddress,
      agent: localAddress ? new client.Agent({ ca }) : agents[url.protocol], ca,
    }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('end', () => {
        const all = new Map();
        for (let i = 0; i < response.rawHeaders.length; i += 2) {
          const name = response.rawHeaders[i].toLowerCase();
          all.set(name, [...(all.get(name) ?? []), response.rawHeaders[i + 1]]);
        }
        resolve({ status: response.statusCode, headers: all, body: Buffer.concat(chunks) });
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

const ignored = new Set(DIFFERENCES.flatMap((d) => [d.header ?? []].flat()));
/** The entries of DIFFERENCES that explained a difference: one that never does is stale. */
const seen = new Set();
const ownStatuses = DIFFERENCES.find((d) => d.own).own;
/** nginx's own page for a status it writes itself (no version: server_tokens off). */
const nginxPage = (answer) => ownStatuses.includes(answer.status)
  && /^<html>\r\n<head><title>\d{3} [^<]*<\/title><\/head>\r\n<body>\r\n<center><h1>\d{3} [^<]*<\/h1><\/center>\r\n<hr><center>nginx<\/center>\r\n<\/body>\r\n<\/html>\r\n$/.test(answer.body.toString('latin1'));

/** What differs between nginx's and dvi-server's answers that DIFFERENCES does not explain. */
export function unexplained(fromNginx, fromServer) {
  const found = [];
  if (fromNginx.status !== fromServer.status) found.push(`status: nginx ${fromNginx.status}, dvi-server ${fromServer.status}`);
  const own = nginxPage(fromNginx) && fromServer.body.length === 0;
  if (own) seen.add(DIFFERENCES.find((d) => d.own));
  if (!own && !fromNginx.body.equals(fromServer.body)) {
    found.push(`body: nginx ${fromNginx.body.length} bytes, dvi-server ${fromServer.body.length} bytes`);
  }
  const names = new Set([...fromNginx.headers.keys(), ...fromServer.headers.keys()]);
  for (const name of names) {
    if (own && ['content-type', 'content-length'].includes(name)) continue;
    const a = JSON.stringify(fromNginx.headers.get(name) ?? null);
    const b = JSON.stringify(fromServer.headers.get(name) ?? null);
    if (ignored.has(name)) {
      if (a !== b) seen.add(DIFFERENCES.find((d) => [d.header].flat().includes(name)));
    } else if (a !== b) found.push(`${name}: nginx ${a}, dvi-server ${b}`);
  }
  // The headers nginx alone sends say what the list says.
  for (const { header, nginx } of DIFFERENCES.filter((d) => d.nginx)) {
    const value = fromNginx.headers.get(header);
    if (JSON.stringify(value) !== JSON.stringify([nginx])) found.push(`${header}: nginx ${JSON.stringify(value ?? null)}, not ${JSON.stringify(nginx)}`);
    if (fromServer.headers.has(header)) found.push(`${header}: dvi-server sends one`);
  }
  return found;
}

/** Every file under DIST, as its address ("/lv/sazina.html"). */
function files(dir = DIST) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : ['/' + relative(DIST, path).split('\\').join('/')];
  });
}

/** The addresses that name each file: a page by its address and the variants people and
 * programs write (trailing slash, ".html", a folder's "/index.html", an escaped letter, doubled
 * slashes, dot segments); any other file by its name. */
function addressesOf(file) {
  if (/\.(br|gz)$/.test(file)) return [file];
  const out = [file];
  const page = file.match(/^(.*?)(\/index)?\.html$/);
  if (page) {
    const [, base, index] = page;
    const address = index ? `${base}/` : base;
    out.push(address);
    if (index && base) out.push(base, `${base}/index`);
    if (!index) out.push(`${base}/`);
    if (address.length > 2) {
      out.push(address.replace(/^\/(.)/, (_, c) => `/%${c.charCodeAt(0).toString(16)}`));
      out.push(address.replace(/^\//, '//'), `/./${address.slice(1)}`, `/lv/..${address}`);
    }
  }
  return out;
}

const UNKNOWN = [
  '/nothing', '/lv/nothing', '/lv/nothing/', '/en/nothing', '/en', '/en/', '/LV/', '/lv/Sazina', '/lv/sazina.htm',
  '/lv/pakalpojumi/nothing/', '/en/services/nothing/apply/1', '/style-0123456789abcdef.css', '/forms/dvi-forms-0123456789abcdef_bg.wasm',
  '/words/dvi-forms-lv-0123456789abcdef.txt', '/widget/', '/widget/nothing.js', '/widget/embed.js/', '/forms/', '/words/',
  '/404', '/404.html', '/en/404', '/en/404.html', '/404.html/', '/index.html.br', '/lv/sazina.html.gz', '/.git/config', '/favicon.ico',
  '/lv/%0D%0ASet-Cookie:%20x=1;%20Domain=dvi.gov.lv', '/lv/sazina%0A', '/lv/sazina%00', '/lv/%zz', '/%', '/..', '/lv/../../etc/passwd',
  '/lv/%2e%2e/%2e%2e/etc/passwd', '/lv/sazina?x=1', '/?lang=en', '/apix', '/api/../lv/sazina', '/lv/../api/health',
];

const ENCODINGS = [undefined, 'gzip', 'br', 'gzip, deflate, br'];

const FORM = 'full-name=J%C4%81nis+B%C4%93rzi%C5%86%C5%A1&personal-code=010101-12345';
const posted = { 'content-type': 'application/x-www-form-urlencoded' };

/** The API's answers, read and refused; with WRITES, a submission and an upload, each first
 * sent to dvi-server and then again through nginx with the same Idempotency-Key (the same
 * answer, the same reference, one record). */
function apiRequests() {
  const json = { 'content-type': 'application/json' };
  const key = () => randomBytes(16).toString('hex');
  const question = JSON.stringify({ form: 'question', lang: 'en', answers: { topic: 'data-protection', question: 'Compared through nginx?', 'full-name': 'Anna Schmidt', 'answer-by': 'email', email: 'anna@example.de' } });
  const list = [
    ['GET', '/api/health'], ['GET', '/api'], ['GET', '/api/'], ['POST', '/api/nothing'], ['GET', '/api/nothing/deeper'],
    ['GET', '/api/submissions'], ['DELETE', '/api/attachments'], ['GET', '/api/x/../health'], ['GET', '/api/%68ealth'],
    ['POST', '/api/submissions', { headers: { 'content-type': 'text/plain', 'idempotency-key': key() }, body: '{}' }],
    ['POST', '/api/submissions', { headers: json, body: question }],
    ['POST', '/api/submissions', { headers: { ...json, 'idempotency-key': key() }, body: '{"form": ' }],
    ['POST', '/api/submissions', { headers: { ...json, 'idempotency-key': key() }, body: JSON.stringify({ form: 'question', lang: 'en', answers: {} }) }],
    ['POST', '/api/submissions', { headers: { ...json, 'idempotency-key': key(), 'content-length': String(300 * 1024) }, body: 'x'.repeat(300 * 1024) }],
    ['POST', '/api/attachments', { headers: { 'x-file-name': 'a.exe' }, body: 'MZ' }],
    ['POST', '/api/attachments', { headers: { 'x-file-name': 'empty.pdf' }, body: '' }],
    ['OPTIONS', '/api/submissions', { headers: { origin: 'https://www.dvi.gov.lv', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' } }],
    ['OPTIONS', '/api/submissions', { headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' } }],
  ];
  if (writes) {
    list.push(['POST', '/api/submissions', { headers: { ...json, 'idempotency-key': key() }, body: question }]);
    list.push(['POST', '/api/attachments', { headers: { 'x-file-name': 's%C5%ABdz%C4%ABba.pdf', 'idempotency-key': key() }, body: '%PDF-1.7\n%%EOF\n' }]);
  }
  return list;
}

async function compare() {
  const problems = [];
  let compared = 0;
  const both = async (method, path, options = {}) => {
    // dvi-server first: a write then reaches nginx as a retry of the same request.
    const fromServer = await send(SERVER, method, path, options);
    const fromNginx = await send(NGINX, method, path, options);
    compared++;
    for (const p of unexplained(fromNginx, fromServer)) problems.push(`${method} ${path}${options.headers?.['accept-encoding'] ? ` (${options.headers['accept-encoding']})` : ''}: ${p}`);
    return fromNginx;
  };
  const all = files();
  for (const file of all) {
    for (const address of addressesOf(file)) {
      const encodings = address === file && !/\.(br|gz)$/.test(file) ? ENCODINGS : [undefined];
      for (const encoding of encodings) await both('GET', address, { headers: encoding ? { 'accept-encoding': encoding } : {} });
      await both('HEAD', address);
      await both('POST', address, { headers: posted, body: FORM });
    }
  }
  for (const address of UNKNOWN) {
    await both('GET', address, { headers: { 'accept-encoding': 'gzip, br' } });
    await both('POST', address, { headers: posted, body: FORM });
  }
  for (const method of ['PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE']) {
    for (const address of ['/lv/sazina', '/style-0123456789abcdef.css', '/nothing']) await both(method, address);
  }
  for (const [method, path, options] of apiRequests()) await both(method, path, options);
  // Every entry of the list is needed (the body over the limit is overTheLimit's).
  for (const entry of DIFFERENCES.filter((d) => !d.over && !d.varies && !seen.has(d))) problems.push(`DIFFERENCES lists what never differed: ${entry.why}`);
  console.log(problems.length === 0
    ? `The same: ${compared} answers (${all.length} files of dist/ under every address that names them, unknown addresses, other methods, the API), apart from what DIFFERENCES lists.`
    : `${problems.length} of ${compared} answers differ between nginx and dvi-server:\n  ${problems.slice(0, 60).join('\n  ')}`);
  return problems.length === 0;
}

/** A POST whose address holds CR/LF (escaped: a raw one ends the request line) never writes a
 * header of the sender's: a page's answer is a 303 to its own address, anything else not found. */
async function splitting() {
  const problems = [];
  const attack = '%0D%0ASet-Cookie:%20dvi=1;%20Domain=dvi.gov.lv%0D%0AX-Sent:%201';
  for (const path of [`/lv/${attack}`, `/lv/sutit-citadi/${attack}`, `/lv/sutit-citadi?${attack}`, `/en/send-another-way?x=${attack}`, `/${attack}/..`, `/api/${attack}`]) {
    const answer = await send(NGINX, 'POST', path, { headers: posted, body: FORM });
    const location = answer.headers.get('location') ?? [];
    if (answer.headers.has('set-cookie') || answer.headers.has('x-sent')) problems.push(`${path}: the answer carries the sender's header`);
    else if (answer.status === 303 && !(location.length === 1 && /^\/[A-Za-z0-9_./-]*$/.test(location[0]))) problems.push(`${path}: 303 to ${JSON.stringify(location)}`);
    else if (![303, 404, 400].includes(answer.status)) problems.push(`${path}: ${answer.status}`);
  }
  console.log(problems.length === 0 ? 'No header written from an address: a POST whose address holds CR/LF gets a 303 to a plain address or a 404.' : `Header written from an address:\n  ${problems.join('\n  ')}`);
  return problems.length === 0;
}

/** A body over what nginx takes: refused by nginx itself (DIFFERENCES), by dvi-server in JSON. */
async function overTheLimit() {
  const { over } = DIFFERENCES.find((d) => d.over);
  const options = { headers: { 'x-file-name': 'large.pdf' }, body: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(over)]) };
  const fromNginx = await send(NGINX, 'POST', '/api/attachments', options);
  const fromServer = await send(SERVER, 'POST', '/api/attachments', options);
  const ok = fromNginx.status === 413 && /<center>nginx<\/center>/.test(fromNginx.body.toString())
    && fromServer.status === 413 && fromServer.body.toString() === '{"error":"too_large"}';
  console.log(ok ? `A body over ${over / 1024 / 1024} MiB: 413 from nginx itself; from dvi-server, 413 in JSON.` : `A body over ${over} bytes: nginx ${fromNginx.status}, dvi-server ${fromServer.status} ${fromServer.body}`);
  return ok;
}

/** HTTP/2 over TLS, as a browser asks for it (ALPN). */
async function h2() {
  try {
    const session = http2.connect(NGINX, { ca });
    const status = await new Promise((resolve, reject) => {
      session.on('error', reject);
      const stream = session.request({ ':path': '/lv/' });
      stream.on('response', (headers) => resolve(headers[':status']));
      stream.on('error', reject);
      stream.resume();
    });
    const protocol = session.alpnProtocol;
    session.close();
    const ok = protocol === 'h2' && status === 200;
    console.log(ok ? 'HTTP/2 over TLS: yes.' : `HTTP/2 over TLS: no (${protocol}, ${status}).`);
    return ok;
  } catch (e) {
    console.log(`HTTP/2 over TLS: no (${e.message}).`);
    return false;
  }
}

/** Plain HTTP moves to HTTPS, the address and query kept, the host the configured name's. */
async function plainHttp() {
  if (!process.env.NGINX_HTTP_URL) return true;
  const answer = await send(process.env.NGINX_HTTP_URL, 'GET', '/lv/sazina?x=1');
  const location = answer.headers.get('location')?.[0] ?? '';
  const ok = answer.status === 301 && /^https:\/\/[^/]+\/lv\/sazina\?x=1$/.test(location) && !location.includes('evil.example');
  const spoofed = await send(process.env.NGINX_HTTP_URL, 'GET', '/', { headers: { host: 'evil.example' } });
  const kept = !(spoofed.headers.get('location')?.[0] ?? '').includes('evil.example');
  console.log(ok && kept ? 'Plain HTTP: a 301 to the same address over HTTPS, on the configured name.' : `Plain HTTP: ${answer.status} to ${location}${kept ? '' : ', on the Host the request named'}.`);
  return ok && kept;
}

/** Behind nginx each visitor has their own allowance (LIMIT a minute), and no X-Forwarded-For
 * a visitor writes gives them another. Sends refused submissions only (400: no key). With
 * FRESH=1 (the test's own backend, nothing sent before), the allowance is exactly LIMIT; on a
 * server in use, what is left of it runs out within LIMIT + 1. */
async function rateLimit() {
  const limit = Number(process.env.LIMIT);
  // Two visitors where this machine has two addresses (the test's loopback); else one.
  const [one, two] = process.env.VISITORS?.split(',') ?? [];
  const post = (localAddress, forwarded) => send(NGINX, 'POST', '/api/submissions', {
    headers: { 'content-type': 'application/json', ...(forwarded ? { 'x-forwarded-for': forwarded } : {}) }, body: '{}', localAddress,
  }).then((a) => a.status);
  const problems = [];
  // Every other one with an X-Forwarded-For of the visitor's own making: counted all the same.
  const sent = [];
  for (let i = 0; i <= limit && sent.at(-1) !== 429; i++) sent.push(await post(one, i % 2 ? `203.0.113.${i % 250}` : undefined));
  if (sent.at(-1) !== 429) problems.push(`${sent.length} from one visitor and no 429: ${sent.join(', ')}`);
  if (sent.slice(0, -1).some((s) => s !== 400)) problems.push(`before the limit: ${sent.join(', ')} (not all 400)`);
  if (process.env.FRESH === '1' && sent.length !== limit + 1) problems.push(`${sent.length - 1} allowed, not ${limit}`);
  for (const forged of ['198.51.100.7', two ?? '127.0.0.1', '10.0.0.1, 198.51.100.8', 'unknown']) {
    const status = await post(one, forged);
    if (status !== 429) problems.push(`over the limit with X-Forwarded-For: ${forged}: ${status}, not 429`);
  }
  if (two) {
    const other = await post(two);
    if (other !== 400) problems.push(`another visitor meanwhile: ${other}, not 400`);
  }
  console.log(problems.length === 0
    ? `Rate limit per visitor behind nginx: ${limit} a minute${two ? ' each, two visitors apart' : ''}, a forged X-Forwarded-For changing nothing.`
    : `Rate limit per visitor behind nginx:\n  ${problems.join('\n  ')}`);
  return problems.length === 0;
}

const what = process.argv[2];
const checks = what === 'compare' ? [compare, overTheLimit, splitting, h2, plainHttp] : what === 'rate-limit' ? [rateLimit] : null;
if (!checks || !NGINX || (what === 'compare' && (!SERVER || !DIST))) {
  console.error('usage: NGINX_URL=… SERVER_URL=… DIST=… node production.js compare | NGINX_URL=… LIMIT=n node production.js rate-limit');
  process.exit(2);
}
let ok = true;
for (const check of checks) ok = (await check()) && ok;
for (const agent of Object.values(agents)) agent.destroy();
process.exit(ok ? 0 : 1);
