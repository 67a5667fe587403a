#!/usr/bin/env node
// record-validation.js: records Node's buffer.isUtf8 and buffer.isAscii answers for
// dev.nodebuffer.codec.Validation, so that the Java test (ValidationNodeRecordingTest) compares
// against Node without running it.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-codec/src/test/node/record-validation.js             re-record the resource
//   $NODE22 buffer-codec/src/test/node/record-validation.js --check     compare with the committed
//                                                                       resource; exit 1 if it differs
//   $NODE22 buffer-codec/src/test/node/record-validation.js --dump FAMILY CHUNK
//                                                                       print every case of one chunk
//
// The resource is src/test/resources/dev/nodebuffer/codec/validation-node22.txt, in the format of
// recording.js. The inputs are generated here and regenerated, identically, by ValidationCases.java
// (exhaustive loops, or recording.js's fixed-seed PRNG). Families:
//   utf8-1        isUtf8 of every 1-byte input
//   utf8-2        isUtf8 of every 2-byte input
//   utf8-3        isUtf8 of every 3-byte input (16,777,216), as 65,536 blocks: one block is a
//                 2-byte prefix and all 256 last bytes
//   utf8-4        4-byte inputs: 11 leads (C2 DF E0 E1 ED EF F0 F1 F3 F4 F5) x every 2nd byte x 20
//                 boundary 3rd bytes, each block with all 256 last bytes (14,417,920 inputs)
//   utf8-random   20,000 random byte arrays (valid, truncated, overlong, surrogate and random
//                 sequences mixed; some up to 3,000 bytes), a quarter viewed through a random range
//   utf8-long     2,000 valid texts of 0..600 bytes, half with one byte overwritten or cut off
//   ascii-1       isAscii of every 1-byte input
//   ascii-2       isAscii of every 2-byte input
//   ascii-random  20,000 ASCII arrays of 0..299 bytes, half with one byte >= 0x80 somewhere, a
//                 quarter viewed through a random range
//
// Line formats (hex is lower case):
//   isutf8 / isascii  input "<bytes hex> <start> <end>"  output "true"/"false" for
//                     isUtf8(Buffer.from(bytes).subarray(start, end)) (isAscii alike)
//   isutf8-block      input "<prefix hex>"               output 256 characters, '1' where
//                     isUtf8(prefix + [last]) is true, last = 00..ff
'use strict';

const path = require('path');
const { isUtf8, isAscii } = require('buffer');
const { Rng, utf8Form, randomCodePoint, hexOf, main } = require('../../../../buffer-testkit/src/main/node/recording.js');

const DEFAULT_OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'codec',
  'validation-node22.txt');

const LEADS4 = [0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5];
// Both sides of every boundary a validator checks.
const CONTINUATIONS = [0x00, 0x41, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xAF, 0xBF, 0xC0,
  0xC2, 0xDF, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF];
const EDGE_BYTES = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
  0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xF8, 0xFC, 0xFE, 0xFF];
const EDGE_CODE_POINTS = [0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
  0xE000, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 0x1FFFFF];

// Random bytes that are mostly UTF-8-like: at least `target` bytes (a sequence may overshoot).
function randomUtf8ish(r, target) {
  const out = [];
  while (out.length < target) {
    switch (r.int(8)) {
      case 0: case 1: out.push(r.int(0x80)); break;
      case 2: out.push(r.int(0x100)); break;
      case 3: out.push(EDGE_BYTES[r.int(EDGE_BYTES.length)]); break;
      case 4: case 5: out.push(...utf8Form(randomCodePoint(r, EDGE_CODE_POINTS))); break;
      case 6: { // a sequence, possibly cut short
        const seq = utf8Form(randomCodePoint(r, EDGE_CODE_POINTS));
        out.push(...seq.slice(0, 1 + r.int(seq.length)));
        break;
      }
      default: out.push(0x80 + r.int(0x40)); // a stray continuation byte
    }
  }
  return out;
}

// Valid UTF-8 of at least `target` bytes: ASCII and scalar values of every length.
function validUtf8(r, target) {
  const out = [];
  while (out.length < target) {
    if (r.int(2) === 0) {
      out.push(r.int(0x80));
      continue;
    }
    let cp = randomCodePoint(r, EDGE_CODE_POINTS);
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
    out.push(...utf8Form(cp));
  }
  return out;
}

function ranged(r, bytes) {
  if (r.int(4) !== 0) return { bytes, start: 0, end: bytes.length };
  const start = r.int(bytes.length + 1);
  return { bytes, start, end: start + r.int(bytes.length - start + 1) };
}

const whole = (bytes) => ({ bytes, start: 0, end: bytes.length });

const KINDS = {
  isutf8: {
    input: (c) => `${hexOf(c.bytes)} ${c.start} ${c.end}`,
    output: (c) => String(isUtf8(Buffer.from(c.bytes).subarray(c.start, c.end))),
  },
  isascii: {
    input: (c) => `${hexOf(c.bytes)} ${c.start} ${c.end}`,
    output: (c) => String(isAscii(Buffer.from(c.bytes).subarray(c.start, c.end))),
  },
  'isutf8-block': {
    input: (c) => hexOf(c.prefix),
    output: (c) => {
      const b = Buffer.alloc(c.prefix.length + 1);
      b.set(c.prefix);
      let s = '';
      for (let last = 0; last < 256; last++) {
        b[c.prefix.length] = last;
        s += isUtf8(b) ? '1' : '0';
      }
      return s;
    },
  },
};

const FAMILIES = [
  {
    name: 'utf8-1', kind: 'isutf8', chunk: 256, sample: 1,
    *cases() { for (let a = 0; a < 256; a++) yield whole([a]); },
  },
  {
    name: 'utf8-2', kind: 'isutf8', chunk: 256, sample: 257,
    *cases() { for (let a = 0; a < 256; a++) for (let b = 0; b < 256; b++) yield whole([a, b]); },
  },
  {
    name: 'utf8-3', kind: 'isutf8-block', chunk: 256, sample: 4099,
    *cases() { for (let a = 0; a < 256; a++) for (let b = 0; b < 256; b++) yield { prefix: [a, b] }; },
  },
  {
    name: 'utf8-4', kind: 'isutf8-block', chunk: 256, sample: 1009,
    *cases() {
      for (const a of LEADS4) {
        for (let b = 0; b < 256; b++) for (const c of CONTINUATIONS) yield { prefix: [a, b, c] };
      }
    },
  },
  {
    name: 'utf8-random', kind: 'isutf8', chunk: 256, sample: 79,
    *cases() {
      const r = new Rng(0x7A11D001);
      for (let i = 0; i < 20000; i++) {
        const k = r.int(100);
        const target = k < 90 ? r.int(17) : k < 98 ? r.int(80) : 80 + r.int(3000);
        yield ranged(r, randomUtf8ish(r, target));
      }
    },
  },
  {
    name: 'utf8-long', kind: 'isutf8', chunk: 256, sample: 31,
    *cases() {
      const r = new Rng(0x7A11D002);
      for (let i = 0; i < 2000; i++) {
        const bytes = validUtf8(r, r.int(601));
        if (bytes.length > 0) {
          switch (r.int(4)) {
            case 0: bytes[r.int(bytes.length)] = r.int(0x100); break;
            case 1: bytes.length = r.int(bytes.length); break;
            default: break;
          }
        }
        yield whole(bytes);
      }
    },
  },
  {
    name: 'ascii-1', kind: 'isascii', chunk: 256, sample: 1,
    *cases() { for (let a = 0; a < 256; a++) yield whole([a]); },
  },
  {
    name: 'ascii-2', kind: 'isascii', chunk: 256, sample: 257,
    *cases() { for (let a = 0; a < 256; a++) for (let b = 0; b < 256; b++) yield whole([a, b]); },
  },
  {
    name: 'ascii-random', kind: 'isascii', chunk: 256, sample: 79,
    *cases() {
      const r = new Rng(0x7A11D003);
      for (let i = 0; i < 20000; i++) {
        const n = r.int(300);
        const bytes = [];
        for (let j = 0; j < n; j++) bytes.push(r.int(0x80));
        if (n > 0 && r.int(2) === 0) bytes[r.int(n)] = 0x80 + r.int(0x80);
        yield ranged(r, bytes);
      }
    },
  },
];

main({
  script: 'record-validation.js',
  defaultOut: DEFAULT_OUT,
  title: 'Node.js isUtf8/isAscii answers for Validation, recorded by src/test/node/record-validation.js.',
  families: FAMILIES,
  kinds: KINDS,
}, process.argv.slice(2));
