#!/usr/bin/env node
// record-elements.js: records Node's element conversions of the eleven typed-array kinds (what
// `a[0] = x` stores and what `a[0]` reads back), so that ElementConversionNodeRecordingTest
// compares the port's typed arrays with Node without running it.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-api/src/test/node/record-elements.js             re-record the resource
//   $NODE22 buffer-api/src/test/node/record-elements.js --check     record in memory and compare with
//                                                                   the committed resource; exit 1
//                                                                   if they differ
//   $NODE22 buffer-api/src/test/node/record-elements.js --dump FAMILY CHUNK
//                                                                   print "index<TAB>input<TAB>output"
//                                                                   for every case of one chunk
//   $NODE22 buffer-api/src/test/node/record-elements.js --out FILE  record into FILE instead
//
// The resource is src/test/resources/dev/nodebuffer/elements-node22.txt, in the digest format of
// buffer-testkit/src/main/node/recording.js (chunk digests plus samples). A change in it is a
// change in Node's behaviour (or in this script) and must be explained.
//
// The inputs are generated here and regenerated, identically, by ElementConversionCases.java:
// fixed lists, or the fixed-seed mulberry32 PRNG of recording.js (never Math.random). Every double
// is built from its bits or by exact (or identically rounded) IEEE arithmetic, and travels as its
// bits until the moment it is stored, so a NaN's payload reaches the store as generated. V8's
// tiers agree: the recording is the same under --jitless, --no-opt and --always-turbofan (checked
// on v22.23.3, x64), so which code the JIT made of the loops below does not matter. Families:
//
//   KIND/store   for each of the nine Number kinds: fixed edges (specials, ±(2^k + d) for k in
//                0..90 and d in -2, -1, -0.5, 0, 0.5, 1, 2, the double neighbours of 2^31, 2^32,
//                2^52, 2^53, 2^63, 2^64, powers of two around Float32's subnormal and overflow
//                limits, n + 0.5 for n in -260..260 and the neighbours of some of them, Float32's
//                overflow midpoint), then 3,000 random doubles (random bits, random exponents,
//                integers near powers of two, 35-bit integers with quarters, halves, midpoints
//                between adjacent floats and their neighbours, tiny and subnormal values, NaNs
//                with payloads)
//   KIND/store   for the two BigInt kinds: ±(2^k + d) for k in 0..130 and d in -1, 0, 1, then
//                3,000 random BigInts of 1..130 bits, both signs
//   KIND/read    for all eleven kinds: 2,000 elements read from random raw bytes (bounds, NaNs
//                with payloads, signalling NaNs, infinities, subnormals)
//   nan/float64  1,000 Float64 NaNs with payloads copied into a Float64Array and a Float32Array
//   nan/float32  1,000 Float32 NaNs with payloads copied into a Float64Array and a Float32Array
//
// Checked, not recorded (the script fails otherwise): on every store case, fill, with, of,
// KIND.from(typedArray), and from, the constructor and set of the array [x], store what a[0] = x
// stores, except that the array [x] already holds a signalling NaN quieted (assertSameEverywhere).
//
// Line formats (hex is lower case; BYTES is an element's bytes in the ArrayBuffer, in memory
// order, which is little-endian on the machines Node 22 runs on and in the port; VALUE is a
// decimal integer for the integer kinds, d:<16 hex digits of the double's bits> for the float
// kinds, so that -0 and a NaN's payload are shown, and <decimal>n for the BigInt kinds):
//   store (Number)  input  d:<bits of x>
//                   output <BYTES of a[0] = x> <VALUE of a[0]> <BYTES of a.set(src)> <BYTES of
//                          new KIND(src)>, where a = new KIND(1) and src a Float64Array holding x;
//                          the last two are "=" when they are the first
//   store (BigInt)  input  n:<decimal x>
//                   output <BYTES of a[0] = x> <VALUE of a[0]>
//   read            input  <BYTES>
//                   output <VALUE of a[0]> <BYTES of b[0] = a[0]>, where a = new KIND(buffer)
//                          over those bytes and b = new KIND(1)
//   nan             input  <bits of the source element, 16 hex digits for nan/float64, 8 for
//                          nan/float32>
//                   output f64:<BYTES of b[0] = src[0]>,<of b.set(src)>,<of new Float64Array(src)>
//                          f32:<the same three for Float32Array> slice:<BYTES of src.slice()>,
//                          where src is a one-element array of the source kind over those bits
'use strict';

const path = require('path');
const { Rng, main } = require('../../../../buffer-testkit/src/main/node/recording.js');

const DEFAULT_OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer',
  'elements-node22.txt');

// [name, constructor, byte width], in recording order; each kind's seeds are SEED + its index.
const KINDS = [
  ['Int8Array', Int8Array, 1], ['Uint8Array', Uint8Array, 1],
  ['Uint8ClampedArray', Uint8ClampedArray, 1], ['Int16Array', Int16Array, 2],
  ['Uint16Array', Uint16Array, 2], ['Int32Array', Int32Array, 4],
  ['Uint32Array', Uint32Array, 4], ['Float32Array', Float32Array, 4],
  ['Float64Array', Float64Array, 8], ['BigInt64Array', BigInt64Array, 8],
  ['BigUint64Array', BigUint64Array, 8],
];
const STORE_SEED = 0x5E1E0000;
const READ_SEED = 0x5E1E1000;
const NAN64_SEED = 0x5E1E2000;
const NAN32_SEED = 0x5E1E3000;
const RANDOM_STORES = 3000;
const RANDOM_READS = 2000;
const NAN_CASES = 1000;

// The double <-> bits conversions, through one shared 8-byte scratch (V8 moves a Float64Array
// element's bits unchanged, NaN payloads included).
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const bitsOf = (d) => { f64[0] = d; return u64[0]; };
const doubleOf = (bits) => { u64[0] = BigInt.asUintN(64, bits); return f64[0]; };
const floatOf = (bits) => { u32[0] = bits; return f32[0]; };
const hex16 = (bits) => bits.toString(16).padStart(16, '0');
const hexOf = (bytes) => Buffer.from(bytes).toString('hex');
const bytesOf = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('hex');

const pow2 = (k) => doubleOf(BigInt(1023 + k) << 52n);
// The double whose bits are those of d plus k: a neighbour of the same sign, larger in magnitude
// for k > 0.
const bitsPlus = (d, k) => doubleOf(bitsOf(d) + BigInt(k));
const bitsFrom = (sign, exponent, mantissaHigh20, mantissaLow32) => (BigInt(sign) << 63n)
  | (BigInt(exponent) << 52n) | (BigInt(mantissaHigh20) << 32n) | BigInt(mantissaLow32);

// The fixed edges of a Number kind's store family, as bits (the same list for every kind).
function numberEdges() {
  const out = [];
  for (const b of ['0000000000000000', '8000000000000000', '7ff8000000000000', 'fff8000000000000',
    '7ff0000000000000', 'fff0000000000000', '7fefffffffffffff', 'ffefffffffffffff',
    '0000000000000001', '8000000000000001', '0010000000000000', '000fffffffffffff',
    '800fffffffffffff', '7ff0000000000001', '7ff4000000000000', 'fff0000000000001',
    '7fffffffffffffff', 'ffffffffffffffff', '7ff8000000000001', '7ff80000e0000000']) {
    out.push(BigInt('0x' + b));
  }
  const deltas = [-2, -1, -0.5, 0, 0.5, 1, 2];
  for (let k = 0; k <= 90; k++) {
    for (const d of deltas) {
      const x = pow2(k) + d;
      out.push(bitsOf(x), bitsOf(-x));
    }
  }
  for (const k of [31, 32, 52, 53, 63, 64]) {
    for (const step of [-2, -1, 1, 2]) {
      const x = bitsPlus(pow2(k), step);
      out.push(bitsOf(x), bitsOf(-x));
    }
  }
  for (let k = -155; k <= 130; k++) {
    if (k > -120 && k < 124) continue;
    for (const step of [-1, 0, 1]) {
      const x = bitsPlus(pow2(k), step);
      out.push(bitsOf(x), bitsOf(-x));
    }
  }
  for (let n = -260; n <= 260; n++) out.push(bitsOf(n + 0.5));
  for (const n of [-3, -2, -1, 0, 1, 2, 3, 126, 127, 128, 253, 254, 255, 256]) {
    for (const step of [-1, 1]) out.push(bitsOf(bitsPlus(n + 0.5, step)));
  }
  // Float32's largest value, and the midpoint between it and 2^128 where rounding overflows.
  const fmax = floatOf(0x7f7fffff);
  const overflow = (fmax + pow2(128)) / 2;
  for (const x of [fmax, overflow, bitsPlus(overflow, -1), bitsPlus(overflow, 1)]) {
    out.push(bitsOf(x), bitsOf(-x));
  }
  return out;
}

// One random double of a Number kind's store family, as bits.
function randomNumber(r) {
  switch (r.int(9)) {
    case 0: { // any bits
      const hi = r.next();
      const lo = r.next();
      return (BigInt(hi) << 32n) | BigInt(lo);
    }
    case 1: { // any exponent
      const sign = r.int(2);
      const exponent = r.int(2048);
      const mh = r.int(1 << 20);
      return bitsFrom(sign, exponent, mh, r.next());
    }
    case 2: { // 2^-4 <= |x| < 2^76: fractions, and integers past every kind's range
      const sign = r.int(2);
      const exponent = 1023 - 4 + r.int(80);
      const mh = r.int(1 << 20);
      return bitsFrom(sign, exponent, mh, r.next());
    }
    case 3: { // near a power of two, sometimes plus a half
      const k = r.int(90);
      const delta = r.int(9) - 4;
      const half = r.int(4) === 0 ? 0.5 : 0;
      const x = pow2(k) + delta + half;
      return bitsOf(r.int(2) === 0 ? x : -x);
    }
    case 4: { // |x| < 2^34, in quarters
      const hi = r.int(4);
      const lo = r.next();
      const quarter = r.int(4);
      const x = hi * 4294967296 + lo + quarter / 4;
      return bitsOf(r.int(2) === 0 ? x : -x);
    }
    case 5: { // n + 0.5, small or up to 2^20
      const n = r.int(2) === 0 ? r.int(600) - 300 : r.int(1 << 21) - (1 << 20);
      return bitsOf(n + 0.5);
    }
    case 6: { // the midpoint between adjacent floats, or a double neighbour of it
      const sign = r.int(2);
      const exponent = r.int(255);
      const mh = r.int(1 << 21);
      const fbits = ((sign << 31) | (exponent << 23) | (mh << 2) | r.int(4)) >>> 0;
      const mid = (floatOf(fbits) + floatOf(fbits + 1)) / 2;
      const step = r.int(3);
      return bitsOf(step === 0 ? mid : bitsPlus(mid, step === 1 ? 1 : -1));
    }
    case 7: { // tiny: subnormal a quarter of the time, else below 1
      const sign = r.int(2);
      const exponent = r.int(4) === 0 ? 0 : r.int(1024);
      const mh = r.int(1 << 20);
      return bitsFrom(sign, exponent, mh, r.next());
    }
    default: { // a NaN with a payload, quiet or signalling
      const sign = r.int(2);
      const mh = r.int(1 << 20);
      const bits = bitsFrom(sign, 2047, mh, r.next());
      return (bits & 0xfffffffffffffn) === 0n ? bits | 1n : bits;
    }
  }
}

function bigintEdges() {
  const out = [];
  for (let k = 0; k <= 130; k++) {
    for (const d of [-1n, 0n, 1n]) {
      const x = (1n << BigInt(k)) + d;
      out.push(x, -x);
    }
  }
  return out;
}

// A random BigInt of 1..130 bits (the top one set), either sign.
function randomBigInt(r) {
  const length = 1 + r.int(130);
  let v = 0n;
  for (let i = 0; i < Math.ceil(length / 32); i++) v = (v << 32n) | BigInt(r.next());
  v = BigInt.asUintN(length, v) | (1n << BigInt(length - 1));
  return r.int(2) === 0 ? v : -v;
}

// The raw bytes of one element read: random, or shaped towards bounds, infinities, NaNs
// (signalling ones included) and subnormals.
function randomElementBytes(r, width) {
  const bytes = r.bytes(width);
  const top = width - 1;
  switch (r.int(4)) {
    case 0: break;
    case 1:
      bytes[top] = r.pick([0x00, 0x7f, 0x80, 0xff]);
      if (width >= 2) bytes[top - 1] |= 0xf0;
      break;
    case 2:
      for (let i = 0; i < width; i++) bytes[i] = r.pick([0x00, 0xff, 0x7f, 0x80]);
      break;
    default: // an exponent of all ones with the quiet bit clear, for Float32 and Float64
      bytes[top] = r.pick([0x7f, 0xff]);
      if (width === 8) bytes[top - 1] = 0xf0 | r.int(8);
      else if (width >= 2) bytes[top - 1] = 0x80 | r.int(64);
  }
  return bytes;
}

function valueOf(name, v) {
  if (name.startsWith('Float')) return `d:${hex16(bitsOf(v))}`;
  if (name.startsWith('Big')) return `${v}n`;
  return String(v);
}

function numberFamilies([name, Kind], index) {
  return {
    name: `${name}/store`, kind: 'storeNumber', chunk: 256, sample: 37,
    *cases() {
      for (const bits of numberEdges()) yield { name, Kind, bits };
      const r = new Rng(STORE_SEED + index);
      for (let i = 0; i < RANDOM_STORES; i++) yield { name, Kind, bits: randomNumber(r) };
    },
  };
}

function bigintFamilies([name, Kind], index) {
  return {
    name: `${name}/store`, kind: 'storeBigInt', chunk: 256, sample: 37,
    *cases() {
      for (const x of bigintEdges()) yield { name, Kind, x };
      const r = new Rng(STORE_SEED + index);
      for (let i = 0; i < RANDOM_STORES; i++) yield { name, Kind, x: randomBigInt(r) };
    },
  };
}

function readFamily([name, Kind, width], index) {
  return {
    name: `${name}/read`, kind: 'read', chunk: 256, sample: 31,
    *cases() {
      const r = new Rng(READ_SEED + index);
      for (let i = 0; i < RANDOM_READS; i++) {
        yield { name, Kind, bytes: randomElementBytes(r, width) };
      }
    },
  };
}

// A NaN's bits with a random payload: anywhere in the mantissa, only in the bits a narrowing to
// Float32 drops, or only in the bits it keeps.
function randomNaN64(r) {
  const sign = r.int(2);
  let mh = r.int(1 << 20);
  let lo = r.next();
  const where = r.int(3);
  if (where === 1) { mh &= 0x80000; lo &= 0x1fffffff; }
  if (where === 2) lo &= 0xe0000000;
  const bits = bitsFrom(sign, 2047, mh, lo >>> 0);
  return (bits & 0xfffffffffffffn) === 0n ? bits | 1n : bits;
}

function randomNaN32(r) {
  const sign = r.int(2);
  const mantissa = (r.int(1 << 21) << 2) | r.int(4);
  return ((sign << 31) | (0xff << 23) | (mantissa === 0 ? 1 : mantissa)) >>> 0;
}

const NAN_FAMILIES = [
  {
    name: 'nan/float64', kind: 'nan', chunk: 256, sample: 23,
    *cases() {
      const r = new Rng(NAN64_SEED);
      for (let i = 0; i < NAN_CASES; i++) yield { Source: Float64Array, bits: randomNaN64(r) };
    },
  },
  {
    name: 'nan/float32', kind: 'nan', chunk: 256, sample: 23,
    *cases() {
      const r = new Rng(NAN32_SEED);
      for (let i = 0; i < NAN_CASES; i++) yield { Source: Float32Array, bits: randomNaN32(r) };
    },
  },
];

// V8 quiets a signalling NaN stored into a JavaScript array of doubles (the array literal `[x]`),
// keeping its payload; a typed array's element store does not.
const silenced = (bits) => (((bits >> 52n) & 0x7ffn) === 0x7ffn && (bits & 0xfffffffffffffn) !== 0n
  ? bits | (1n << 51n) : bits);

// Not recorded but checked on every store case (the script fails if it is false): fill, with, of
// and Kind.from(typedArray) store what `a[0] = x` stores, and so do from, the constructor and set
// given the array [x] (which holds `inArray`, x as a JavaScript array keeps it). The Java test
// checks that its own overloads of these agree with put.
function assertSameEverywhere(c, x, stored, inArray) {
  const K = c.Kind;
  const fresh = () => new K(1);
  const a = fresh();
  a[0] = inArray;
  const storedInArray = bytesOf(a);
  const set = fresh();
  set.set([x]);
  const paths = [['fill', fresh().fill(x), stored], ['with', fresh().with(0, x), stored],
    ['of', K.of(x), stored], ['from([x])', K.from([x]), storedInArray],
    ['new ([x])', new K([x]), storedInArray], ['set([x])', set, storedInArray]];
  for (const [path, array, expected] of paths) {
    if (bytesOf(array) !== expected) {
      throw new Error(`${c.name}: ${path} of ${c.bits === undefined ? c.x : hex16(c.bits)} stores `
        + `${bytesOf(array)}, a[0] = x ${expected}`);
    }
  }
}

const KINDS_OF_CASES = {
  storeNumber: {
    input: (c) => `d:${hex16(c.bits)}`,
    output: (c) => {
      const a = new c.Kind(1);
      a[0] = doubleOf(c.bits);
      const stored = bytesOf(a);
      const value = valueOf(c.name, a[0]);
      const src = new Float64Array(1);
      new BigUint64Array(src.buffer)[0] = c.bits;
      const s = new c.Kind(1);
      s.set(src);
      const set = bytesOf(s);
      const made = bytesOf(new c.Kind(src));
      assertSameEverywhere(c, doubleOf(c.bits), stored, doubleOf(silenced(c.bits)));
      if (bytesOf(c.Kind.from(src)) !== made) throw new Error(`${c.name}.from(src) differs`);
      return [stored, value, set === stored ? '=' : set, made === stored ? '=' : made].join(' ');
    },
  },
  storeBigInt: {
    input: (c) => `n:${c.x}`,
    output: (c) => {
      const a = new c.Kind(1);
      a[0] = c.x;
      assertSameEverywhere(c, c.x, bytesOf(a), c.x);
      return `${bytesOf(a)} ${valueOf(c.name, a[0])}`;
    },
  },
  read: {
    input: (c) => hexOf(c.bytes),
    output: (c) => {
      const a = new c.Kind(new Uint8Array(c.bytes).buffer);
      const b = new c.Kind(1);
      b[0] = a[0];
      return `${valueOf(c.name, a[0])} ${bytesOf(b)}`;
    },
  },
  nan: {
    input: (c) => c.bits.toString(16).padStart(c.Source === Float64Array ? 16 : 8, '0'),
    output: (c) => {
      const src = new c.Source(1);
      if (c.Source === Float64Array) new BigUint64Array(src.buffer)[0] = c.bits;
      else new Uint32Array(src.buffer)[0] = c.bits;
      const copies = (Kind) => {
        const assigned = new Kind(1);
        assigned[0] = src[0];
        const set = new Kind(1);
        set.set(src);
        return [bytesOf(assigned), bytesOf(set), bytesOf(new Kind(src))].join(',');
      };
      return `f64:${copies(Float64Array)} f32:${copies(Float32Array)} slice:${bytesOf(src.slice())}`;
    },
  },
};

const FAMILIES = [
  ...KINDS.map((k, i) => (k[0].startsWith('Big') ? bigintFamilies(k, i) : numberFamilies(k, i))),
  ...KINDS.map(readFamily),
  ...NAN_FAMILIES,
];

main({
  script: 'record-elements.js',
  defaultOut: DEFAULT_OUT,
  title: 'Node.js answers for the element conversions of the typed arrays, recorded by '
    + 'src/test/node/record-elements.js.',
  families: FAMILIES,
  kinds: KINDS_OF_CASES,
}, process.argv.slice(2));
