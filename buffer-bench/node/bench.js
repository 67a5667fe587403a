#!/usr/bin/env node
// The Node.js twins of the JMH benchmarks in buffer-bench (dev.nodebuffer.bench.Workloads):
// the same workloads, on the same inputs, generated from the same seed by the same generator
// (dev.nodebuffer.bench.Inputs, written line for line alike).
//
//   node bench.js [options] [workload...]     default: every workload below
//     --forks N      processes per workload (default 2), like JMH's forks
//     --warmup S     seconds of warm-up per process (default 6)
//     --rounds N     timed rounds per process (default 3)
//     --time S       seconds per timed round (default 2)
//   node bench.js --inputs                    the inputs' fingerprints, as Inputs.main prints them
//   node bench.js --list                      the workload ids
//
// Output on stdout, one line per workload: `<workload> <ops_per_sec>`, the median of every timed
// round of every process. Everything else goes to stderr. Each workload runs in fresh processes
// of its own, so that one workload's type feedback and garbage never reach another's timing.
'use strict';

const { spawnSync } = require('node:child_process');

const SEED = 0x2545f491;

// xorshift32 from `seed`: `length` printable ASCII characters (U+0020..U+007E).
function ascii(length, seed) {
  const out = new Array(length);
  let s = seed | 0;
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = 0x20 + ((s >>> 8) % 95);
  }
  return String.fromCharCode(...out);
}

// FNV-1a (32 bits) over the UTF-16 code units of `s`, as 8 hex digits.
function fingerprint(s) {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

// Each workload makes its own loop (a fresh function per workload, and one workload per process),
// and stores every result in `sink`, read after the loop, so that nothing is dead code.
const WORKLOADS = {
  'alloc-unsafe-64': () => {
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = Buffer.allocUnsafe(64);
      return sink;
    };
  },
  'from-utf8-ascii-1k': () => {
    const s = ascii(1024, SEED);
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = Buffer.from(s, 'utf8');
      return sink;
    };
  },
};

let checksum = 0;

function consume(result) {
  checksum = (checksum + result.length) | 0;
}

function nowNs() {
  return process.hrtime.bigint();
}

// Runs `loop` in batches of `batch` operations until `seconds` have passed; returns ops/s.
function round(loop, batch, seconds) {
  const budget = BigInt(Math.round(seconds * 1e9));
  const start = nowNs();
  let ops = 0;
  let elapsed = 0n;
  do {
    consume(loop(batch));
    ops += batch;
    elapsed = nowNs() - start;
  } while (elapsed < budget);
  return ops / (Number(elapsed) / 1e9);
}

// One process: calibrate a batch of 5..10 ms or more, warm up, then the timed rounds.
function child(id, opts) {
  const loop = WORKLOADS[id]();
  let batch = 1;
  for (;;) {
    const t0 = nowNs();
    consume(loop(batch));
    const ns = Number(nowNs() - t0);
    if (ns >= 10e6 || batch >= 2 ** 30) break;
    batch = ns < 1e5 ? batch * 8 : Math.max(batch * 2, Math.ceil((batch * 10e6) / ns));
  }
  // Warm up; a batch calibrated on cold code (or cut short by a pause) is too small: grow it.
  const warmStart = nowNs();
  const warmBudget = BigInt(Math.round(opts.warmup * 1e9));
  while (nowNs() - warmStart < warmBudget) {
    const t0 = nowNs();
    consume(loop(batch));
    if (Number(nowNs() - t0) < 5e6 && batch < 2 ** 30) batch *= 2;
  }
  const rounds = [];
  for (let r = 0; r < opts.rounds; r++) rounds.push(round(loop, batch, opts.time));
  process.stdout.write(JSON.stringify({ id, batch, rounds, checksum }) + '\n');
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function parse(argv) {
  const opts = { forks: 2, warmup: 6, rounds: 3, time: 2, ids: [], mode: 'run', child: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!(v > 0)) throw new Error(`${a} needs a positive number`);
      return v;
    };
    if (a === '--forks') opts.forks = Math.floor(num());
    else if (a === '--warmup') opts.warmup = num();
    else if (a === '--rounds') opts.rounds = Math.floor(num());
    else if (a === '--time') opts.time = num();
    else if (a === '--inputs') opts.mode = 'inputs';
    else if (a === '--list') opts.mode = 'list';
    else if (a === '--child') opts.child = argv[++i];
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else opts.ids.push(a);
  }
  for (const id of opts.ids) {
    if (!(id in WORKLOADS)) throw new Error(`unknown workload ${id}; known: ${Object.keys(WORKLOADS).join(' ')}`);
  }
  if (opts.ids.length === 0) opts.ids = Object.keys(WORKLOADS);
  return opts;
}

function main() {
  let opts;
  try {
    opts = parse(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`bench.js: ${e.message}\n`);
    process.exit(2);
  }
  if (opts.child) return child(opts.child, opts);
  if (opts.mode === 'list') {
    for (const id of Object.keys(WORKLOADS)) process.stdout.write(id + '\n');
    return;
  }
  if (opts.mode === 'inputs') {
    const a = ascii(1024, SEED);
    process.stdout.write(`ascii-1k ${a.length} ${fingerprint(a)}\n`);
    return;
  }
  process.stderr.write(`# node ${process.version}, ${opts.forks} forks x (${opts.warmup} s warm-up, ${opts.rounds} x ${opts.time} s)\n`);
  for (const id of opts.ids) {
    const all = [];
    for (let f = 0; f < opts.forks; f++) {
      const args = [__filename, '--child', id, '--warmup', String(opts.warmup),
        '--rounds', String(opts.rounds), '--time', String(opts.time)];
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      if (r.status !== 0) {
        process.stderr.write(`bench.js: ${id} fork ${f + 1} failed (${r.status ?? r.signal})\n`);
        process.exit(1);
      }
      const res = JSON.parse(r.stdout.trim().split('\n').pop());
      process.stderr.write(`# ${id} fork ${f + 1}: batch ${res.batch}, rounds ${res.rounds.map((x) => x.toExponential(3)).join(' ')}\n`);
      all.push(...res.rounds);
    }
    process.stdout.write(`${id} ${median(all).toFixed(1)}\n`);
  }
}

main();
