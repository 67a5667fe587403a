#!/usr/bin/env node
// record-encoding-names.js: records how Node resolves encoding names, for EncodingTest.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-codec/src/test/node/record-encoding-names.js           re-record the resource
//   $NODE22 buffer-codec/src/test/node/record-encoding-names.js --check   compare with the committed
//                                                                         resource; exit 1 if it differs
//
// The resource is src/test/resources/dev/nodebuffer/codec/encoding-names-node22.txt. One line per
// name, tab-separated:
//   <name as UTF-16 code units, 4 hex digits each>  <Buffer.isEncoding(name)>
//   <the encoding Node means by it, one of CANONICAL, or '-' when isEncoding is false>
//   <Buffer.from('\u00e9\u20ac', name) as hex, or '-'>
//   <Buffer.from([0xfb, 0xff, 0xe9, 0x41]).toString(name) as UTF-16 units hex, or '-'>
//   <JSON of the name>
// Node has no public API that names the encoding a spelling means, so the script works it out:
// the fourth and fifth columns (an encode and a decode of fixed probes) differ between any two of
// the seven encodings, and the third column is the one canonical name whose two answers are the
// same as the name's. The script fails if that is not exactly one. Add names to NAMES and re-record.
'use strict';

const path = require('path');
const { cli, stringUnitsHex: unitsHex } = require('../../../../buffer-testkit/src/main/node/recording.js');

const OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'codec',
  'encoding-names-node22.txt');

const CANONICAL = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];

// Every accepted spelling, in the case variants below, and names Node rejects.
const SPELLINGS = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary',
  'ascii', 'base64', 'base64url', 'hex'];
const caseVariants = (s) => {
  const alternate = (from) => [...s].map((c, i) => ((i % 2 === from) ? c.toUpperCase() : c))
    .join('');
  return [s, s.toUpperCase(), s[0].toUpperCase() + s.slice(1), alternate(0), alternate(1)];
};

const NAMES = [
  // utf8 spellings, and case variants (Node: exact, or equal after toLowerCase())
  'utf8', 'utf-8', 'UTF-8', 'Utf-8', 'UTF8', 'Utf8', 'uTf8', 'uTF-8', 'UtF-8',
  // near misses
  '', 'utf16', 'utf-16', 'latin-1', 'utf 8', 'utf_8', ' utf8', 'utf8 ', 'utf-8\u0000', 'utf',
  'utf88', 'utf--8', '\uff55\uff54\uff46\uff18', 'utf\u20108', 'UTF\u2011' + '8',
  'us-ascii', 'buffer', 'raw', 'raws', 'ucs2le', 'unicode-1-1-utf-8', 'utf8\u0130',
  // the other encodings Node knows
  'ucs2', 'ucs-2', 'UCS2', 'UCS-2', 'utf16le', 'utf-16le', 'UTF16LE', 'UTF-16LE', 'latin1',
  'LATIN1', 'binary', 'BINARY', 'ascii', 'ASCII', 'base64', 'BASE64', 'base64url', 'BASE64URL',
  'hex', 'HEX',
  // every spelling in five cases: as is, upper, capitalised, and alternating both ways
  ...SPELLINGS.flatMap(caseVariants),
  // near misses of the other encodings
  'utf16be', 'utf-16be', 'UTF-16', 'utf16-le', 'utf-16-le', 'utf_16le', 'ucs-2le', 'ucs_2', 'ucs',
  'ucs4', 'utf32', 'utf-32', 'latin', 'latin2', 'latin_1', 'iso-8859-1', 'ISO-8859-1', 'iso88591',
  'l1', 'cp1252', 'windows-1252', 'bin', 'binary1', 'ascii7', 'asci', 'asciii', 'ansi',
  'base-64', 'base64-url', 'base64_url', 'base64 url', 'base64u', 'base64urls', 'b64', 'base32',
  'url', 'hexadecimal', 'hex ', ' hex', 'he x', 'binary ', 'ascii\u0000', 'hex\u0000',
  '\uff48\uff45\uff58', '\uff21\uff33\uff23\uff29\uff29', 'ucs\u20102',
  'utf\u201116le', 'utf7', 'utf-7',
  // letters whose case mapping is not ASCII's: toLowerCase() does not make them ASCII, though
  // Java's equalsIgnoreCase matches some (\u0131 dotless i, \u017f long s, \u0130 dotted I,
  // \u0435 Cyrillic ie, \u2082 subscript 2)
  'lat\u0131n1', 'b\u0131nary', 'a\u017fcii', 'ba\u017fe64', 'ba\u017fe64url',
  'a\u017fc\u0131\u0131', 'LAT\u0130N1', 'B\u0130NARY', 'ASC\u0130\u0130', 'utf16l\u0435',
  'ucs\u2082',
];

const PROBE_STRING = '\u00e9\u20ac';
const PROBE_BYTES = Buffer.from([0xfb, 0xff, 0xe9, 0x41]);
const fingerprint = (name) => [Buffer.from(PROBE_STRING, name).toString('hex'),
  unitsHex(PROBE_BYTES.toString(name))];

function meaning(name) {
  const [encoded, decoded] = fingerprint(name);
  const same = CANONICAL.filter((c) => {
    const [e, d] = fingerprint(c);
    return e === encoded && d === decoded;
  });
  if (same.length !== 1) {
    throw new Error(`${JSON.stringify(name)} behaves like ${same.length} encodings: ${same}`);
  }
  return same[0];
}

function record() {
  const distinct = new Set(CANONICAL.map((c) => fingerprint(c).join(' ')));
  if (distinct.size !== CANONICAL.length) throw new Error('the probes do not tell encodings apart');
  const lines = [
    '# Node.js Buffer.isEncoding answers, recorded by src/test/node/record-encoding-names.js.',
    '# Do not edit by hand; re-record with that script (usage at its top).',
    `node\t${process.version}`,
  ];
  const seen = new Set();
  for (const name of NAMES) {
    if (seen.has(name)) continue; // the case variants repeat some of the names listed above
    seen.add(name);
    const known = Buffer.isEncoding(name);
    const columns = known ? [meaning(name), ...fingerprint(name)] : ['-', '-', '-'];
    lines.push([unitsHex(name), known, ...columns, JSON.stringify(name)].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

cli({ script: 'record-encoding-names.js', out: OUT, record }, process.argv.slice(2));
