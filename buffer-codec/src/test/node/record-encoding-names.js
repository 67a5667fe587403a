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
//   <Buffer.from('\u00e9\u20ac', name) as hex, or '-' when isEncoding is false>  <JSON of the name>
// The bytes tell which encoding the name means: utf8 gives c3a9e282ac, latin1 and ascii e9ac,
// utf16le e900ac20, base64/base64url/hex give other bytes. Add names to NAMES and re-record.
'use strict';

const fs = require('fs');
const path = require('path');

const OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'codec',
  'encoding-names-node22.txt');

const NAMES = [
  // utf8 spellings, and case variants (Node: exact, or equal after toLowerCase())
  'utf8', 'utf-8', 'UTF-8', 'Utf-8', 'UTF8', 'Utf8', 'uTf8', 'uTF-8', 'UtF-8',
  // near misses
  '', 'utf16', 'utf-16', 'latin-1', 'utf 8', 'utf_8', ' utf8', 'utf8 ', 'utf-8\u0000', 'utf',
  'utf88', 'utf--8', '\uff55\uff54\uff46\uff18', 'utf\u20108', 'UTF\u2011' + '8',
  'us-ascii', 'buffer', 'raw', 'raws', 'ucs2le', 'unicode-1-1-utf-8', 'utf8\u0130',
  // the other encodings Node knows (not utf8; EncodingTest only requires they are not UTF8)
  'ucs2', 'ucs-2', 'UCS2', 'UCS-2', 'utf16le', 'utf-16le', 'UTF16LE', 'UTF-16LE', 'latin1',
  'LATIN1', 'binary', 'BINARY', 'ascii', 'ASCII', 'base64', 'BASE64', 'base64url', 'BASE64URL',
  'hex', 'HEX',
];

const unitsHex = (s) => [...Array(s.length).keys()]
  .map((i) => s.charCodeAt(i).toString(16).padStart(4, '0')).join('');

function record() {
  const lines = [
    '# Node.js Buffer.isEncoding answers, recorded by src/test/node/record-encoding-names.js.',
    '# Do not edit by hand; re-record with that script (usage at its top).',
    `node\t${process.version}`,
  ];
  for (const name of NAMES) {
    const known = Buffer.isEncoding(name);
    const bytes = known ? Buffer.from('\u00e9\u20ac', name).toString('hex') : '-';
    lines.push([unitsHex(name), known, bytes, JSON.stringify(name)].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

if (!process.version.startsWith('v22.')) {
  console.error(`record-encoding-names.js: the reference is Node 22, this is ${process.version}`);
  process.exit(2);
}
const text = record();
if (process.argv[2] === '--check') {
  const answers = (t) => t.replace(/^node\t.*\n/m, '');
  if (answers(fs.readFileSync(OUT, 'utf8')) !== answers(text)) {
    console.error(`record-encoding-names.js: ${OUT} differs from what ${process.version} answers now`);
    process.exit(1);
  }
  console.log(`record-encoding-names.js: ${OUT} matches ${process.version}`);
} else {
  fs.writeFileSync(OUT, text);
  console.log(`record-encoding-names.js: wrote ${OUT} with ${process.version}`);
}
