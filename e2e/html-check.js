// The W3C Nu HTML Checker (npm vnu-jar, on Debian's Java) over every pre-rendered page in
// dist/: no errors. The one kind of message let through is about Leptos's `<!>` markers, the
// empty comments it writes where a part of a view may appear later (hydration needs them).
// Usage: node html-check.js [DIST]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vnu from 'vnu-jar';

const dist = process.argv[2] ?? new URL('../dist', import.meta.url).pathname;
const pages = (function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return walk(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
})(dist);

const run = spawnSync('java', ['-jar', String(vnu), '--format', 'json', '--errors-only', ...pages], { encoding: 'utf8', maxBuffer: 64 << 20 });
if (run.error || run.stderr.trim() === '') {
  console.error(`the Nu HTML Checker did not run: ${run.error ?? run.status}`);
  process.exit(2);
}
const { messages } = JSON.parse(run.stderr);
// `<!>` is a bogus comment to an HTML parser: reported as such, at that very text.
const leptosMarker = (m) => /bogus comment/i.test(m.message) && (m.extract ?? '').includes('<!>');
const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').filter((m) => !leptosMarker(m));
for (const m of errors) {
  const file = decodeURIComponent(new URL(m.url).pathname).slice(dist.length);
  console.log(`${file}:${m.lastLine ?? '?'}: ${m.message}\n    ${(m.extract ?? '').replace(/\n/g, ' ')}`);
}
const markers = messages.length - errors.length;
console.log(`Nu HTML Checker: ${pages.length} pages, ${errors.length} errors (${markers} notes on Leptos's <!> markers let through)`);
if (errors.length) process.exitCode = 1;
// So that a page that is not HTML at all would not pass unseen.
if (pages.some((p) => !readFileSync(p, 'utf8').startsWith('<!DOCTYPE html>'))) {
  console.log('a page without <!DOCTYPE html>');
  process.exitCode = 1;
}
