#!/usr/bin/env node
// record-numbers.js: records Node's answers for the numeric read*/write* family and swap16/32/64
// of Buffer, so that BufferNumbersNodeRecordingTest compares dev.nodebuffer.Buffer against Node
// without running it.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-api/src/test/node/record-numbers.js            re-record the resource
//   $NODE22 buffer-api/src/test/node/record-numbers.js --check    record in memory and compare with
//                                                                 the committed resource; exit 1 if
//                                                                 they differ
//   $NODE22 buffer-api/src/test/node/record-numbers.js --out FILE record into FILE instead
//
// The resource is src/test/resources/dev/nodebuffer/numbers-node22.txt. A change in it is a
// change in Node's behaviour (or in this script) and must be explained.
//
// The cases come from a fixed-seed mulberry32 PRNG (never Math.random) and stay inside what the
// Java signatures can express: offsets and byteLengths are int, 8/16-bit values int, 32-bit and
// variable-width values long (integers; beyond 2^53 a JavaScript number is the double nearest to
// the long, and the line stores that double's exact integer value), float/double values any
// double (stored as their bits, so NaN payloads and -0 survive), BigInt values any bigint or
// null (Java's null; Node answers null as it answers undefined).
//
// One line per case, TAB-separated:
//   METHOD  BUFFER  ARG...  =>  RESULT
// BUFFER is the buffer's bytes in hex ("-" when empty). An ARG is i:<int>, l:<long>, d:<16 hex
// digits of the double's bits>, n:<bigint> or null. RESULT is one of
//   ok <returned value> <buffer hex after the call, "-" when empty, "=" when unchanged>
//   err <name>|<code or "-">|<message>
// A returned value is decimal for integers, n-suffixed for bigints, d:<bits> for doubles
// (d:NaN for any NaN: a read NaN's payload is not observable the same way on both sides), and
// "this" for swaps (which return the buffer itself).
'use strict';

const path = require('path');
const { Rng, cli } = require('../../../../buffer-testkit/src/main/node/recording.js');

const DEFAULT_OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer',
  'numbers-node22.txt');

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const bitsOf = (d) => { f64[0] = d; return u64[0].toString(16).padStart(16, '0'); };
const doubleOf = (hex) => { u64[0] = BigInt('0x' + hex); return f64[0]; };

// Method families: [names (aliases included), width, kind].
const FIXED_READS = [
  [['readUInt8', 'readUint8'], 1], [['readInt8'], 1],
  [['readUInt16LE', 'readUint16LE', 'readUInt16BE', 'readUint16BE'], 2],
  [['readInt16LE', 'readInt16BE'], 2],
  [['readUInt32LE', 'readUint32LE', 'readUInt32BE', 'readUint32BE'], 4],
  [['readInt32LE', 'readInt32BE'], 4],
  [['readFloatLE', 'readFloatBE'], 4, 'double'], [['readDoubleLE', 'readDoubleBE'], 8, 'double'],
  [['readBigUInt64LE', 'readBigUint64LE', 'readBigUInt64BE', 'readBigUint64BE'], 8, 'bigint'],
  [['readBigInt64LE', 'readBigInt64BE'], 8, 'bigint'],
];
const VARIABLE_READS = ['readUIntLE', 'readUintLE', 'readUIntBE', 'readUintBE', 'readIntLE',
  'readIntBE'];
// [names, width, value kind, min, max]
const FIXED_WRITES = [
  [['writeUInt8', 'writeUint8'], 1, 'i', 0, 255], [['writeInt8'], 1, 'i', -128, 127],
  [['writeUInt16LE', 'writeUint16LE', 'writeUInt16BE', 'writeUint16BE'], 2, 'i', 0, 65535],
  [['writeInt16LE', 'writeInt16BE'], 2, 'i', -32768, 32767],
  [['writeUInt32LE', 'writeUint32LE', 'writeUInt32BE', 'writeUint32BE'], 4, 'l', 0, 2 ** 32 - 1],
  [['writeInt32LE', 'writeInt32BE'], 4, 'l', -(2 ** 31), 2 ** 31 - 1],
  [['writeFloatLE', 'writeFloatBE'], 4, 'd'], [['writeDoubleLE', 'writeDoubleBE'], 8, 'd'],
  [['writeBigUInt64LE', 'writeBigUint64LE', 'writeBigUInt64BE', 'writeBigUint64BE'], 8, 'n',
    0n, 2n ** 64n - 1n],
  [['writeBigInt64LE', 'writeBigInt64BE'], 8, 'n', -(2n ** 63n), 2n ** 63n - 1n],
];
const VARIABLE_WRITES = [['writeUIntLE', false], ['writeUintLE', false], ['writeUIntBE', false],
  ['writeUintBE', false], ['writeIntLE', true], ['writeIntBE', true]];
const SWAPS = [['swap16', 2], ['swap32', 4], ['swap64', 8]];

const INT_MAX = 2 ** 31 - 1;
const LONG_LIMIT = 2n ** 63n;

// An offset for a buffer of `len` bytes and an access of `width` bytes: mostly valid, often just
// outside, sometimes far.
function offsetFor(r, len, width) {
  const k = r.int(10);
  if (k < 6) return len - width >= 0 ? r.int(len - width + 1) : r.int(3);
  if (k < 9) return r.pick([-1, -2, len - width + 1, len - width + 2, len, len + 1, 0]);
  return r.pick([-INT_MAX - 1, INT_MAX, -(2 ** 20), 2 ** 20, len + r.int(100), -r.int(100)]);
}

function byteLengthFor(r) {
  return r.int(6) < 5 ? 1 + r.int(6) : r.pick([0, -1, 7, 8, -INT_MAX - 1, INT_MAX]);
}

// An integer argument of a Java `int` (i) or `long` (l), near [min, max] and beyond.
function integerFor(r, kind, min, max) {
  const k = r.int(12);
  let v;
  if (k < 6) v = min + Math.floor(((r.next() * 4294967296 + r.next()) / 2 ** 64) * (max - min + 1));
  else if (k < 9) v = r.pick([min, max, min - 1, max + 1, 0, -1, 1]);
  else if (kind === 'i') v = r.pick([-INT_MAX - 1, INT_MAX, max * 2 + r.int(1000), min * 2 - r.int(1000)]);
  else v = r.pick([2 ** 32, -(2 ** 32), 2 ** 32 + 1, -(2 ** 32) - 1, 2 ** 40 + r.int(1e6), 2 ** 48,
    -(2 ** 48) - r.int(1e6), 2 ** 53, 2 ** 53 + 2, 2 ** 60, -(2 ** 62), 2 ** 62 + 2 ** 40]);
  if (kind === 'i') v = Math.max(-INT_MAX - 1, Math.min(INT_MAX, v));
  return v;
}

// A double: ordinary values, specials, random bit patterns (NaN payloads included).
function doubleFor(r) {
  const k = r.int(10);
  if (k < 4) return (r.next() / 4294967296 - 0.5) * 10 ** (r.int(80) - 40);
  if (k < 7) return r.pick([0, -0, NaN, Infinity, -Infinity, 1.5, 0.1, 16777217, 1e40, 1e-50,
    3.4028235677973366e38, 3.4028234663852886e38, 1.401298464324817e-45, 7e-46, 5e-324,
    Number.MAX_VALUE, 2 ** 24 + 1, -(2 ** 31), 0xcafebabe]);
  return doubleOf(r.bytes(8).map((b) => b.toString(16).padStart(2, '0')).join(''));
}

function bigintFor(r, min, max) {
  const k = r.int(10);
  if (k < 4) {
    const v = BigInt('0x' + r.bytes(8).map((b) => b.toString(16).padStart(2, '0')).join(''));
    return min < 0n ? BigInt.asIntN(64, v) : v;
  }
  if (k < 8) return r.pick([min, max, min - 1n, max + 1n, 0n, -1n, 1n, 2n ** 32n, -(2n ** 32n),
    -(2n ** 32n) - 1n]);
  if (k < 9) return r.pick([2n ** 100n, -(2n ** 100n), max * 3n]);
  return null;
}

function arg(kind, v) {
  if (v === null) return 'null';
  if (kind === 'd') return `d:${bitsOf(v)}`;
  if (kind === 'n') return `n:${v}`;
  return `${kind}:${BigInt(v)}`;
}

function* cases() {
  const r = new Rng(0x4E55_4D42);
  for (let i = 0; i < 4000; i++) {
    const len = r.int(10) < 3 ? r.int(8) : 8 + r.int(r.int(4) === 0 ? 32 : 5);
    const bytes = r.bytes(len);
    const family = r.int(20);
    if (family < 6) {
      const [names, width] = r.pick(FIXED_READS);
      const name = r.pick(names);
      yield r.int(8) === 0 ? { name, bytes, args: [] }
        : { name, bytes, args: [['i', offsetFor(r, len, width)]] };
    } else if (family < 9) {
      const byteLength = byteLengthFor(r);
      const width = byteLength >= 1 && byteLength <= 6 ? byteLength : 1;
      yield { name: r.pick(VARIABLE_READS), bytes,
        args: [['i', offsetFor(r, len, width)], ['i', byteLength]] };
    } else if (family < 15) {
      const [names, width, kind, min, max] = r.pick(FIXED_WRITES);
      const name = r.pick(names);
      const value = kind === 'd' ? doubleFor(r) : kind === 'n' ? bigintFor(r, min, max)
        : integerFor(r, kind, min, max);
      yield r.int(8) === 0 ? { name, bytes, args: [[kind, value]] }
        : { name, bytes, args: [[kind, value], ['i', offsetFor(r, len, width)]] };
    } else if (family < 19) {
      const [name, signed] = r.pick(VARIABLE_WRITES);
      const byteLength = byteLengthFor(r);
      const n = byteLength >= 1 && byteLength <= 6 ? byteLength : 1 + r.int(6);
      const min = signed ? -(2 ** (8 * n - 1)) : 0;
      const max = signed ? 2 ** (8 * n - 1) - 1 : 2 ** (8 * n) - 1;
      yield { name, bytes, args: [['l', integerFor(r, 'l', min, max)],
        ['i', offsetFor(r, len, byteLength >= 1 && byteLength <= 6 ? byteLength : 1)],
        ['i', byteLength]] };
    } else {
      const [name, unit] = r.pick(SWAPS);
      const n = r.int(3) === 0 ? r.int(40) : unit * r.int(12);
      yield { name, bytes: r.bytes(n), args: [] };
    }
  }
}

function value(kind, v) {
  if (v === null) return null;
  if (kind === 'l' || kind === 'i') {
    // A Java long holds the integer; JavaScript receives the nearest double, as Java code that
    // passes that long to Node would.
    const big = BigInt(v);
    if (big >= LONG_LIMIT || big < -LONG_LIMIT) throw new Error(`not a long: ${v}`);
  }
  return v;
}

function shown(name, result) {
  if (typeof result === 'bigint') return `${result}n`;
  if (typeof result === 'number') {
    if (!/^read(Float|Double)/.test(name)) return String(result);
    return Number.isNaN(result) ? 'd:NaN' : `d:${bitsOf(result)}`;
  }
  if (Buffer.isBuffer(result)) return 'this';
  throw new Error(`unexpected result ${result}`);
}

function run(c) {
  const buf = Buffer.from(c.bytes);
  const hex = (b) => b.toString('hex') || '-';
  let out;
  try {
    const result = buf[c.name](...c.args.map(([kind, v]) => value(kind, v)));
    const after = hex(buf);
    out = `ok ${shown(c.name, result)} ${after === hex(Buffer.from(c.bytes)) ? '=' : after}`;
  } catch (e) {
    if (!(e instanceof RangeError || e instanceof TypeError)) throw e;
    out = `err ${e.name}|${e.code === undefined ? '-' : e.code}|${e.message}`;
  }
  const args = c.args.map(([kind, v]) => arg(kind, v));
  return [c.name, hex(Buffer.from(c.bytes)), ...args, '=>', out].join('\t');
}

function record() {
  const lines = [
    '# Node.js answers for Buffer\'s numeric reads, writes and swaps, recorded by',
    '# src/test/node/record-numbers.js. Do not edit by hand; re-record with that script.',
    `node\t${process.version}`,
  ];
  for (const c of cases()) lines.push(run(c));
  lines.push('end');
  return `${lines.join('\n')}\n`;
}

cli({ script: 'record-numbers.js', out: DEFAULT_OUT, record }, process.argv.slice(2));
