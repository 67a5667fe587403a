#!/usr/bin/env node
// record-utf8.js: records Node's UTF-8 answers for dev.nodebuffer.codec.Utf8, so that the Java
// tests (Utf8NodeRecordingTest) can compare against Node without running it.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-codec/src/test/node/record-utf8.js             re-record the resource (overwrites it)
//   $NODE22 buffer-codec/src/test/node/record-utf8.js --check     record in memory and compare with the
//                                                                 committed resource; exit 1 if they differ
//   $NODE22 buffer-codec/src/test/node/record-utf8.js --dump FAMILY CHUNK
//                                                                 print "input<TAB>output" for every case of
//                                                                 one chunk, to localise a Java mismatch
//   $NODE22 buffer-codec/src/test/node/record-utf8.js --out FILE  record into FILE instead
//
// The resource is src/test/resources/dev/nodebuffer/codec/utf8-node22.txt. After re-recording, run
// `mvn -pl buffer-codec verify`; a change in the file is a change in Node's behaviour (or in this
// script) and must be explained.
//
// What is recorded. Each *family* is a deterministic list of cases. The inputs are generated here
// and regenerated, identically, by Utf8Cases.java: exhaustive loops, or the fixed-seed mulberry32
// PRNG of recording.js (never Math.random), so no input needs to be stored. For each family the
// file holds: the number of cases, a SHA-256 of all input lines (so a generator drift between this
// script and the Java twin is reported as such, not as a codec bug), a SHA-256 of the output lines
// of every chunk of `chunk` consecutive cases (so a Java mismatch is localised to a chunk), and the
// full input and output text of a sample of the cases (every `sample`-th case, short ones only).
// The three `table-*` families are listed by hand below (the examples of Utf8Test: decoding,
// byteLength, partial writes); all of their cases are stored in full, and the Java side reads their
// inputs from the file.
//
// Line formats (all hex is lower case; a string is written as its UTF-16 code units, 4 hex digits
// each, so lone surrogates survive):
//   decode  input  "<bytes hex> <start> <end>"     output  units of buf.toString('utf8', start, end)
//   encode  input  "<units>"                       output  "<Buffer.byteLength(s)> <Buffer.from(s) hex>"
//   write   input  "<units> <size> <off> <len>"    output  "<count> <whole buffer hex>" after
//           b = Buffer.alloc(size, 0xa5); count = b.write(s, off, len)   (0xa5 shows untouched bytes)
'use strict';

const path = require('path');
const {
  Rng, pushRandomUnit, randomLength, randomArray, utf8Form, randomCodePoint, hexOf, unitsHex, stringOf, stringUnitsHex,
  fromHex, unitsOf, main,
} = require('../../../../buffer-testkit/src/main/node/recording.js');

const DEFAULT_OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'codec',
  'utf8-node22.txt');

const EDGE_BYTES = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
  0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xF8, 0xFC, 0xFE, 0xFF];
const EDGE_CODE_POINTS = [0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000,
  0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x10FFFF];
const EDGE_UNITS = [0x00, 0x7F, 0x80, 0xFF, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
  0xE000, 0xFEFF, 0xFFFD, 0xFFFF];
// Continuation candidates for 4-byte inputs: both sides of every boundary the decoder checks.
const CONTINUATIONS = [0x00, 0x41, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xAF, 0xBF, 0xC0,
  0xC2, 0xDF, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF];
// Partners for every surrogate in the surrogate-mix family.
const PARTNERS = [0x00, 0x41, 0xE9, 0x7FF, 0x20AC, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xD83D, 0xDE00,
  0xFEFF, 0xFFFD, 0xFFFF];
// Atoms for the write-atoms family: each needs 1, 2, 2, 3, 3, 4, 4, 3, 3, 3 bytes on its own;
// a lone D800 followed by a lone DC00 atom makes a pair.
const ATOMS = [[0x61], [0xE9], [0x7FF], [0x20AC], [0xFFFF], [0xD83D, 0xDE00], [0xDBFF, 0xDFFF],
  [0xD800], [0xDC00], [0xDFFF]];

function randomBytes(r) {
  const target = randomLength(r, [90, 17], [98, 64], 3000);
  return randomArray(r, target, 64, (out) => {
    switch (r.int(12)) {
      case 0: case 1: out.push(r.int(0x80)); break;
      case 2: case 3: out.push(0x80 + r.int(0x40)); break;
      case 4: out.push(0xC0 + r.int(0x20)); break;
      case 5: out.push(0xE0 + r.int(0x10)); break;
      case 6: out.push(0xF0 + r.int(0x10)); break;
      case 7: out.push(r.int(0x100)); break;
      case 8: out.push(EDGE_BYTES[r.int(EDGE_BYTES.length)]); break;
      case 9: case 10: out.push(...utf8Form(randomCodePoint(r, EDGE_CODE_POINTS))); break;
      default: { // a sequence cut short
        const seq = utf8Form(randomCodePoint(r, EDGE_CODE_POINTS));
        out.push(...seq.slice(0, r.int(seq.length)));
      }
    }
  });
}

function randomUnits(r, maxShort) {
  const target = randomLength(r, [90, maxShort + 1], [98, 100], 2000);
  // Its fifth choice here: any 3-byte unit, surrogates included.
  return randomArray(r, target, 100, (out) => pushRandomUnit(r, out, [0x800, 0xF800], EDGE_UNITS));
}

// ---------------------------------------------------------------------------------------------
// Families. The order of families and of cases inside each is part of the format.

const KINDS = {
  decode: {
    input: (c) => `${hexOf(c.bytes)} ${c.start} ${c.end}`,
    output: (c) => stringUnitsHex(Buffer.from(c.bytes).toString('utf8', c.start, c.end)),
  },
  encode: {
    input: (c) => unitsHex(c.units),
    output: (c) => {
      const s = stringOf(c.units);
      return `${Buffer.byteLength(s)} ${Buffer.from(s).toString('hex')}`;
    },
  },
  write: {
    input: (c) => `${unitsHex(c.units)} ${c.size} ${c.off} ${c.len}`,
    output: (c) => {
      const b = Buffer.alloc(c.size, 0xa5);
      const count = b.write(stringOf(c.units), c.off, c.len);
      return `${count} ${b.toString('hex')}`;
    },
  },
};

const whole = (bytes) => ({ bytes, start: 0, end: bytes.length });

const FAMILIES = [
  {
    name: 'decode1', kind: 'decode', chunk: 256, sample: 1,
    *cases() { for (let b = 0; b < 256; b++) yield whole([b]); },
  },
  {
    name: 'decode2', kind: 'decode', chunk: 256, sample: 257,
    *cases() {
      for (let a = 0; a < 256; a++) for (let b = 0; b < 256; b++) yield whole([a, b]);
    },
  },
  {
    name: 'decode3', kind: 'decode', chunk: 256, sample: 4099,
    *cases() {
      for (let a = 0xE0; a <= 0xEF; a++) {
        for (let b = 0; b < 256; b++) for (let c = 0; c < 256; c++) yield whole([a, b, c]);
      }
    },
  },
  {
    name: 'decode4', kind: 'decode', chunk: 400, sample: 157,
    *cases() {
      for (let a = 0xF0; a <= 0xF4; a++) {
        for (const b of CONTINUATIONS) {
          for (const c of CONTINUATIONS) for (const d of CONTINUATIONS) yield whole([a, b, c, d]);
        }
      }
    },
  },
  {
    name: 'decode-random', kind: 'decode', chunk: 256, sample: 79,
    *cases() {
      const r = new Rng(0x5EED0001);
      for (let i = 0; i < 20000; i++) {
        const bytes = randomBytes(r);
        if (r.int(4) === 0) {
          const start = r.int(bytes.length + 1);
          yield { bytes, start, end: start + r.int(bytes.length - start + 1) };
        } else {
          yield whole(bytes);
        }
      }
    },
  },
  {
    name: 'encode-bmp', kind: 'encode', chunk: 256, sample: 257,
    *cases() { for (let u = 0; u <= 0xFFFF; u++) yield { units: [u] }; },
  },
  {
    name: 'encode-pairs', kind: 'encode', chunk: 1024, sample: 4099,
    *cases() {
      for (let h = 0xD800; h <= 0xDBFF; h++) {
        for (let l = 0xDC00; l <= 0xDFFF; l++) yield { units: [h, l] };
      }
    },
  },
  {
    name: 'encode-surrogate-mix', kind: 'encode', chunk: 256, sample: 227,
    *cases() {
      for (let s = 0xD800; s <= 0xDFFF; s++) {
        for (const p of PARTNERS) {
          yield { units: [s, p] };
          yield { units: [p, s] };
        }
      }
    },
  },
  {
    name: 'encode-random', kind: 'encode', chunk: 256, sample: 79,
    *cases() {
      const r = new Rng(0x5EED0002);
      for (let i = 0; i < 20000; i++) yield { units: randomUnits(r, 16) };
    },
  },
  {
    name: 'write-atoms', kind: 'write', chunk: 256, sample: 57,
    *cases() {
      const strings = [[]];
      for (const a of ATOMS) strings.push(a);
      for (const a of ATOMS) for (const b of ATOMS) strings.push([...a, ...b]);
      for (const a of ATOMS) {
        for (const b of ATOMS) for (const c of ATOMS) strings.push([...a, ...b, ...c]);
      }
      // Room 0..12 at offset 1 of a buffer one byte longer on each side.
      for (const units of strings) {
        for (let room = 0; room <= 12; room++) yield { units, size: room + 2, off: 1, len: room };
      }
    },
  },
  {
    name: 'write-random', kind: 'write', chunk: 256, sample: 79,
    *cases() {
      const r = new Rng(0x5EED0003);
      for (let i = 0; i < 20000; i++) {
        const units = randomUnits(r, 8);
        const size = r.int(17);
        const off = r.int(size + 1);
        yield { units, size, off, len: r.int(size - off + 1) };
      }
    },
  },
  // Listed by hand: the examples of Utf8Test (decoding, slicing, byteLength, partial writes).
  {
    name: 'table-decode', kind: 'decode', chunk: 256, sample: 1, listed: true,
    *cases() {
      const rows = ['', 'e282', 'e28241', 'f09f98', 'f09f41', 'f09f9841', 'c080', 'c1bf',
        'e08080', 'e09fbf', 'f0808080', 'f08fbfbf', 'eda080', 'edbfbf', 'eda0bdedb880', 'f4908080',
        'f5808080', 'f888808080', 'fc8480808080', 'fe', 'ff', '80', '808080', 'c3', 'c341',
        'c3c3a9', 'e228a1', 'e180e180', 'f48fbfbf', 'efbbbf41', 'f09f9880', 'e282ac', 'c3a9',
        '61e282ac62'];
      for (const h of rows) yield whole(fromHex(h));
      const e = fromHex('61e282ac62'); // Buffer.from('a€b')
      yield { bytes: e, start: 0, end: 2 };
      yield { bytes: e, start: 2, end: 5 };
    },
  },
  {
    name: 'table-encode', kind: 'encode', chunk: 256, sample: 1, listed: true,
    *cases() {
      const rows = ['', 'abc', '\u00e9', '\u20ac', '\u{1F600}', '\ud800', '\udfff', '\ud800\ud800',
        '\udc00\ud800', 'a\ud800b', '\uffff', '\ufeff', '\u{10FFFF}', '\u{10000}', '\u07ff',
        '\u0800'];
      for (const s of rows) yield { units: unitsOf(s) };
    },
  },
  {
    name: 'table-write', kind: 'write', chunk: 256, sample: 1, listed: true,
    *cases() {
      // [string, buffer size]: Buffer.alloc(size).write(string) writes at 0 with room `size`.
      const rows = [['a\u{1F600}', 4], ['a\u{1F600}', 5], ['\u20ac', 2], ['\u{1F600}', 3],
        ['\ud800', 2], ['\ud800', 3], ['\u00e9a', 1], ['a\u00e9b', 2], ['\udc00\ud800', 5]];
      for (const [s, size] of rows) yield { units: unitsOf(s), size, off: 0, len: size };
    },
  },
];

main({
  script: 'record-utf8.js',
  defaultOut: DEFAULT_OUT,
  title: 'Node.js answers for dev.nodebuffer.codec.Utf8, recorded by src/test/node/record-utf8.js.',
  families: FAMILIES,
  kinds: KINDS,
}, process.argv.slice(2));
