#!/usr/bin/env node
// record-search.js: records Node 22's answers for random calls of indexOf, lastIndexOf, includes,
// compare, Buffer.compare, equals and copy, so that BufferSearchNodeRecordingTest replays every call on
// nodebuffer and compares, without running Node.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-api/src/test/node/record-search.js           re-record the resource
//   $NODE22 buffer-api/src/test/node/record-search.js --check   record in memory, compare with the
//                                                               committed resource, exit 1 if they differ
//
// The resource is src/test/resources/dev/nodebuffer/search-node22.txt. Every case is stored in
// full, one line each, so the Java side needs no generator twin except for the byte arrays, which
// are stored as "SEED:LENGTH:ALPHABET" and expanded on both sides with the mulberry32 PRNG of
// buffer-testkit's recording.js (byte i is ALPHABET[rng.int(k)]; ALPHABET is hex, or "*" for all 256
// values). Inputs come from fixed seeds, never Math.random.
//
// Line formats (TAB-separated; "-" is an absent argument, undefined in Node and an overload
// without it in Java; strings are written as UTF-16 units, 4 hex digits each, so lone surrogates
// survive; a result is a number, true/false, or "throws <code> <message>"):
//   search  METHOD HAY n VALUE    OFFSET ENCODING  -> result        METHOD: indexOf|lastIndexOf|includes
//   search  METHOD HAY s UNITS    OFFSET ENCODING  -> result
//   search  METHOD HAY b BYTESHEX OFFSET ENCODING  -> result
//   compare A B ARGS                                -> result        ARGS: "-" or comma-separated ints
//   scompare A B                                    -> result        Buffer.compare(a, b)
//   equals  A B                                     -> result
//   copy    SRC DSTLEN ARGS                         -> result <target hex after>   (target starts as 0xa5 bytes)
//   selfcopy SRC ARGS                               -> result <buffer hex after>   (src.copy(src, ...))
'use strict';

const path = require('path');
const { Rng, cli } = require('../../../../buffer-testkit/src/main/node/recording.js');

const OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'search-node22.txt');

function expand(spec) {
  const [seed, length, alphabet] = spec.split(':');
  const letters = alphabet === '*' ? null : [...Buffer.from(alphabet, 'hex')];
  const r = new Rng(Number(seed));
  const out = Buffer.alloc(Number(length));
  for (let i = 0; i < out.length; i++) {
    out[i] = letters === null ? r.int(256) : letters[r.int(letters.length)];
  }
  return out;
}

const ALPHABETS = ['61', '6162', '616263', '00ff', '6100', '610062006300', 'c3a9e282ac61', 'eda080efbfbd61',
  '80ff7f00', 'f09f988061', '*'];
const ENCODINGS = ['-', '-', '-', 'utf8', 'utf-8', 'UTF8', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le',
  'UCS-2', 'hex', 'base64', 'base64url', 'bogus', ''];
const units = (s) => [...Array(s.length).keys()].map((i) => s.charCodeAt(i).toString(16).padStart(4, '0')).join('');
const fromUnits = (h) => String.fromCharCode(...(h.match(/.{4}/g) || []).map((u) => parseInt(u, 16)));

function haySpec(r, seed) {
  const k = r.int(100);
  const length = k < 6 ? 0 : k < 80 ? r.int(24) : k < 92 ? 24 + r.int(80) : 256 + r.int(400);
  return `${seed}:${length}:${r.pick(ALPHABETS)}`;
}

function offsetOf(r, length) {
  const k = r.int(100);
  if (k < 25) return '-';
  if (k < 30) return String(r.pick([-2147483648, 2147483647, -2147483647, 2147483646]));
  return String(r.int(2 * length + 9) - length - 4);
}

function searchCase(r, seed) {
  const hay = haySpec(r, seed);
  const bytes = expand(hay);
  const method = r.pick(['indexOf', 'indexOf', 'lastIndexOf', 'lastIndexOf', 'includes']);
  const encoding = r.pick(ENCODINGS);
  const kind = r.pick(['n', 's', 's', 's', 'b', 'b']);
  // A slice of the haystack, so that most needles occur, sometimes with a change.
  const from = r.int(bytes.length + 1);
  const to = Math.min(bytes.length, from + r.int(r.int(4) === 0 ? 40 : 6));
  const slice = Buffer.from(bytes.subarray(from, to));
  if (slice.length > 0 && r.int(5) === 0) slice[r.int(slice.length)] ^= 1 << r.int(8);
  let value;
  if (kind === 'n') {
    value = String(r.int(3) === 0 ? r.int(1200) - 600 : (slice.length ? slice[0] : r.int(256)) + 256 * (r.int(5) - 2));
  } else if (kind === 'b') {
    value = slice.toString('hex');
  } else {
    let s;
    const enc = encoding === '-' || encoding === 'bogus' || encoding === '' ? 'utf8' : encoding.toLowerCase();
    const k = r.int(10);
    if (k < 6) {
      s = slice.toString(enc === 'utf-8' ? 'utf8' : enc); // decodes to a needle that (mostly) re-encodes to the slice
    } else if (k < 9) {
      s = '';
      const n = r.int(5);
      for (let i = 0; i < n; i++) {
        s += r.pick(['a', 'b', 'c', '\u00e9', '\u20ac', '\ud800', '\udfff', '\ud83d\ude00', '\u0000', '\u00ff', '\u0161', '=', 'zz', 'YQ']);
      }
    } else {
      s = '';
    }
    value = units(s);
  }
  return ['search', method, hay, kind, value, offsetOf(r, bytes.length), encoding].join('\t');
}

function viewSpec(r, seed) {
  const k = r.int(100);
  const length = k < 10 ? 0 : k < 85 ? r.int(10) : r.int(300);
  return `${seed}:${length}:${r.pick(['61', '6162', '00ff', '*', '7f80'])}`;
}

function argsOf(r, count, lengths) {
  const args = [];
  for (let i = 0; i < count; i++) {
    const k = r.int(100);
    args.push(k < 8 ? r.pick([-2147483648, 2147483647, -1]) : r.int(lengths + 6) - 2);
  }
  return args.length ? args.join(',') : '-';
}

function run(line) {
  const f = line.split('\t');
  const call = () => {
    switch (f[0]) {
      case 'search': {
        const hay = expand(f[2]);
        const value = f[3] === 'n' ? Number(f[4]) : f[3] === 'b' ? Buffer.from(f[4], 'hex') : fromUnits(f[4]);
        const args = [value];
        if (f[5] !== '-') args.push(Number(f[5]));
        if (f[6] !== '-') args.push(f[6]);
        return hay[f[1]](...args);
      }
      case 'compare': {
        const a = expand(f[1]);
        const args = f[3] === '-' ? [] : f[3].split(',').map(Number);
        return a.compare(expand(f[2]), ...args);
      }
      case 'scompare':
        return Buffer.compare(expand(f[1]), expand(f[2]));
      case 'equals':
        return expand(f[1]).equals(expand(f[2]));
      case 'copy': {
        const target = Buffer.alloc(Number(f[2]), 0xa5);
        const args = f[3] === '-' ? [] : f[3].split(',').map(Number);
        return `${expand(f[1]).copy(target, ...args)} ${target.toString('hex')}`;
      }
      case 'selfcopy': {
        const b = expand(f[1]);
        const args = f[2] === '-' ? [] : f[2].split(',').map(Number);
        return `${b.copy(b, ...args)} ${b.toString('hex')}`;
      }
      default:
        throw new Error(`unknown line ${line}`);
    }
  };
  try {
    return String(call());
  } catch (e) {
    return `throws ${e.code} ${e.message}`;
  }
}

function cases() {
  const lines = [];
  const r = new Rng(0x5EA7C4);
  for (let i = 0; i < 6000; i++) lines.push(searchCase(r, 1000 + i));
  for (let i = 0; i < 1500; i++) {
    const a = viewSpec(r, 20000 + i);
    // Often the same bytes, so that ranges decide.
    const b = r.int(3) === 0 ? a : viewSpec(r, 30000 + i);
    const longest = Math.max(Number(a.split(':')[1]), Number(b.split(':')[1]));
    lines.push(['compare', a, b, argsOf(r, r.int(5), longest)].join('\t'));
  }
  for (let i = 0; i < 300; i++) {
    const a = viewSpec(r, 40000 + i);
    lines.push(['scompare', a, r.int(3) === 0 ? a : viewSpec(r, 50000 + i)].join('\t'));
    lines.push(['equals', a, r.int(2) === 0 ? a : viewSpec(r, 60000 + i)].join('\t'));
  }
  for (let i = 0; i < 1500; i++) {
    const src = viewSpec(r, 70000 + i);
    const length = r.int(12);
    lines.push(['copy', src, length, argsOf(r, r.int(4), Math.max(length, Number(src.split(':')[1])))].join('\t'));
  }
  for (let i = 0; i < 500; i++) {
    const src = `${80000 + i}:${r.int(16)}:*`;
    lines.push(['selfcopy', src, argsOf(r, r.int(4), Number(src.split(':')[1]))].join('\t'));
  }
  return lines;
}

function record() {
  const out = [
    '# Node 22\'s answers to random search, comparison and copy calls: buffer-api/src/test/node/record-search.js',
    '# Do not edit by hand; re-record with that script (usage at its top). Each line: the call, TAB "->" TAB, the answer.',
    `node\t${process.version}`,
  ];
  for (const line of cases()) out.push(`${line}\t->\t${run(line)}`);
  return `${out.join('\n')}\n`;
}

cli({ script: 'record-search.js', out: OUT, record }, process.argv.slice(2));
