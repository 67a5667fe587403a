#!/usr/bin/env node
// record-dataview.js: records Node's answers for DataView (its constructor, every getter and
// setter), so that DataViewNodeRecordingTest compares dev.nodebuffer.DataView against Node without
// running it.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-api/src/test/node/record-dataview.js            re-record the resource
//   $NODE22 buffer-api/src/test/node/record-dataview.js --check    record in memory and compare with
//                                                                  the committed resource; exit 1 if
//                                                                  they differ
//   $NODE22 buffer-api/src/test/node/record-dataview.js --out FILE record into FILE instead
//
// The resource is src/test/resources/dev/nodebuffer/dataview-node22.txt. A change in it is a
// change in Node's behaviour (or in this script) and must be explained.
//
// The cases come from a fixed-seed mulberry32 PRNG (never Math.random) and stay inside what the
// Java signatures can express: offsets and lengths are int; 8/16/32-bit values int, except
// setUint32's long, kept within 2^53 in magnitude (beyond, a JavaScript number is no longer the
// long: README's Differences row); float values any double (stored as their bits, so NaN payloads
// and -0 survive); BigInt values any bigint or null (Java's null, which stands for undefined);
// littleEndian true, false or left out.
//
// One line per case, TAB-separated:
//   METHOD  BUFFER  VIEW  ARG...  =>  RESULT
// BUFFER is the ArrayBuffer's bytes in hex ("-" when empty). VIEW is the DataView's constructor
// arguments after the buffer: "-" for none, "o:<int>" or "o:<int>,l:<int>". METHOD "new" only
// constructs the view (and has no ARGs); the others are called on it. An ARG is i:<int>,
// l:<long>, d:<16 hex digits of the double's bits>, n:<bigint>, null or b:<true|false>. RESULT is
//   ok <returned value> <buffer hex after the call, "-" when empty, "=" when unchanged>
//   err <name>|<code or "-">|<message>
// A returned value is decimal for integers, n-suffixed for bigints, d:<bits> for doubles (d:NaN
// for any NaN: a read NaN's payload is not observable the same way on both sides), "undefined"
// for setters, and <byteOffset>/<byteLength> for "new".
'use strict';

const path = require('path');
const { Rng, cli } = require('../../../../buffer-testkit/src/main/node/recording.js');

const DEFAULT_OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer',
  'dataview-node22.txt');

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const bitsOf = (d) => { f64[0] = d; return u64[0].toString(16).padStart(16, '0'); };
const doubleOf = (hex) => { u64[0] = BigInt('0x' + hex); return f64[0]; };

// [type, width, value kind, min, max]: getX and setX.
const TYPES = [
  ['Int8', 1, 'i', -128, 127], ['Uint8', 1, 'i', 0, 255],
  ['Int16', 2, 'i', -32768, 32767], ['Uint16', 2, 'i', 0, 65535],
  ['Int32', 4, 'i', -(2 ** 31), 2 ** 31 - 1], ['Uint32', 4, 'l', 0, 2 ** 32 - 1],
  ['Float32', 4, 'd'], ['Float64', 8, 'd'],
  ['BigInt64', 8, 'n', -(2n ** 63n), 2n ** 63n - 1n], ['BigUint64', 8, 'n', 0n, 2n ** 64n - 1n],
];

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

function hexOf(bytes) {
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
}

// A view's (offset, length) for a buffer of `len` bytes: mostly valid, sometimes not.
function viewFor(r, len) {
  const k = r.int(10);
  if (k < 2) return [];
  const offset = k < 9 ? r.int(r.int(2) === 0 ? Math.min(len, 4) + 1 : len + 1) : r.pick([-1, len + 1, INT_MIN, INT_MAX, len]);
  if (r.int(3) === 0) return [offset];
  const rest = Math.max(len - Math.max(offset, 0), 0);
  const length = k < 9 && r.int(8) > 0 ? r.int(rest + 1)
    : r.pick([-1, rest + 1, INT_MIN, INT_MAX, 0, rest]);
  return [offset, length];
}

// An offset for a view of `len` bytes and an access of `width` bytes.
function offsetFor(r, len, width) {
  const k = r.int(10);
  if (k < 6) return len - width >= 0 ? r.int(len - width + 1) : r.int(3);
  if (k < 9) return r.pick([-1, -2, len - width + 1, len - width + 2, len, len + 1, 0]);
  return r.pick([INT_MIN, INT_MAX, INT_MAX - 7, -(2 ** 20), 2 ** 20, len + r.int(100)]);
}

// An integer of a Java int (i) or long (l, within 2^53), near [min, max] and beyond.
function integerFor(r, kind, min, max) {
  const k = r.int(12);
  let v;
  if (k < 6) v = min + Math.floor((r.next() / 4294967296) * (max - min + 1));
  else if (k < 9) v = r.pick([min, max, min - 1, max + 1, 0, -1, 1]);
  else if (kind === 'i') v = r.pick([INT_MIN, INT_MAX, max * 2 + r.int(1000), min * 2 - r.int(1000),
    0x12345678, -0x12345678]);
  else v = r.pick([2 ** 32, -(2 ** 32), 2 ** 32 + 1, -(2 ** 32) - 1, 2 ** 40 + r.int(1e6), 2 ** 48,
    -(2 ** 48) - r.int(1e6), 2 ** 53, -(2 ** 53), 2 ** 52 + 3]);
  if (kind === 'i') v = Math.max(INT_MIN, Math.min(INT_MAX, v));
  return v;
}

// A double: ordinary values, specials, random bit patterns (NaN payloads included).
function doubleFor(r) {
  const k = r.int(10);
  if (k < 4) return (r.next() / 4294967296 - 0.5) * 10 ** (r.int(80) - 40);
  if (k < 7) return r.pick([0, -0, NaN, Infinity, -Infinity, 1.5, 0.1, 16777217, 1e40, 1e-50,
    3.4028235677973366e38, 3.4028234663852886e38, 1.401298464324817e-45, 7e-46, 5e-324,
    Number.MAX_VALUE, 2 ** 24 + 1, -(2 ** 31), 0xcafebabe]);
  return doubleOf(hexOf(r.bytes(8)));
}

function bigintFor(r, min, max) {
  const k = r.int(10);
  if (k < 4) {
    const v = BigInt('0x' + hexOf(r.bytes(8)));
    return min < 0n ? BigInt.asIntN(64, v) : v;
  }
  if (k < 8) return r.pick([min, max, min - 1n, max + 1n, 0n, -1n, 1n, 2n ** 32n, -(2n ** 32n)]);
  if (k < 9) return r.pick([2n ** 100n, -(2n ** 100n) - 5n, max * 3n]);
  return null;
}

function* cases() {
  const r = new Rng(0x44564957);
  for (let i = 0; i < 3000; i++) {
    const len = r.int(10) < 2 ? r.int(8) : 8 + r.int(r.int(4) === 0 ? 24 : 8);
    const bytes = r.bytes(len);
    const view = viewFor(r, len);
    const viewLength = view.length === 2 ? view[1] : len - (view.length ? view[0] : 0);
    const family = r.int(12);
    if (family === 0) {
      yield { name: 'new', bytes, view, args: [] };
      continue;
    }
    const [type, width, kind, min, max] = r.pick(TYPES);
    const offset = ['i', offsetFor(r, Math.max(viewLength, 0), width)];
    const order = width === 1 || r.int(3) === 0 ? [] : [['b', r.int(2) === 1]];
    if (family < 6) {
      yield { name: 'get' + type, bytes, view, args: [offset, ...order] };
    } else {
      const value = kind === 'd' ? doubleFor(r) : kind === 'n' ? bigintFor(r, min, max)
        : integerFor(r, kind, min, max);
      yield { name: 'set' + type, bytes, view, args: [offset, [kind, value], ...order] };
    }
  }
}

function arg(kind, v) {
  if (v === null) return 'null';
  if (kind === 'd') return `d:${bitsOf(v)}`;
  if (kind === 'n') return `n:${v}`;
  if (kind === 'b') return `b:${v}`;
  return `${kind}:${BigInt(v)}`;
}

function shown(name, result, dv) {
  if (name === 'new') return `${dv.byteOffset}/${dv.byteLength}`;
  if (result === undefined) return 'undefined';
  if (typeof result === 'bigint') return `${result}n`;
  if (/^getFloat/.test(name)) return Number.isNaN(result) ? 'd:NaN' : `d:${bitsOf(result)}`;
  return String(result);
}

function run(c) {
  const ab = new ArrayBuffer(c.bytes.length);
  const mem = Buffer.from(ab);
  mem.set(c.bytes);
  const hex = (b) => b.toString('hex') || '-';
  const before = hex(mem);
  let out;
  try {
    const dv = new DataView(ab, ...c.view);
    // Java's null stands for undefined.
    const result = c.name === 'new' ? undefined
      : dv[c.name](...c.args.map(([, v]) => (v === null ? undefined : v)));
    const after = hex(mem);
    out = `ok ${shown(c.name, result, dv)} ${after === before ? '=' : after}`;
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    if (hex(mem) !== before) throw new Error('an error changed the bytes');
    out = `err ${e.name}|${e.code === undefined ? '-' : e.code}|${e.message}`;
  }
  const view = c.view.length === 0 ? '-'
    : c.view.length === 1 ? `o:${c.view[0]}` : `o:${c.view[0]},l:${c.view[1]}`;
  const args = c.args.map(([kind, v]) => arg(kind, v));
  return [c.name, before, view, ...args, '=>', out].join('\t');
}

function record() {
  const lines = [
    '# Node.js answers for DataView\'s constructor, getters and setters, recorded by',
    '# src/test/node/record-dataview.js. Do not edit by hand; re-record with that script.',
    `node\t${process.version}`,
  ];
  for (const c of cases()) lines.push(run(c));
  lines.push('end');
  return `${lines.join('\n')}\n`;
}

cli({ script: 'record-dataview.js', out: DEFAULT_OUT, record }, process.argv.slice(2));
