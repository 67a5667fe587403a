#!/usr/bin/env node
// record-base64-hex.js: records Node's hex, base64 and base64url answers for dev.nodebuffer.codec.Hex
// and dev.nodebuffer.codec.Base64, so that the Java tests (HexBase64NodeRecordingTest) can compare
// against Node without running it.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-codec/src/test/node/record-base64-hex.js             re-record the resource
//   $NODE22 buffer-codec/src/test/node/record-base64-hex.js --check     record in memory and compare
//                                                                       with the committed resource;
//                                                                       exit 1 if they differ
//   $NODE22 buffer-codec/src/test/node/record-base64-hex.js --dump FAMILY CHUNK
//                                                                       print "n<TAB>input<TAB>output"
//                                                                       for every case of one chunk
//   $NODE22 buffer-codec/src/test/node/record-base64-hex.js --out FILE  record into FILE instead
//
// The resource is src/test/resources/dev/nodebuffer/codec/base64-hex-node22.txt. After re-recording,
// run `mvn -pl buffer-codec verify`; a change in the file is a change in Node's behaviour (or in
// this script) and must be explained.
//
// The file format is recording.js's (see its header): per family the number of cases, a SHA-256
// of all input lines, a SHA-256 of the output lines of every `chunk` consecutive cases, and the
// full text of every `sample`-th case (short ones only; all of them for `listed` families). The
// inputs are generated here and regenerated, identically, by HexBase64Cases.java: exhaustive loops,
// or recording.js's fixed-seed mulberry32 PRNG, so no input is stored.
// The `table-*` families are listed by hand (the examples of HexTest and Base64Test); the Java side
// reads their inputs back from the file.
//
// Line formats (all hex lower case; a string is written as its UTF-16 code units, 4 hex digits
// each, so every unit, lone surrogates included, survives):
//   hex-from      input  "<units>"
//                 output "<Buffer.byteLength(s,'hex')> <Buffer.from(s,'hex') as hex>"
//   hex-write     input  "<units> <size> <off> <len>"
//                 output "<count> <whole buffer hex>" after
//                        b = Buffer.alloc(size, 0xa5); count = b.write(s, off, len, 'hex')
//   hex-tostring  input  "<bytes hex> <start> <end>"
//                 output buf.toString('hex', start, end)
//   b64-from      input  "<units>"
//                 output "<byteLength(s,'base64')> <byteLength(s,'base64url')>
//                         <Buffer.from(s,'base64') as hex> <Buffer.from(s,'base64url') as hex>"
//   b64-write     input  "<units> <size> <off> <len>"
//                 output "<count> <whole buffer hex> <count> <whole buffer hex>", as hex-write,
//                        first with 'base64', then with 'base64url' (each into a fresh buffer)
//   b64-tostring  input  "<bytes hex> <start> <end>"
//                 output "<buf.toString('base64', start, end)> <buf.toString('base64url', start, end)>"
// (Empty fields stay empty, so an output may end in spaces.) Node's one lenient decoder serves
// both base64 names, and the Java port has one: every base64 case records both names, so that a
// case where they differed would show.
'use strict';

const path = require('path');
const { Rng, hexOf, stringOf, unitsOf, main } = require('../../../../buffer-testkit/src/main/node/recording.js');

const DEFAULT_OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'codec',
  'base64-hex-node22.txt');

// Every unit 00..FF, and units above FF whose low byte is interesting: a hex digit (0130 -> '0',
// 0141 -> 'A', 0161 -> 'a', ...), a base64 digit of either alphabet (012B '+', 012F '/', 012D '-',
// 015F '_', 017A 'z'), '=' (013D), whitespace (0120, 010A), junk, and surrogates.
const HIGH_UNITS = [0x0100, 0x0130, 0x0139, 0x0141, 0x0146, 0x0147, 0x0161, 0x0166, 0x0167, 0x017A,
  0x012B, 0x012F, 0x012D, 0x015F, 0x013D, 0x0120, 0x010A, 0x20AC, 0xD83D, 0xDE00, 0xDC30, 0xFF21,
  0xFF41, 0xFFFF];
const UNITS = [...Array(256).keys(), ...HIGH_UNITS];

// Smaller alphabets for the exhaustive 4- and 5-unit families.
const HEX_SMALL = [0x30, 0x39, 0x61, 0x66, 0x41, 0x46, 0x67, 0x20, 0x0131, 0x0100];
const B64_SMALL = [0x41, 0x51, 0x7A, 0x2F, 0x5F, 0x2B, 0x2D, 0x3D, 0x20, 0x0A, 0x2A, 0xE9, 0x0141,
  0x013D, 0x012F, 0x0100];
const B64_TINY = [0x51, 0x2F, 0x2D, 0x3D, 0x20, 0x2A, 0x0141, 0x013D];

const HEX_DIGITS = '0123456789abcdefABCDEF';
// Units above FF whose low byte is a hex digit: valid hex to Node.
const HEX_HIGH = [0x0130, 0x0139, 0x0141, 0x0146, 0x0161, 0x0166, 0x2030, 0xFF61, 0xD846, 0xDC39];
// Units that are not hex digits, whatever is done to them.
const HEX_JUNK = [0x20, 0x0A, 0x09, 0x67, 0x47, 0x7A, 0x78, 0x58, 0x2F, 0x3A, 0x40, 0x60, 0x00,
  0x7F, 0x80, 0xE9, 0xFF, 0x2D, 0x3D, 0x0100, 0x0147, 0x20AC, 0xD83D, 0xFFFF];

const B64_STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// Everything a base64 text may be disturbed with: '=', whitespace (including 0B and 0C), junk,
// bytes 80..FF, the url digits, and units above FF acting as 'A', '=', '-', '_' or as nothing.
const B64_NOISE = [0x3D, 0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x0B, 0x2A, 0x2E, 0x21, 0x00, 0x7F, 0x80,
  0xE9, 0xFF, 0x2D, 0x5F, 0x2B, 0x2F, 0x0141, 0x013D, 0x0100, 0x012D, 0x015F, 0x2041, 0xD83D,
  0xDE00, 0xFFFF, 0xFF21];

function randomByteArray(r, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.int(256));
  return out;
}

// A length class: mostly short, sometimes medium, rarely long enough (>= 4096 units) for Node's
// Buffer.from to leave its pooled fast path and for the Java port's strict fast path.
function randomLength(r, maxShort) {
  const k = r.int(100);
  return k < 90 ? r.int(maxShort + 1) : k < 98 ? r.int(200) : 4096 + r.int(4000);
}

function randomHexUnits(r, maxShort) {
  const target = randomLength(r, maxShort);
  const clean = r.int(2) === 0;
  const out = [];
  while (out.length < target) {
    if (clean || r.int(16) !== 0) {
      out.push(r.int(32) === 0 ? HEX_HIGH[r.int(HEX_HIGH.length)] :
        HEX_DIGITS.charCodeAt(r.int(HEX_DIGITS.length)));
    } else {
      out.push(r.int(2) === 0 ? HEX_JUNK[r.int(HEX_JUNK.length)] : r.int(0x10000));
    }
  }
  // A clean string gets one bad unit somewhere half of the time: reading stops right there.
  if (clean && out.length > 0 && r.int(2) === 0) {
    out[r.int(out.length)] = HEX_JUNK[r.int(HEX_JUNK.length)];
  }
  return out;
}

// Base64 text as Node writes it (standard or url alphabet), then up to 3 edits, each inserting,
// deleting or replacing one unit, near the end half of the time (where padding lives).
function randomB64Canonical(r, maxShortBytes) {
  const k = r.int(100);
  const n = k < 90 ? r.int(maxShortBytes + 1) : k < 98 ? r.int(300) : 3072 + r.int(6000);
  const text = Buffer.from(randomByteArray(r, n)).toString(r.int(2) === 0 ? 'base64' : 'base64url');
  const out = unitsOf(text);
  const edits = r.int(2) === 0 ? 0 : 1 + r.int(3);
  for (let e = 0; e < edits; e++) {
    const pos = r.int(2) === 0 ? Math.max(0, out.length - r.int(4)) : r.int(out.length + 1);
    const noise = B64_NOISE[r.int(B64_NOISE.length)];
    switch (r.int(3)) {
      case 0: out.splice(pos, 0, noise); break;
      case 1: if (pos < out.length) out.splice(pos, 1); break;
      default: if (pos < out.length) out[pos] = noise;
    }
  }
  return out;
}

// Free mixtures of both alphabets, '=', noise and arbitrary units.
function randomB64Mix(r, maxShort) {
  const target = randomLength(r, maxShort);
  const out = [];
  while (out.length < target) {
    const k = r.int(16);
    if (k < 10) out.push(B64_STD.charCodeAt(r.int(64)));
    else if (k < 12) out.push(r.int(2) === 0 ? 0x2D : 0x5F);
    else if (k < 13) out.push(0x3D);
    else if (k < 15) out.push(B64_NOISE[r.int(B64_NOISE.length)]);
    else out.push(r.int(0x10000));
  }
  return out;
}

function randomB64Units(r, maxShort) {
  return r.int(2) === 0 ? randomB64Canonical(r, maxShort) : randomB64Mix(r, maxShort);
}

// Node's estimate, as in lib/buffer.js (used here only to aim write rooms at the boundary).
function b64Estimate(units) {
  let n = units.length;
  if (n > 0 && units[n - 1] === 0x3D) n--;
  if (n > 1 && units[n - 1] === 0x3D) n--;
  return (n * 3) >>> 2;
}

// ---------------------------------------------------------------------------------------------
// Kinds and families. The order of families and of cases inside each is part of the format.

// Each unit as 4 hex digits, high byte first: the same text as recording.js's unitsHex, much
// faster for long strings (swap16 turns the little-endian array big-endian).
const unitsHex = (units) => Buffer.from(Uint16Array.from(units).buffer).swap16().toString('hex');

function written(units, c, enc) {
  const b = Buffer.alloc(c.size, 0xa5);
  const count = b.write(stringOf(units), c.off, c.len, enc);
  return `${count} ${b.toString('hex')}`;
}

const KINDS = {
  'hex-from': {
    input: (c) => unitsHex(c.units),
    output: (c) => {
      const s = stringOf(c.units);
      return `${Buffer.byteLength(s, 'hex')} ${Buffer.from(s, 'hex').toString('hex')}`;
    },
  },
  'hex-write': {
    input: (c) => `${unitsHex(c.units)} ${c.size} ${c.off} ${c.len}`,
    output: (c) => written(c.units, c, 'hex'),
  },
  'hex-tostring': {
    input: (c) => `${hexOf(c.bytes)} ${c.start} ${c.end}`,
    output: (c) => Buffer.from(c.bytes).toString('hex', c.start, c.end),
  },
  'b64-from': {
    input: (c) => unitsHex(c.units),
    output: (c) => {
      const s = stringOf(c.units);
      return [Buffer.byteLength(s, 'base64'), Buffer.byteLength(s, 'base64url'),
        Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'base64url').toString('hex')]
        .join(' ');
    },
  },
  'b64-write': {
    input: (c) => `${unitsHex(c.units)} ${c.size} ${c.off} ${c.len}`,
    output: (c) => `${written(c.units, c, 'base64')} ${written(c.units, c, 'base64url')}`,
  },
  'b64-tostring': {
    input: (c) => `${hexOf(c.bytes)} ${c.start} ${c.end}`,
    output: (c) => {
      const b = Buffer.from(c.bytes);
      return `${b.toString('base64', c.start, c.end)} ${b.toString('base64url', c.start, c.end)}`;
    },
  },
};

const whole = (bytes) => ({ bytes, start: 0, end: bytes.length });

function* allStrings(alphabet, length) {
  const idx = new Array(length).fill(0);
  for (;;) {
    yield { units: idx.map((i) => alphabet[i]) };
    let k = length - 1;
    while (k >= 0 && ++idx[k] === alphabet.length) idx[k--] = 0;
    if (k < 0) return;
  }
}

// Random byte arrays with, a quarter of the time, a sub-range, for toString(enc, start, end).
function* randomToString(seed, count, maxShort) {
  const r = new Rng(seed);
  for (let i = 0; i < count; i++) {
    const bytes = randomByteArray(r, i < 101 * 50 ? i % 101 : randomLength(r, maxShort));
    if (r.int(4) === 0) {
      const start = r.int(bytes.length + 1);
      yield { bytes, start, end: start + r.int(bytes.length - start + 1) };
    } else {
      yield whole(bytes);
    }
  }
}

// Random partial writes: short strings into rooms of 0..16 bytes, long strings into rooms around
// what they decode to (so that the room runs out near the end, or just does not).
function* randomWrites(seed, count, units, estimate) {
  const r = new Rng(seed);
  for (let i = 0; i < count; i++) {
    const u = units(r);
    if (u.length >= 4096) {
      const size = Math.max(0, estimate(u) + 2 - r.int(6));
      const off = Math.min(size, r.int(3));
      yield { units: u, size, off, len: size - off };
    } else {
      const size = r.int(17);
      const off = r.int(size + 1);
      yield { units: u, size, off, len: r.int(size - off + 1) };
    }
  }
}

// Every string of `strings` into every room 0..maxRoom at offset 1 of a buffer one byte longer on
// each side.
function* grid(strings, maxRoom) {
  for (const s of strings) {
    for (let room = 0; room <= maxRoom; room++) {
      yield { units: unitsOf(s), size: room + 2, off: 1, len: room };
    }
  }
}

const HEX_GRID = ['', '0', '01', '012', '0123', '01234', '0123456789abcdef', '0123456789ABCDEF0',
  'aabb', 'zz', 'azbb', 'abz', 'ab cd', '\u0130\u0131\u0161b', 'abcd\u00e9f'];

function b64GridStrings() {
  const out = [];
  for (let n = 0; n <= 8; n++) {
    const b = Buffer.from([...Array(n).keys()].map((i) => 0xf0 + i * 7));
    const std = b.toString('base64');
    const url = b.toString('base64url');
    out.push(std, url, std.replace(/=/g, ''), `${std}=`, ` ${std.slice(0, 2)}\n${std.slice(2)}`,
      `${url.slice(0, 3)}=${url.slice(3)}`);
  }
  return out;
}

// The generated families of one codec (hex, or b64 for base64 and base64url), in recording order:
// text to bytes (every string of each [alphabet, length, sample] of `every`, then 20,000 random
// strings), partial writes (the grid of `gridStrings` into rooms 0..maxRoom, then 20,000 random
// ones), bytes to text (every 1- and 2-byte array, then `tostringCount` random ones). The PRNG
// seeds are seed + 1, + 2 and + 3.
function codecFamilies(p, { every, randomUnits, grid: [gridStrings, maxRoom, gridSample],
  estimate, tostringCount, seed }) {
  const family = (name, kind, sample, cases) => ({ name: `${p}-${name}`, kind: `${p}-${kind}`,
    chunk: 256, sample, cases });
  return [
    ...every.map(([alphabet, length, sample]) => family(`from${length}`, 'from', sample,
      function* () { yield* allStrings(alphabet, length); })),
    family('from-random', 'from', 41, function* () {
      const r = new Rng(seed + 1);
      for (let i = 0; i < 20000; i++) yield { units: randomUnits(r, 40) };
    }),
    family('write-grid', 'write', gridSample, function* () { yield* grid(gridStrings, maxRoom); }),
    family('write-random', 'write', 41, function* () {
      yield* randomWrites(seed + 2, 20000, (r) => randomUnits(r, 24), estimate);
    }),
    family('tostring1', 'tostring', 1, function* () { for (let b = 0; b < 256; b++) yield whole([b]); }),
    family('tostring2', 'tostring', 257, function* () {
      for (let a = 0; a < 256; a++) for (let b = 0; b < 256; b++) yield whole([a, b]);
    }),
    family('tostring-random', 'tostring', 29, function* () {
      yield* randomToString(seed + 3, tostringCount, 100);
    }),
  ];
}

const FAMILIES = [
  ...codecFamilies('hex', {
    every: [[UNITS, 1, 1], [UNITS, 2, 97], [HEX_SMALL, 4, 37]],
    randomUnits: randomHexUnits,
    grid: [HEX_GRID, 10, 3],
    estimate: (u) => u.length >>> 1,
    tostringCount: 10000,
    seed: 0x5EED1000,
  }),
  ...codecFamilies('b64', {
    every: [[UNITS, 1, 1], [UNITS, 2, 97], [B64_SMALL, 4, 131], [B64_TINY, 5, 131]],
    randomUnits: randomB64Units,
    grid: [b64GridStrings(), 8, 7],
    estimate: b64Estimate,
    tostringCount: 101 * 50 + 2000, // lengths 0..100, 50 arrays each, then 2000 of any length class
    seed: 0x5EED2000,
  }),
  // --- Listed by hand: the examples of HexTest and Base64Test. ---
  {
    name: 'table-hex-from', kind: 'hex-from', chunk: 256, sample: 1, listed: true,
    *cases() {
      const rows = ['abcd', 'ABCD', 'aBcD', 'abc', 'a', '', 'abzz12', 'zzab', 'ab cd', 'ab\ncd',
        '0x12', 'abcd\u00e9', '\u0161b', '\u0141\u0142', '\u0130\u0131', 'zz', 'aabb'];
      for (const s of rows) yield { units: unitsOf(s) };
    },
  },
  {
    name: 'table-hex-write', kind: 'hex-write', chunk: 256, sample: 1, listed: true,
    *cases() {
      // [string, buffer size]: Buffer.alloc(size, 0xa5).write(string, 0, size, 'hex').
      const rows = [['aabb', 1], ['zz', 2], ['aabb', 4], ['aabbc', 4], ['aazz', 4]];
      for (const [s, size] of rows) yield { units: unitsOf(s), size, off: 0, len: size };
    },
  },
  {
    name: 'table-hex-tostring', kind: 'hex-tostring', chunk: 256, sample: 1, listed: true,
    *cases() {
      yield whole([]);
      yield whole([0x01, 0xab]);
      yield whole([0x00, 0x0f, 0x10, 0x7f, 0x80, 0xff]);
      yield { bytes: unitsOf('abcdef'), start: 2, end: 6 }; // Buffer.from('abcdef').toString('hex', 2)
    },
  },
  {
    name: 'table-b64-from', kind: 'b64-from', chunk: 256, sample: 1, listed: true,
    *cases() {
      const rows = ['QUJD', 'QUJDRA==', 'QUJDRA=', 'QUJDRA', 'QUJDRA===', 'QUJDR', 'Q', 'QQ',
        'QQ==', 'Q===', '=', '==', '====', 'QU JD', 'QU\nJD\r\n', 'QU\tJD', 'QU!JD', ' QUJD ',
        'QU*J-D', 'QQ==QUJD', 'QUJD=QUJD', 'QUJ=D', 'QU=JD', 'Q=UJD', '-_-_', '+/+/', '-_+/',
        'QUJD\u00e9RA', 'QUJD\u0141RA', 'QUJD\u013dRA', 'QUJDRA==garbage', 'a b c d', '', '-_8',
        'AQ', '++//', '--__'];
      for (const s of rows) yield { units: unitsOf(s) };
    },
  },
  {
    name: 'table-b64-write', kind: 'b64-write', chunk: 256, sample: 1, listed: true,
    *cases() {
      const rows = [['QUJDRA==', 2], ['QUJDRA==', 3], ['QUJDRA==', 4], ['QUJDRA==', 6], ['QQ', 0]];
      for (const [s, size] of rows) yield { units: unitsOf(s), size, off: 0, len: size };
    },
  },
  {
    name: 'table-b64-tostring', kind: 'b64-tostring', chunk: 256, sample: 1, listed: true,
    *cases() {
      for (const b of [[0xfb, 0xef, 0xff], [], [0xfb, 0xff], [0x01], [0x41], [0x41, 0x42],
        [0x41, 0x42, 0x43], [0x41, 0x42, 0x43, 0x44]]) {
        yield whole(b);
      }
    },
  },
];

// ---------------------------------------------------------------------------------------------

main({
  script: 'record-base64-hex.js',
  defaultOut: DEFAULT_OUT,
  title: 'Node.js answers for dev.nodebuffer.codec.Hex and Base64, recorded by src/test/node/record-base64-hex.js.',
  families: FAMILIES,
  kinds: KINDS,
}, process.argv.slice(2));
