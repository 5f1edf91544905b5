// The backend under load (cargo xtask bench): a fixed number of valid submissions at a fixed
// concurrency to the release server, each with its own Idempotency-Key; prints throughput and
// the latency's median and 99th percentile, and checks that the database holds exactly as
// many submissions as were answered 201. Figures, not a pass or fail on time: they depend on
// the machine's disk (every submission is flushed to it before its 201).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:8080';
const { SERVER_BIN, DB_PATH } = process.env;
const TOTAL = 2000;
const CONCURRENCY = 16;

const body = (n) => JSON.stringify({
  form: 'question',
  lang: 'lv',
  answers: { topic: 'data-protection', question: `Vai drīkst glabāt manu personas kodu? (${n})`, 'full-name': 'Anna Liepa', 'answer-by': 'email', email: 'anna@example.lv' },
});

const latencies = [];
const statuses = new Map();
let next = 0;
const worker = async () => {
  while (next < TOTAL) {
    const n = next++;
    const started = performance.now();
    const response = await fetch(`${BASE}/api/submissions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: body(n),
    });
    await response.arrayBuffer();
    latencies.push(performance.now() - started);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  }
};

const began = performance.now();
await Promise.all(Array.from({ length: CONCURRENCY }, worker));
const seconds = (performance.now() - began) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
const created = statuses.get(201) ?? 0;
const counts = JSON.parse(execFileSync(SERVER_BIN, ['count', '--db', DB_PATH], { encoding: 'utf8' }));
console.log(`load: ${TOTAL} submissions, ${CONCURRENCY} at a time, in ${seconds.toFixed(1)} s: ${(TOTAL / seconds).toFixed(0)} per second`);
console.log(`load: latency p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
console.log(`load: ${counts.submissions} rows in the database for ${created} answers 201`);
assert.equal(created, TOTAL, 'every submission was answered 201');
assert.equal(counts.submissions, created, 'one row per 201, none lost, none twice');
