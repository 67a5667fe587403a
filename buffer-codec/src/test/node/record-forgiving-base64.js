#!/usr/bin/env node
// record-forgiving-base64.js: records Node's buffer.atob and buffer.btoa answers for
// dev.nodebuffer.codec.ForgivingBase64, so that the Java test (ForgivingBase64NodeRecordingTest)
// compares against Node without running it.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-codec/src/test/node/record-forgiving-base64.js             re-record the resource
//   $NODE22 buffer-codec/src/test/node/record-forgiving-base64.js --check     compare with the committed
//                                                                             resource; exit 1 if it differs
//   $NODE22 buffer-codec/src/test/node/record-forgiving-base64.js --dump FAMILY CHUNK
//                                                                             print every case of one chunk
//
// The resource is src/test/resources/dev/nodebuffer/codec/forgiving-base64-node22.txt, in the
// format of recording.js. The inputs are generated here and regenerated, identically, by
// ForgivingBase64Cases.java (exhaustive loops, or recording.js's fixed-seed PRNG). Families:
//   atob-small     every string of 0..6 characters over A Q + = space TAB VT U+00E9 (299,593)
//   atob-units     every UTF-16 code unit alone, and after "ABC"
//   atob-random    20,000 base64 texts of random bytes (some 3,000 bytes), most of them damaged:
//                  whitespace, '=', '-', '_' and other characters inserted, characters deleted
//   btoa-units     every UTF-16 code unit alone
//   btoa-random    20,000 random strings (mostly U+0000..U+00FF; some with a higher unit; some
//                  1,000 units long)
//
// Line formats (a string is written as its UTF-16 code units, 4 hex digits each; hex is lower
// case):
//   atob  input "<units>"   output the result's char codes as bytes in hex ('-' when empty), or
//                           '!' and the DOMException's message
//   btoa  input "<units>"   output the result, or '!' and the DOMException's message
'use strict';

const path = require('path');
const { atob, btoa } = require('buffer');
const { Rng, unitsHex, stringOf, main } = require('../../../../buffer-testkit/src/main/node/recording.js');

const DEFAULT_OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'codec',
  'forgiving-base64-node22.txt');

const SMALL_ALPHABET = [0x41, 0x51, 0x2B, 0x3D, 0x20, 0x09, 0x0B, 0xE9];
// What atob-random inserts: every whitespace, padding, base64url's characters, near misses.
const INSERTS = [0x20, 0x09, 0x0A, 0x0C, 0x0D, 0x0B, 0x3D, 0x3D, 0x2D, 0x5F, 0x2E, 0x00, 0xA0,
  0xE9, 0x100, 0x3000, 0xFEFF, 0xD800];
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function error(e) {
  if (e.name !== 'InvalidCharacterError' || e.code !== 5) throw e;
  return `!${e.message}`;
}

const KINDS = {
  atob: {
    input: (c) => unitsHex(c.units),
    output: (c) => {
      let s;
      try {
        s = atob(stringOf(c.units));
      } catch (e) {
        return error(e);
      }
      if (s.length === 0) return '-';
      let h = '';
      for (let i = 0; i < s.length; i++) h += s.charCodeAt(i).toString(16).padStart(2, '0');
      return h;
    },
  },
  btoa: {
    input: (c) => unitsHex(c.units),
    output: (c) => {
      try {
        return btoa(stringOf(c.units));
      } catch (e) {
        return error(e);
      }
    },
  },
};

// Standard padded base64 of `bytes`, as a list of code units (what Buffer's 'base64' writes).
function base64Units(bytes) {
  const out = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = bytes.length - i;
    const bits = (bytes[i] << 16) | ((n > 1 ? bytes[i + 1] : 0) << 8) | (n > 2 ? bytes[i + 2] : 0);
    out.push(BASE64.charCodeAt(bits >>> 18), BASE64.charCodeAt((bits >>> 12) & 63),
      n > 1 ? BASE64.charCodeAt((bits >>> 6) & 63) : 0x3D, n > 2 ? BASE64.charCodeAt(bits & 63) : 0x3D);
  }
  return out;
}

// Random values below `bound`: mostly fewer than 12, some fewer than 100, a few up to 100 + `longest`.
function randomValues(r, longest, bound) {
  const k = r.int(100);
  const n = k < 90 ? r.int(12) : k < 98 ? r.int(100) : 100 + r.int(longest);
  const values = [];
  for (let j = 0; j < n; j++) values.push(r.int(bound));
  return values;
}

const FAMILIES = [
  {
    name: 'atob-small', kind: 'atob', chunk: 1024, sample: 97,
    *cases() {
      for (let length = 0; length <= 6; length++) {
        const digits = new Array(length).fill(0);
        for (let n = 0; n < SMALL_ALPHABET.length ** length; n++) {
          yield { units: digits.map((d) => SMALL_ALPHABET[d]) };
          for (let i = length - 1; i >= 0; i--) { // the next string, last character fastest
            if (++digits[i] < SMALL_ALPHABET.length) break;
            digits[i] = 0;
          }
        }
      }
    },
  },
  {
    name: 'atob-units', kind: 'atob', chunk: 512, sample: 97,
    *cases() {
      for (let u = 0; u <= 0xFFFF; u++) {
        yield { units: [u] };
        yield { units: [0x41, 0x42, 0x43, u] };
      }
    },
  },
  {
    name: 'atob-random', kind: 'atob', chunk: 256, sample: 53,
    *cases() {
      const r = new Rng(0xBA5E6401);
      for (let i = 0; i < 20000; i++) {
        const units = base64Units(randomValues(r, 3000, 256));
        const edits = r.int(4) === 0 ? 0 : 1 + r.int(3);
        for (let e = 0; e < edits; e++) {
          switch (r.int(4)) {
            case 0: // remove one character (padding, or a data one)
              if (units.length > 0) units.splice(r.int(units.length), 1);
              break;
            case 1: // remove the padding
              while (units.length > 0 && units[units.length - 1] === 0x3D) units.pop();
              break;
            default: // insert a character somewhere
              units.splice(r.int(units.length + 1), 0, INSERTS[r.int(INSERTS.length)]);
          }
        }
        yield { units };
      }
    },
  },
  {
    name: 'btoa-units', kind: 'btoa', chunk: 512, sample: 97,
    *cases() { for (let u = 0; u <= 0xFFFF; u++) yield { units: [u] }; },
  },
  {
    name: 'btoa-random', kind: 'btoa', chunk: 256, sample: 53,
    *cases() {
      const r = new Rng(0xBA5E6402);
      for (let i = 0; i < 20000; i++) {
        const units = randomValues(r, 1000, 0x100);
        const n = units.length;
        if (n > 0 && r.int(10) === 0) units[r.int(n)] = 0x100 + r.int(0xFF00);
        yield { units };
      }
    },
  },
];

main({
  script: 'record-forgiving-base64.js',
  defaultOut: DEFAULT_OUT,
  title: 'Node.js atob/btoa answers for ForgivingBase64, recorded by src/test/node/record-forgiving-base64.js.',
  families: FAMILIES,
  kinds: KINDS,
}, process.argv.slice(2));
