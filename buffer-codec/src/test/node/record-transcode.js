#!/usr/bin/env node
// record-transcode.js: records Node's buffer.transcode answers for dev.nodebuffer.codec.Transcoder,
// so that the Java test (TranscodeNodeRecordingTest) compares against Node without running it.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-codec/src/test/node/record-transcode.js             re-record the resource
//   $NODE22 buffer-codec/src/test/node/record-transcode.js --check     compare with the committed
//                                                                      resource; exit 1 if it differs
//   $NODE22 buffer-codec/src/test/node/record-transcode.js --dump FAMILY CHUNK
//                                                                      print every case of one chunk
//
// The resource is src/test/resources/dev/nodebuffer/codec/transcode-node22.txt, in the format of
// recording.js. The inputs are generated here and regenerated, identically, by TranscodeCases.java
// (exhaustive loops, or recording.js's fixed-seed PRNG), except the listed `names` family, whose
// inputs the Java side reads back from the file. Every case converts one source to all four
// targets. Families:
//   bytes1         every 1-byte source, from each of ascii, latin1, ucs2, utf8
//   bytes2         every 2-byte source, from each of the four
//   utf8-3         3-byte utf8 sources: 12 leads (80 C2 DF E0 E1 EC ED EE EF F0 F4 F5) x every
//                  2nd byte x 20 boundary 3rd bytes
//   utf8-4         4-byte utf8 sources: leads F0..F4 x 20 x 20 x 20 boundary bytes
//   ucs2-odd       ucs2 sources of one code unit (every one) and an odd last byte (00 or D8)
//   ucs2-pairs     ucs2 sources of two code units: every surrogate next to 14 partners, both orders
//   scalars        every Unicode scalar value, in blocks of 256 consecutive ones (surrogates left
//                  out), each block as one utf8 source and as one ucs2 source
//   random         5,000 random sources from each of the four (UTF-8-like bytes for utf8,
//                  surrogate-rich units for ucs2, odd lengths included; some 2,000 bytes long)
//   names          listed: encoding names, each used as fromEnc and as toEnc
//
// Line formats (hex is lower case; a result is its bytes in hex, '-' when empty, or '!' and the
// error code when transcode throws):
//   convert  input "<from> <source hex>"        output "<to ascii> <to latin1> <to ucs2> <to utf8>"
//   scalars  input "<first code point hex>"     output "<utf8 source to the four> | <ucs2 source to the four>"
//   names    input "<name as UTF-16 units>"     output "<transcode(c3a9e282ac, name, 'utf8')>
//                                                      <transcode(e9, 'latin1', name)>"
'use strict';

const path = require('path');
const { transcode } = require('buffer');
const {
  Rng, high, low, utf8Form, hexOf, unitsHex, stringOf, unitsOf, main,
} = require('../../../../buffer-testkit/src/main/node/recording.js');

const DEFAULT_OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'codec',
  'transcode-node22.txt');

const ENCODINGS = ['ascii', 'latin1', 'ucs2', 'utf8'];
const LEADS3 = [0x80, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5];
const CONTINUATIONS = [0x00, 0x41, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xAF, 0xBF, 0xC0,
  0xC2, 0xDF, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF];
const PARTNERS = [0x0000, 0x0041, 0x00AD, 0x00E9, 0x20AC, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xD83D,
  0xDE00, 0xFEFF, 0xFFFD, 0xFFFF];
const EDGE_BYTES = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xAD, 0xBF, 0xC0, 0xC1, 0xC2,
  0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF];
const EDGE_UNITS = [0x0000, 0x007F, 0x0080, 0x00AD, 0x00FF, 0x0100, 0x200B, 0x20AC, 0xD7FF,
  0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF];
const EDGE_CODE_POINTS = [0x7F, 0x80, 0xAD, 0xFF, 0x100, 0x7FF, 0x800, 0x200B, 0xD7FF, 0xD800,
  0xDFFF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFF, 0x10000, 0x1D173, 0xE0001, 0x10FFFF, 0x110000];

// The names of the `names` family: Node's spellings, case variants, near misses, embedded U+0000
// (the native side stops reading there), undefined-like and unsupported encodings.
const NAMES = ['', 'utf8', 'utf-8', 'UTF8', 'UTF-8', 'Utf-8', 'uTf8', 'ucs2', 'ucs-2', 'UCS2',
  'UCS-2', 'uCs-2', 'utf16le', 'utf-16le', 'UTF16LE', 'UTF-16LE', 'Utf16Le', 'latin1', 'LATIN1',
  'Latin1', 'binary', 'BINARY', 'BiNaRy', 'ascii', 'ASCII', 'aScIi', 'hex', 'HEX', 'base64',
  'base64url', 'buffer', 'raw', 'utf16', 'utf-16', 'latin-1', 'us-ascii', 'iso-8859-1', 'ucs2le',
  'utf', 'utf88', 'utf8junk', 'utf-8x', 'ucs2x', 'latin1x', 'asciix', ' utf8', 'utf8 ',
  '\u0000', '\u0000utf8', 'utf8\u0000', 'utf8\u0000x', 'UTF-8\u0000\u0000', 'latin1\u0000x',
  'ascii\u0000\u00e9', 'ucs2\u0000\ud800', 'hex\u0000', 'utf\u0000-8', 'asci\u0131', 'ASC\u0130I',
  'lat\u0131n1', 'utf8\ud800', '\uff55\uff54\uff46\uff18', 'undefined', 'null', '5'];

const le = (units) => units.flatMap((u) => [u & 0xFF, u >> 8]);

function randomCodePoint(r) {
  switch (r.int(5)) {
    case 0: return 0x80 + r.int(0x80);
    case 1: return 0x100 + r.int(0x700);
    case 2: return 0x800 + r.int(0xF800); // surrogates included
    case 3: return 0x10000 + r.int(0x100000);
    default: return EDGE_CODE_POINTS[r.int(EDGE_CODE_POINTS.length)];
  }
}

function randomSource(r, from) {
  const k = r.int(100);
  const target = k < 90 ? r.int(12) : k < 98 ? r.int(60) : 60 + r.int(2000);
  const out = [];
  while (out.length < target) {
    if (from === 'ascii' || from === 'latin1') {
      switch (r.int(3)) {
        case 0: out.push(r.int(0x80)); break;
        case 1: out.push(r.int(0x100)); break;
        default: out.push(EDGE_BYTES[r.int(EDGE_BYTES.length)]);
      }
    } else if (from === 'utf8') {
      switch (r.int(7)) {
        case 0: case 1: out.push(r.int(0x80)); break;
        case 2: out.push(EDGE_BYTES[r.int(EDGE_BYTES.length)]); break;
        case 3: case 4: out.push(...utf8Form(randomCodePoint(r))); break;
        case 5: { const seq = utf8Form(randomCodePoint(r)); out.push(...seq.slice(0, 1 + r.int(seq.length))); break; }
        default: out.push(r.int(0x100));
      }
    } else { // ucs2: whole units, and sometimes an odd byte
      switch (r.int(8)) {
        case 0: case 1: out.push(...le([r.int(0x80)])); break;
        case 2: out.push(...le([r.int(0x10000)])); break;
        case 3: out.push(...le([EDGE_UNITS[r.int(EDGE_UNITS.length)]])); break;
        case 4: { const cp = 0x10000 + r.int(0x100000); out.push(...le([high(cp), low(cp)])); break; }
        case 5: out.push(...le([0xD800 + r.int(0x800)])); break;
        case 6: out.push(r.int(0x100)); break; // shifts the rest by one byte
        default: out.push(...le([0x80 + r.int(0x80)]));
      }
    }
  }
  return out;
}

function result(f) {
  try {
    const b = f();
    return b.length === 0 ? '-' : b.toString('hex');
  } catch (e) {
    return `!${e.code}`;
  }
}

const toAll = (bytes, from) => ENCODINGS
  .map((to) => result(() => transcode(Buffer.from(bytes), from, to))).join(' ');

const KINDS = {
  convert: {
    input: (c) => `${c.from} ${hexOf(c.bytes)}`,
    output: (c) => toAll(c.bytes, c.from),
  },
  scalars: {
    input: (c) => c.first.toString(16),
    output: (c) => {
      const cps = [];
      for (let cp = c.first; cp < c.first + 256; cp++) {
        if (cp < 0xD800 || cp > 0xDFFF) cps.push(cp);
      }
      const utf8 = cps.flatMap(utf8Form);
      const ucs2 = le(cps.flatMap((cp) => (cp < 0x10000 ? [cp] : [high(cp), low(cp)])));
      return `${toAll(utf8, 'utf8')} | ${toAll(ucs2, 'ucs2')}`;
    },
  },
  names: {
    input: (c) => unitsHex(c.units),
    output: (c) => {
      const name = stringOf(c.units);
      return [
        result(() => transcode(Buffer.from('c3a9e282ac', 'hex'), name, 'utf8')),
        result(() => transcode(Buffer.from('e9', 'hex'), 'latin1', name)),
      ].join(' ');
    },
  },
};

const FAMILIES = [
  {
    name: 'bytes1', kind: 'convert', chunk: 256, sample: 1,
    *cases() {
      for (const from of ENCODINGS) for (let a = 0; a < 256; a++) yield { from, bytes: [a] };
    },
  },
  {
    name: 'bytes2', kind: 'convert', chunk: 1024, sample: 257,
    *cases() {
      for (const from of ENCODINGS) {
        for (let a = 0; a < 256; a++) for (let b = 0; b < 256; b++) yield { from, bytes: [a, b] };
      }
    },
  },
  {
    name: 'utf8-3', kind: 'convert', chunk: 1024, sample: 101,
    *cases() {
      for (const a of LEADS3) {
        for (let b = 0; b < 256; b++) for (const c of CONTINUATIONS) yield { from: 'utf8', bytes: [a, b, c] };
      }
    },
  },
  {
    name: 'utf8-4', kind: 'convert', chunk: 1000, sample: 97,
    *cases() {
      for (let a = 0xF0; a <= 0xF4; a++) {
        for (const b of CONTINUATIONS) {
          for (const c of CONTINUATIONS) {
            for (const d of CONTINUATIONS) yield { from: 'utf8', bytes: [a, b, c, d] };
          }
        }
      }
    },
  },
  {
    name: 'ucs2-odd', kind: 'convert', chunk: 1024, sample: 257,
    *cases() {
      for (let u = 0; u <= 0xFFFF; u++) {
        for (const odd of [0x00, 0xD8]) yield { from: 'ucs2', bytes: [u & 0xFF, u >> 8, odd] };
      }
    },
  },
  {
    name: 'ucs2-pairs', kind: 'convert', chunk: 1024, sample: 127,
    *cases() {
      for (let s = 0xD800; s <= 0xDFFF; s++) {
        for (const p of PARTNERS) {
          yield { from: 'ucs2', bytes: le([s, p]) };
          yield { from: 'ucs2', bytes: le([p, s]) };
        }
      }
    },
  },
  {
    name: 'scalars', kind: 'scalars', chunk: 64, sample: 1,
    *cases() {
      for (let first = 0; first < 0x110000; first += 256) {
        if (first < 0xD800 || first > 0xDFFF) yield { first };
      }
    },
  },
  {
    name: 'random', kind: 'convert', chunk: 256, sample: 53,
    *cases() {
      const r = new Rng(0x7C0DE001);
      for (const from of ENCODINGS) {
        for (let i = 0; i < 5000; i++) yield { from, bytes: randomSource(r, from) };
      }
    },
  },
  {
    name: 'names', kind: 'names', chunk: 256, sample: 1, listed: true,
    *cases() { for (const n of NAMES) yield { units: unitsOf(n) }; },
  },
];

main({
  script: 'record-transcode.js',
  defaultOut: DEFAULT_OUT,
  title: 'Node.js buffer.transcode answers for Transcoder, recorded by src/test/node/record-transcode.js.',
  families: FAMILIES,
  kinds: KINDS,
}, process.argv.slice(2));
