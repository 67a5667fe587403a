// recording.js: the machinery shared by the recording scripts (every module's
// src/test/node/record-*.js, which require() it by relative path). Not a script.
//
// - cli(): the command line every script has: (no argument) re-record the committed resource,
//   --check (record in memory, compare with the committed resource, exit 1 if they differ: run by
//   each module's NodeOracleTest), --out FILE (record into FILE instead). Node 22 only.
// - Rng: the seeded generator, mulberry32; its Java twin is dev.nodebuffer.testkit.Rng.
// - main(): for scripts that store Node's answers as per-chunk SHA-256 digests plus full-text
//   samples (read by dev.nodebuffer.testkit.DigestRecording), cli() plus --dump FAMILY CHUNK.
//
// A digest script declares FAMILIES (each a deterministic generator of cases) and KINDS (how a
// case of each kind is written as an input line and what Node answers as an output line), and
// calls main(). The file format:
//
//   # comment lines
//   node <TAB> process.version
//   rng <TAB> seed <TAB> four outputs of Rng(seed)        (proves the Java PRNG twin is in step)
//   family <TAB> NAME <TAB> KIND <TAB> listed|generated <TAB> cases <TAB> N <TAB> chunk <TAB> N
//          <TAB> sample <TAB> N <TAB> inputs <TAB> SHA-256 of all input lines
//   c <TAB> SHA-256 of the output lines of one chunk of `chunk` consecutive cases   (one per chunk)
//   s <TAB> case index <TAB> input line <TAB> output line   (every `sample`-th case whose two lines
//                                                           total at most 600 characters; every
//                                                           case of a listed family)
//   end
//
// Every line hashed ends with '\n' and is hashed as UTF-8.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

// Deterministic PRNG: mulberry32 with every step kept in 32 bits, so Java's int arithmetic gives
// the same sequence (dev.nodebuffer.testkit.Rng).
class Rng {
  constructor(seed) {
    this.a = seed | 0;
  }

  next() {
    this.a = (this.a + 0x6D2B79F5) | 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  // 0 <= result < n, for n <= 2^21 (so that the product below is exact in a double).
  int(n) {
    return Math.floor(this.next() * n / 4294967296);
  }

  pick(list) {
    return list[this.int(list.length)];
  }

  bytes(n) {
    const b = [];
    for (let i = 0; i < n; i++) b.push(this.int(256));
    return b;
  }
}

const RNG_CHECK_SEED = 0x12345678;

// The UTF-16 surrogates of a supplementary code point.
const high = (cp) => 0xD800 + ((cp - 0x10000) >> 10);
const low = (cp) => 0xDC00 + ((cp - 0x10000) & 0x3FF);

// The generalised UTF-8 form of a code point up to 0x1FFFFF, surrogates included, so that encoded
// surrogates (ED A0 80) and values beyond U+10FFFF can be produced.
function utf8Form(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xC0 | (cp >> 6), 0x80 | (cp & 0x3F)];
  if (cp < 0x10000) return [0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F)];
  return [0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F), 0x80 | ((cp >> 6) & 0x3F),
    0x80 | (cp & 0x3F)];
}

// A random code point above ASCII: of 2 bytes in UTF-8, of 3 (surrogates included), of 4, or one of
// `edges`, each a quarter of the time.
function randomCodePoint(r, edges) {
  switch (r.int(4)) {
    case 0: return 0x80 + r.int(0x780);
    case 1: return 0x800 + r.int(0xF800);
    case 2: return 0x10000 + r.int(0x100000);
    default: return edges[r.int(edges.length)];
  }
}

// One step of a random UTF-16 string, pushed onto `out`: ASCII (2 in 11), Latin-1, the rest of
// the 2-byte range, CJK, a unit of [from, from + span) (surrogates included), an emoji pair, any
// pair, a lone high or low surrogate (a pair when a high meets a low), or one of `edges`.
function pushRandomUnit(r, out, [from, span], edges) {
  switch (r.int(11)) {
    case 0: case 1: out.push(r.int(0x80)); break;
    case 2: out.push(0x80 + r.int(0x80)); break;
    case 3: out.push(0x100 + r.int(0x700)); break;
    case 4: out.push(0x4E00 + r.int(0x5200)); break;
    case 5: out.push(from + r.int(span)); break;
    case 6: { const cp = 0x1F300 + r.int(0x400); out.push(high(cp), low(cp)); break; }
    case 7: { const cp = 0x10000 + r.int(0x100000); out.push(high(cp), low(cp)); break; }
    case 8: out.push(0xD800 + r.int(0x400)); break;
    case 9: out.push(0xDC00 + r.int(0x400)); break;
    default: out.push(edges[r.int(edges.length)]);
  }
}

// A random length: below `short` `shortPercent`% of the time, else below `medium` up to
// `mediumPercent`%, else `medium` plus below `long`.
function randomLength(r, [shortPercent, short], [mediumPercent, medium], long) {
  const k = r.int(100);
  return k < shortPercent ? r.int(short) : k < mediumPercent ? r.int(medium) : medium + r.int(long);
}

// A random array of at least `target` values, each step `push(out)`; but a long one (`target`
// above `heavyAbove`) is, half the time, mostly ASCII: each step then pushes one ASCII value
// instead, 63 times in 64.
function randomArray(r, target, heavyAbove, push) {
  const asciiHeavy = target > heavyAbove && r.int(2) === 0;
  const out = [];
  while (out.length < target) {
    if (asciiHeavy && r.int(64) !== 0) out.push(r.int(0x80));
    else push(out);
  }
  return out;
}

const hexOf = (bytes) => Buffer.from(bytes).toString('hex');
const unitsHex = (units) => units.map((u) => u.toString(16).padStart(4, '0')).join('');
const stringOf = (units) => {
  let s = '';
  for (let i = 0; i < units.length; i += 4096) {
    s += String.fromCharCode(...units.slice(i, i + 4096));
  }
  return s;
};
const stringUnitsHex = (s) => {
  let h = '';
  for (let i = 0; i < s.length; i++) h += s.charCodeAt(i).toString(16).padStart(4, '0');
  return h;
};
const fromHex = (h) => [...Buffer.from(h, 'hex')];
const unitsOf = (s) => [...Array(s.length).keys()].map((i) => s.charCodeAt(i));

function record({ title, families, kinds }) {
  const lines = [
    `# ${title}`,
    '# Do not edit by hand; re-record with that script (usage at its top).',
    `node\t${process.version}`,
  ];
  const rng = new Rng(RNG_CHECK_SEED);
  lines.push(['rng', RNG_CHECK_SEED, rng.next(), rng.next(), rng.next(), rng.next()].join('\t'));
  for (const family of families) {
    const kind = kinds[family.kind];
    const inputs = crypto.createHash('sha256');
    const chunks = [];
    const samples = [];
    let chunkHash = crypto.createHash('sha256');
    let n = 0;
    for (const c of family.cases()) {
      const input = kind.input(c);
      const output = kind.output(c);
      inputs.update(`${input}\n`);
      chunkHash.update(`${output}\n`);
      if (n % family.sample === 0 && (family.listed || input.length + output.length <= 600)) {
        samples.push(`s\t${n}\t${input}\t${output}`);
      }
      n++;
      if (n % family.chunk === 0) {
        chunks.push(`c\t${chunkHash.digest('hex')}`);
        chunkHash = crypto.createHash('sha256');
      }
    }
    if (n % family.chunk !== 0) chunks.push(`c\t${chunkHash.digest('hex')}`);
    lines.push(['family', family.name, family.kind, family.listed ? 'listed' : 'generated',
      'cases', n, 'chunk', family.chunk, 'sample', family.sample,
      'inputs', inputs.digest('hex')].join('\t'));
    lines.push(...chunks, ...samples);
  }
  lines.push('end');
  return `${lines.join('\n')}\n`;
}

function dump({ families, kinds }, name, chunk) {
  const family = families.find((f) => f.name === name);
  if (!family) throw new Error(`no family ${name}; have ${families.map((f) => f.name)}`);
  const kind = kinds[family.kind];
  const lines = [];
  let n = 0;
  for (const c of family.cases()) {
    if (Math.floor(n / family.chunk) === chunk) {
      lines.push(`${n}\t${kind.input(c)}\t${kind.output(c)}\n`);
    }
    n++;
  }
  process.stdout.write(lines.join(''));
}

function requireNode22(script) {
  if (!process.version.startsWith('v22.')) {
    console.error(`${script}: the reference is Node 22, this is ${process.version}`);
    process.exit(2);
  }
}

// The command line of every recording script. `record` returns the recording's text; `out` is
// the committed resource. The patch version on a `node` line may differ between Node 22 builds;
// the answers may not.
function cli({ script, out, record: recordText }, argv) {
  requireNode22(script);
  const text = recordText();
  if (argv[0] === '--check') {
    const answers = (t) => t.replace(/^node\t.*\n/m, '');
    if (answers(fs.readFileSync(out, 'utf8')) !== answers(text)) {
      console.error(`${script}: ${out} differs from what ${process.version} answers now`);
      process.exit(1);
    }
    console.log(`${script}: ${out} matches ${process.version}`);
    return;
  }
  const file = argv[0] === '--out' ? argv[1] : out;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`${script}: wrote ${file} (${text.length} bytes) with ${process.version}`);
}

// A digest recording's command line: cli() plus --dump FAMILY CHUNK (Node's answers of one chunk).
function main(spec, argv) {
  requireNode22(spec.script);
  if (argv[0] === '--dump') {
    dump(spec, argv[1], Number(argv[2]));
    return;
  }
  cli({ script: spec.script, out: spec.defaultOut, record: () => record(spec) }, argv);
}

module.exports = {
  Rng, RNG_CHECK_SEED, high, low, utf8Form, randomCodePoint, pushRandomUnit, randomLength,
  randomArray, hexOf, unitsHex, stringOf, stringUnitsHex, fromHex, unitsOf, cli, main,
};
