#!/usr/bin/env node
// record-fixed-width.js: records Node's answers for the fixed-width codecs of dev.nodebuffer.codec
// (Latin1 for latin1/binary, Ascii for ascii, Utf16le for utf16le/ucs2), so that the Java tests
// (FixedWidthNodeRecordingTest, and the unit tests' literals) compare against Node without running
// it.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-codec/src/test/node/record-fixed-width.js             re-record the resource
//   $NODE22 buffer-codec/src/test/node/record-fixed-width.js --check     record in memory and compare
//                                                                        with the committed resource;
//                                                                        exit 1 if they differ
//   $NODE22 buffer-codec/src/test/node/record-fixed-width.js --dump FAMILY CHUNK
//                                                                        print "input<TAB>output" for
//                                                                        every case of one chunk
//   $NODE22 buffer-codec/src/test/node/record-fixed-width.js --out FILE  record into FILE instead
//
// The resource is src/test/resources/dev/nodebuffer/codec/fixed-width-node22.txt, in the format of
// recording.js (the same as utf8-node22.txt). After re-recording, run `mvn -pl buffer-codec
// verify`; a change in the file is a change in Node's behaviour (or in this script) and must be
// explained.
//
// What is recorded. The inputs are generated here and regenerated, identically, by
// FixedWidthCases.java: exhaustive loops, or the fixed-seed mulberry32 PRNG of recording.js (never
// Math.random). For each of latin1, ascii and utf16le, families:
//   E/decode1        every 1-byte input                         E/encode-bmp     every BMP code unit alone
//   E/decode2        every 2-byte input                         E/encode-random  20,000 random strings
//   E/decode-random  20,000 random byte arrays and ranges       E/write-rooms    fixed strings, rooms 0..13
//   E/write-random   20,000 random partial writes
// The random ones use every spelling of the encoding's name (ucs2, BINARY, ...), so the Java side
// resolves each name through Encoding.lookup. The three table-* families are listed by hand below
// (the examples of Latin1Test, AsciiTest and Utf16leTest: encode and decode, byteLength, partial
// writes); all their cases are stored in full, and the Java side reads their inputs from the file.
//
// Line formats (all hex is lower case; a string is written as its UTF-16 code units, 4 hex digits
// each, so lone surrogates survive; NAME is the encoding name as passed to Node):
//   decode  input  "NAME <bytes hex> <start> <end>"   output  units of buf.toString(NAME, start, end)
//   encode  input  "NAME <units>"                     output  "<Buffer.byteLength(s, NAME)>
//                                                              <Buffer.from(s, NAME) hex>"
//   write   input  "NAME <units> <size> <off> <len>"  output  "<count> <whole buffer hex>" after
//           b = Buffer.alloc(size, 0xa5); count = b.write(s, off, len, NAME)   (0xa5 shows untouched bytes)
'use strict';

const path = require('path');
const {
  Rng, pushRandomUnit, randomLength, randomArray, hexOf, unitsHex, stringOf, stringUnitsHex, fromHex, unitsOf, main,
} = require('../../../../buffer-testkit/src/main/node/recording.js');

const DEFAULT_OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'codec',
  'fixed-width-node22.txt');

// The encodings, in recording order, each with its spellings (the canonical one first) and the
// base of its PRNG seeds.
const ENCODINGS = [
  { name: 'latin1', spellings: ['latin1', 'binary', 'LATIN1', 'Binary'], seed: 0x1A710000 },
  { name: 'ascii', spellings: ['ascii', 'ASCII', 'Ascii'], seed: 0x0A5C0000 },
  { name: 'utf16le', spellings: ['utf16le', 'utf-16le', 'ucs2', 'ucs-2', 'UTF-16LE', 'Ucs2'],
    seed: 0x16E00000 },
];

const EDGE_BYTES = [0x00, 0x01, 0x3F, 0x41, 0x7F, 0x80, 0x81, 0xA0, 0xBF, 0xC0, 0xD7, 0xD8, 0xDB,
  0xDC, 0xDF, 0xE0, 0xFE, 0xFF];
const EDGE_UNITS = [0x00, 0x3F, 0x7F, 0x80, 0xFF, 0x100, 0x17F, 0x3FF, 0x7FF, 0x800, 0x20AC,
  0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF];
// The strings of the write-rooms families.
const ROOM_STRINGS = ['', 'a', '\u00e9', '\u20ac', '\uffff', '\ud800', '\udc00', '\u{1F600}',
  'abc', '\u00e9\u20ac\u{1F600}', 'a\u{1F600}b', 'A\u0080\u00ff\u0100\u017f\u07ff',
  '\udc00\ud800\u{10FFFF}', 'hello, world'];


function randomBytes(r) {
  const target = randomLength(r, [85, 18], [97, 80], 3000);
  return randomArray(r, target, 80, (out) => {
    switch (r.int(6)) {
      case 0: out.push(r.int(0x80)); break;
      case 1: out.push(0x80 + r.int(0x80)); break;
      case 2: out.push(r.int(0x100)); break;
      case 3: out.push(EDGE_BYTES[r.int(EDGE_BYTES.length)]); break;
      case 4: { const u = 0xD800 + r.int(0x800); out.push(u & 0xFF, u >> 8); break; } // LE surrogate
      default: { const u = EDGE_UNITS[r.int(EDGE_UNITS.length)]; out.push(u & 0xFF, u >> 8); }
    }
  });
}

// Not randomArray: a long string may also be mostly Latin-1 here.
function randomUnits(r, maxShort) {
  const target = randomLength(r, [85, maxShort + 1], [97, 100], 3000);
  // Long strings: 0 mostly ASCII, 1 mostly Latin-1 (one Java String coder), 2 mixed.
  const mode = target > 100 ? r.int(3) : 2;
  const out = [];
  while (out.length < target) {
    if (mode === 0 && r.int(64) !== 0) {
      out.push(r.int(0x80));
      continue;
    }
    if (mode === 1 && r.int(64) !== 0) {
      out.push(r.int(0x100));
      continue;
    }
    // Its fifth choice here: any BMP unit, surrogates included.
    pushRandomUnit(r, out, [0, 0x10000], EDGE_UNITS);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const KINDS = {
  decode: {
    input: (c) => `${c.name} ${hexOf(c.bytes)} ${c.start} ${c.end}`,
    output: (c) => stringUnitsHex(Buffer.from(c.bytes).toString(c.name, c.start, c.end)),
  },
  encode: {
    input: (c) => `${c.name} ${unitsHex(c.units)}`,
    output: (c) => {
      const s = stringOf(c.units);
      return `${Buffer.byteLength(s, c.name)} ${Buffer.from(s, c.name).toString('hex')}`;
    },
  },
  write: {
    input: (c) => `${c.name} ${unitsHex(c.units)} ${c.size} ${c.off} ${c.len}`,
    output: (c) => {
      const b = Buffer.alloc(c.size, 0xa5);
      const count = b.write(stringOf(c.units), c.off, c.len, c.name);
      return `${count} ${b.toString('hex')}`;
    },
  },
};

function familiesOf(e) {
  const { name, spellings } = e;
  const spelling = (r) => spellings[r.int(spellings.length)];
  return [
    {
      name: `${name}/decode1`, kind: 'decode', chunk: 256, sample: 1,
      *cases() { for (let b = 0; b < 256; b++) yield { name, bytes: [b], start: 0, end: 1 }; },
    },
    {
      name: `${name}/decode2`, kind: 'decode', chunk: 256, sample: 257,
      *cases() {
        for (let a = 0; a < 256; a++) {
          for (let b = 0; b < 256; b++) yield { name, bytes: [a, b], start: 0, end: 2 };
        }
      },
    },
    {
      name: `${name}/decode-random`, kind: 'decode', chunk: 256, sample: 79,
      *cases() {
        const r = new Rng(e.seed + 1);
        for (let i = 0; i < 20000; i++) {
          const n = spelling(r);
          const bytes = randomBytes(r);
          if (r.int(2) === 0) {
            const start = r.int(bytes.length + 1);
            yield { name: n, bytes, start, end: start + r.int(bytes.length - start + 1) };
          } else {
            yield { name: n, bytes, start: 0, end: bytes.length };
          }
        }
      },
    },
    {
      name: `${name}/encode-bmp`, kind: 'encode', chunk: 256, sample: 257,
      *cases() { for (let u = 0; u <= 0xFFFF; u++) yield { name, units: [u] }; },
    },
    {
      name: `${name}/encode-random`, kind: 'encode', chunk: 256, sample: 79,
      *cases() {
        const r = new Rng(e.seed + 2);
        for (let i = 0; i < 20000; i++) {
          const n = spelling(r);
          yield { name: n, units: randomUnits(r, 16) };
        }
      },
    },
    {
      name: `${name}/write-rooms`, kind: 'write', chunk: 256, sample: 7,
      *cases() {
        // Room 0..13 at offset 1 of a buffer one byte longer on each side, under the canonical
        // name and the first alias.
        for (const n of spellings.slice(0, 2)) {
          for (const s of ROOM_STRINGS) {
            for (let room = 0; room <= 13; room++) {
              yield { name: n, units: unitsOf(s), size: room + 2, off: 1, len: room };
            }
          }
        }
      },
    },
    {
      name: `${name}/write-random`, kind: 'write', chunk: 256, sample: 79,
      *cases() {
        const r = new Rng(e.seed + 3);
        for (let i = 0; i < 20000; i++) {
          const n = spelling(r);
          const units = randomUnits(r, 10);
          const size = r.int(17);
          const off = r.int(size + 1);
          yield { name: n, units, size, off, len: r.int(size - off + 1) };
        }
      },
    },
  ];
}

// Listed by hand: the examples of the Java unit tests (Latin1Test, AsciiTest, Utf16leTest), which
// FixedWidthTables checks against these rows.
const TABLES = [
  {
    name: 'table-decode', kind: 'decode', chunk: 256, sample: 1, listed: true,
    *cases() {
      const rows = [['ascii', '4180c8ff'], ['ascii', 'e9'], ['ascii', '00ff7f80'], ['ascii', ''],
        ['latin1', '4180c8ff'], ['latin1', 'e9ac3d00'], ['binary', '00ff7f80'], ['latin1', ''],
        ['utf16le', '616263'], ['utf16le', '61'], ['ucs2', '00d8'], ['utf16le', '00dc00d8'],
        ['utf16le', '3dd800de'], ['utf16le', '']];
      for (const [name, h] of rows) {
        const bytes = fromHex(h);
        yield { name, bytes, start: 0, end: bytes.length };
      }
      // Ranges: an odd start, and an odd length, inside a larger buffer.
      yield { name: 'utf16le', bytes: fromHex('0061626364'), start: 1, end: 4 };
      yield { name: 'utf16le', bytes: fromHex('0061626364'), start: 1, end: 5 };
      yield { name: 'ascii', bytes: fromHex('e9414243c8'), start: 1, end: 4 };
      yield { name: 'latin1', bytes: fromHex('e9414243c8'), start: 3, end: 5 };
    },
  },
  {
    name: 'table-encode', kind: 'encode', chunk: 256, sample: 1, listed: true,
    *cases() {
      const rows = [['latin1', '\u00e9\u20ac\u{1F600}'], ['binary', '\u00e9\u20ac\u{1F600}'],
        ['ascii', '\u00e9\u20ac'], ['ascii', '\u00e9\u20ac\u{1F600}'], ['latin1', '\u{1F600}'],
        ['ascii', '\u{1F600}'], ['utf16le', '\u{1F600}'], ['ucs2', '\u{1F600}'],
        ['utf16le', '\ud800'], ['ucs2', '\ud800'], ['utf16le', '\udc00\ud800'],
        ['utf16le', 'a\u20ac'], ['latin1', '\u0100\u01ff\uffff'], ['ascii', 'A\u0080\u00ff'],
        ['latin1', ''], ['ascii', ''], ['utf16le', '']];
      for (const [name, s] of rows) yield { name, units: unitsOf(s) };
    },
  },
  {
    name: 'table-write', kind: 'write', chunk: 256, sample: 1, listed: true,
    *cases() {
      // [name, string, buffer size]: Buffer.alloc(size, 0xa5).write(string, 0, size, name).
      const rows = [['utf16le', 'abc', 5], ['utf16le', 'abc', 1], ['ucs2', '\u{1F600}', 3],
        ['utf16le', '\u{1F600}', 4], ['latin1', '\u00e9\u20ac\u{1F600}', 3],
        ['binary', '\u00e9\u20ac\u{1F600}', 2], ['ascii', 'abc', 2], ['ascii', '\u00e9\u20ac', 4],
        ['latin1', 'abc', 0]];
      for (const [name, s, size] of rows) yield { name, units: unitsOf(s), size, off: 0, len: size };
    },
  },
];

const FAMILIES = [...ENCODINGS.flatMap(familiesOf), ...TABLES];

main({
  script: 'record-fixed-width.js',
  defaultOut: DEFAULT_OUT,
  title: 'Node.js answers for Latin1, Ascii and Utf16le, recorded by src/test/node/record-fixed-width.js.',
  families: FAMILIES,
  kinds: KINDS,
}, process.argv.slice(2));
