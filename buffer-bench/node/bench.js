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
const K = 1024;
const M = 1024 * 1024;

// xorshift32: each call advances the state by one step and returns it (int32), as Inputs.Rng.
function rng(seed) {
  let s = seed | 0;
  return function next() {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s;
  };
}

// `length` printable ASCII characters (U+0020..U+007E) drawn with xorshift32 from `seed`.
function ascii(length, seed) {
  const out = new Array(length);
  const r = rng(seed);
  for (let i = 0; i < length; i++) {
    out[i] = 0x20 + ((r() >>> 8) % 95);
  }
  return String.fromCharCode(...out);
}

// One code point of the mixed text: half printable ASCII, 1/8 Latin-1 U+00A0..U+00FF,
// 1/4 CJK U+4E00..U+9FFF, 1/8 emoji U+1F300..U+1F64F (a surrogate pair).
function mixedCodePoint(r) {
  const k = (r() >>> 8) % 16;
  const v = r() >>> 8;
  if (k < 8) {
    return 0x20 + (v % 95);
  }
  if (k < 10) {
    return 0xa0 + (v % 0x60);
  }
  if (k < 14) {
    return 0x4e00 + (v % 0x5200);
  }
  return 0x1f300 + (v % 0x350);
}

// `length` UTF-16 code units of mixed text; an emoji drawn for the last unit becomes 'x'.
function mixed(length, seed) {
  const out = [];
  let units = 0;
  const r = rng(seed);
  while (units < length) {
    let cp = mixedCodePoint(r);
    if (cp >= 0x10000 && units + 2 > length) {
      cp = 0x78;
    }
    out.push(String.fromCodePoint(cp));
    units += cp >= 0x10000 ? 2 : 1;
  }
  return out.join('');
}

// `length` bytes of valid UTF-8 for mixed text, encoded by hand; a character whose bytes would
// not fit before the end becomes 'x'. Line for line as Inputs.mixedUtf8, its twin, on purpose.
function mixedUtf8(length, seed) {
  const out = new Uint8Array(length);
  const r = rng(seed);
  let pos = 0;
  while (pos < length) {
    let cp = mixedCodePoint(r);
    let n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (pos + n > length) {
      cp = 0x78;
      n = 1;
    }
    if (n === 1) {
      out[pos++] = cp;
    } else if (n === 2) {
      out[pos++] = 0xc0 | (cp >> 6);
      out[pos++] = 0x80 | (cp & 0x3f);
    } else if (n === 3) {
      out[pos++] = 0xe0 | (cp >> 12);
      out[pos++] = 0x80 | ((cp >> 6) & 0x3f);
      out[pos++] = 0x80 | (cp & 0x3f);
    } else {
      out[pos++] = 0xf0 | (cp >> 18);
      out[pos++] = 0x80 | ((cp >> 12) & 0x3f);
      out[pos++] = 0x80 | ((cp >> 6) & 0x3f);
      out[pos++] = 0x80 | (cp & 0x3f);
    }
  }
  return out;
}

// `length` random bytes: the top 8 bits of each xorshift32 step.
function randomBytes(length, seed) {
  const out = new Uint8Array(length);
  const r = rng(seed);
  for (let i = 0; i < length; i++) {
    out[i] = r() >>> 24;
  }
  return out;
}

// indexof-byte-1m's haystack: random-1m with every 0xFE byte replaced by 0x00.
function withoutFe(bytes) {
  const out = Uint8Array.from(bytes);
  for (let i = 0; i < out.length; i++) {
    if (out[i] === 0xfe) {
      out[i] = 0x00;
    }
  }
  return out;
}

// indexof-needle-1m's needle: the last `length` bytes of random-1m.
function tail(bytes, length) {
  return bytes.slice(bytes.length - length);
}

// compare-1m's second operand: random-1m with the lowest bit of its last byte flipped.
function lastByteFlipped(bytes) {
  const out = Uint8Array.from(bytes);
  out[out.length - 1] ^= 0x01;
  return out;
}

// read-double-1m's input: length / 8 little-endian doubles, each (xorshift32 >>> 8) / 2^24.
function doubles(length, seed) {
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  const r = rng(seed);
  for (let i = 0; i + 8 <= length; i += 8) {
    view.setFloat64(i, (r() >>> 8) / 16777216, true);
  }
  return out;
}

// write-u32le-1m's value for the offset i: i * 0x9E3779B1 modulo 2^32.
function u32Value(i) {
  return Math.imul(i, 0x9e3779b1) >>> 0;
}

// What write-u32le-1m leaves in a buffer of `length` bytes, written here byte by byte.
function u32leWritten(length) {
  const out = new Uint8Array(length);
  for (let i = 0; i + 4 <= length; i += 4) {
    const v = u32Value(i);
    out[i] = v & 0xff;
    out[i + 1] = (v >>> 8) & 0xff;
    out[i + 2] = (v >>> 16) & 0xff;
    out[i + 3] = (v >>> 24) & 0xff;
  }
  return out;
}

// concat-100x1k's input: copies of the first `count` consecutive `size`-byte pieces of random-1m.
function pieces(bytes, count, size) {
  const out = [];
  for (let i = 0; i < count; i++) {
    out.push(bytes.slice(i * size, (i + 1) * size));
  }
  return out;
}

// A set-up check of Node's own answer (the reference): fails the process if it is not `expected`.
function expect(id, actual, expected) {
  if (actual !== expected) {
    throw new Error(`${id}: Node's answer ${actual} is not the expected ${expected}`);
  }
}

// FNV-1a (32 bits) over the UTF-16 code units of a string, or the bytes of a Uint8Array.
function fingerprint(x) {
  let h = 0x811c9dc5 | 0;
  const str = typeof x === 'string';
  for (let i = 0; i < x.length; i++) {
    h ^= str ? x.charCodeAt(i) : x[i];
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

// The inputs' fingerprints, as Inputs.main prints them (base64 and hex by Node's own encoder).
function inputs() {
  const a = ascii(K, SEED);
  const m = mixed(K, SEED);
  const u = mixedUtf8(M, SEED);
  const rnd = randomBytes(M, SEED);
  const b64 = Buffer.from(rnd).toString('base64');
  const hex = Buffer.from(rnd).toString('hex');
  return [
    `ascii-1k ${a.length} ${fingerprint(a)}`,
    `mixed-1k ${m.length} ${fingerprint(m)}`,
    `mixed-utf8-1m ${u.length} ${fingerprint(u)}`,
    `random-1m ${rnd.length} ${fingerprint(rnd)}`,
    `base64-1m ${b64.length} ${fingerprint(b64)}`,
    `hex-1m ${hex.length} ${fingerprint(hex)}`,
    `random-1m-no-fe ${M} ${fingerprint(withoutFe(rnd))}`,
    `needle-16 16 ${fingerprint(tail(rnd, 16))}`,
    `random-1m-last-flipped ${M} ${fingerprint(lastByteFlipped(rnd))}`,
    `doubles-1m ${M} ${fingerprint(doubles(M, SEED))}`,
    `u32le-written-1m ${M} ${fingerprint(u32leWritten(M))}`,
  ].join('\n') + '\n';
}

// Each workload makes its own loop (a fresh function per workload, and one workload per process),
// and stores every result in `sink`, read after the loop, so that nothing is dead code. The loops
// are written out, alike, rather than made by one helper taking the operation as a function: so
// the timed loop calls the Buffer method itself, as the JMH method's body does, with no closure
// call between.
const WORKLOADS = {
  'alloc-unsafe-64': () => {
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = Buffer.allocUnsafe(64);
      return sink;
    };
  },
  'from-utf8-ascii-1k': () => {
    const s = ascii(K, SEED);
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = Buffer.from(s, 'utf8');
      return sink;
    };
  },
  'from-utf8-mixed-1k': () => {
    const s = mixed(K, SEED);
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = Buffer.from(s, 'utf8');
      return sink;
    };
  },
  'bytelength-utf8-mixed-1k': () => {
    const s = mixed(K, SEED);
    return function loop(n) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += Buffer.byteLength(s, 'utf8');
      return { length: sum };
    };
  },
  'tostring-utf8-ascii-1k': () => {
    const buf = Buffer.from(ascii(K, SEED), 'latin1');
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = buf.toString('utf8');
      return sink;
    };
  },
  'tostring-utf8-mixed-1m': () => {
    const buf = Buffer.from(mixedUtf8(M, SEED));
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = buf.toString('utf8');
      return sink;
    };
  },
  'base64-encode-1m': () => {
    const buf = Buffer.from(randomBytes(M, SEED));
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = buf.toString('base64');
      return sink;
    };
  },
  'base64-decode-1m': () => {
    const s = Buffer.from(randomBytes(M, SEED)).toString('base64');
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = Buffer.from(s, 'base64');
      return sink;
    };
  },
  'hex-encode-1m': () => {
    const buf = Buffer.from(randomBytes(M, SEED));
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = buf.toString('hex');
      return sink;
    };
  },
  'hex-decode-1m': () => {
    const s = Buffer.from(randomBytes(M, SEED)).toString('hex');
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = Buffer.from(s, 'hex');
      return sink;
    };
  },
  'alloc-zero-1k': () => {
    expect('alloc-zero-1k', Buffer.alloc(1024).equals(new Uint8Array(1024)), true);
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = Buffer.alloc(1024);
      return sink;
    };
  },
  'read-u32le-1m': () => {
    const rnd = randomBytes(M, SEED);
    const buf = Buffer.from(rnd);
    const loop = function loop(n) {
      let sum = 0;
      for (let j = 0; j < n; j++) {
        for (let i = 0; i + 4 <= buf.length; i += 4) sum += buf.readUInt32LE(i);
      }
      return { length: sum };
    };
    let expected = 0;
    for (let i = 0; i + 4 <= M; i += 4) expected += rnd[i] + rnd[i + 1] * 2 ** 8 + rnd[i + 2] * 2 ** 16 + rnd[i + 3] * 2 ** 24;
    expect('read-u32le-1m', loop(1).length, expected);
    return loop;
  },
  'write-u32le-1m': () => {
    const buf = Buffer.alloc(M);
    const loop = function loop(n) {
      for (let j = 0; j < n; j++) {
        for (let i = 0; i + 4 <= buf.length; i += 4) buf.writeUInt32LE(u32Value(i), i);
      }
      return buf;
    };
    loop(1);
    expect('write-u32le-1m', fingerprint(buf), fingerprint(u32leWritten(M)));
    return loop;
  },
  'read-double-1m': () => {
    const buf = Buffer.from(doubles(M, SEED));
    const r = rng(SEED);
    let units = 0; // the sum in units of 2^-24: exact
    for (let i = 0; i + 8 <= M; i += 8) units += r() >>> 8;
    const loop = function loop(n) {
      let total = 0;
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let i = 0; i + 8 <= buf.length; i += 8) sum += buf.readDoubleLE(i);
        total += sum;
      }
      return { length: total };
    };
    expect('read-double-1m', loop(1).length, units / 16777216);
    return loop;
  },
  'indexof-byte-1m': () => {
    const buf = Buffer.from(withoutFe(randomBytes(M, SEED)));
    expect('indexof-byte-1m', buf.indexOf(0xfe), -1);
    return function loop(n) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += buf.indexOf(0xfe);
      return { length: sum };
    };
  },
  'indexof-needle-1m': () => {
    const rnd = randomBytes(M, SEED);
    const buf = Buffer.from(rnd);
    const needle = Buffer.from(tail(rnd, 16));
    expect('indexof-needle-1m', buf.indexOf(needle), M - 16);
    return function loop(n) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += buf.indexOf(needle);
      return { length: sum };
    };
  },
  'equals-1m': () => {
    const rnd = randomBytes(M, SEED);
    const a = Buffer.from(rnd);
    const b = Buffer.from(rnd);
    expect('equals-1m', a.buffer !== b.buffer && a.equals(b), true);
    return function loop(n) {
      let count = 0;
      for (let i = 0; i < n; i++) if (a.equals(b)) count++;
      return { length: count };
    };
  },
  'compare-1m': () => {
    const rnd = randomBytes(M, SEED);
    const a = Buffer.from(rnd);
    const b = Buffer.from(lastByteFlipped(rnd));
    expect('compare-1m', Buffer.compare(a, b), rnd[M - 1] < (rnd[M - 1] ^ 1) ? -1 : 1);
    return function loop(n) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += Buffer.compare(a, b);
      return { length: sum };
    };
  },
  'concat-100x1k': () => {
    const list = pieces(randomBytes(M, SEED), 100, K).map((p) => Buffer.from(p));
    expect('concat-100x1k', fingerprint(Buffer.concat(list)), fingerprint(randomBytes(M, SEED).subarray(0, 100 * K)));
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = Buffer.concat(list);
      return sink;
    };
  },
  'fill-byte-1m': () => {
    const buf = Buffer.alloc(M);
    expect('fill-byte-1m', buf.fill(0x2a).equals(new Uint8Array(M).fill(0x2a)), true);
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = buf.fill(0x2a);
      return sink;
    };
  },
  'fill-pattern-1m': () => {
    const buf = Buffer.alloc(M);
    expect('fill-pattern-1m', buf.fill('abc').toString('latin1'), 'abc'.repeat(M / 3 + 1).slice(0, M));
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = buf.fill('abc');
      return sink;
    };
  },
  'copy-1m': () => {
    const src = Buffer.from(randomBytes(M, SEED));
    const dst = Buffer.alloc(M);
    expect('copy-1m', src.copy(dst) === M && dst.equals(src), true);
    return function loop(n) {
      let sum = 0;
      for (let i = 0; i < n; i++) sum += src.copy(dst);
      return { length: sum };
    };
  },
  'swap32-1m': () => {
    const rnd = randomBytes(M, SEED);
    const buf = Buffer.from(rnd);
    const swapped = new Uint8Array(M);
    for (let i = 0; i + 4 <= M; i += 4) for (let k = 0; k < 4; k++) swapped[i + k] = rnd[i + 3 - k];
    expect('swap32-1m', buf.swap32().equals(swapped) && buf.swap32().equals(rnd), true);
    return function loop(n) {
      let sink;
      for (let i = 0; i < n; i++) sink = buf.swap32();
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
    process.stdout.write(inputs());
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
