#!/usr/bin/env node
// record-inspect.js: records Node 22's util.inspect() of plain Uint8Arrays (and Buffer's inspect)
// for dev.nodebuffer.InspectNodeRecordingTest, which compares Uint8Array.inspect() and
// Buffer.inspect() against it without running Node. A plain Uint8Array has no inspect() method in
// Node, so the conformance kit cannot show this form; this recording does.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   $(scripts/node22) buffer-api/src/test/node/record-inspect.js            re-record the resource
//   $(scripts/node22) buffer-api/src/test/node/record-inspect.js --check    compare with the committed one
//
// The resource is src/test/resources/dev/nodebuffer/inspect-node22.txt, one case a line:
//   <kind> TAB <bytes in hex> TAB <JSON string of the inspect output>
// where kind is "u8" (util.inspect of a Uint8Array) or "buf" (buf.inspect(), INSPECT_MAX_BYTES 50).
// The inputs: five value patterns at every length 0..40, every third length to 130, and a few
// long arrays around the 100-item limit.
'use strict';
const path = require('path');
const util = require('util');
const { cli } = require('../../../../buffer-testkit/src/main/node/recording.js');

function record() {
  const patterns = [
    (i) => 0,
    (i) => i & 0xff,
    (i) => 255 - (i & 0xff),
    (i) => (i * 37 + 11) & 0xff,
    (i) => (i % 5 === 0 ? 200 : i % 3),
  ];
  const lines = [];
  function add(bytes) {
    const u = Uint8Array.from(bytes);
    const hex = Buffer.from(u).toString('hex');
    lines.push('u8\t' + hex + '\t' + JSON.stringify(util.inspect(u)));
    if (u.length <= 60 || u.length % 100 === 0) {
      lines.push('buf\t' + hex + '\t' + JSON.stringify(Buffer.from(u).inspect()));
    }
  }
  const lengths = [];
  for (let n = 0; n <= 40; n++) lengths.push(n);
  for (let n = 41; n <= 130; n += 3) lengths.push(n);
  lengths.push(99, 100, 101, 102, 200, 201, 300);
  for (const n of lengths) {
    for (const p of patterns) add(Array.from({ length: n }, (_, i) => p(i)));
  }
  return lines.join('\n') + '\n';
}

const OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'inspect-node22.txt');
cli({ script: 'record-inspect.js', out: OUT, record }, process.argv.slice(2));
