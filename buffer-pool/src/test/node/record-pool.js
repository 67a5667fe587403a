#!/usr/bin/env node
// record-pool.js: records where Node 22 places the small buffers it carves from its pool
// (lib/buffer.js: `allocate` for Buffer.allocUnsafe, `fromStringFast` for Buffer.from(string),
// `createPool` and `alignPool`), so that BufferPoolNodeRecordingTest replays the same requests on a
// BufferPool and compares the placements, without running Node.
//
// Usage (the node MUST be Node 22, the reference):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-pool/src/test/node/record-pool.js           re-record the resource
//   $NODE22 buffer-pool/src/test/node/record-pool.js --check   record in memory, compare with the
//                                                              committed resource, exit 1 if they differ
//
// The resource is src/test/resources/dev/nodebuffer/pool/pool-node22.txt. Each scenario runs in a
// fresh Node process (a fresh pool, which bootstrap has already used up to offset 8), and prints
// one row per buffer it makes, TAB-separated after the scenario's name:
//
//   SCENARIO <TAB> LABEL (padded to 40) len=LENGTH ab.byteLength=N byteOffset=N AB#ID
//
// where LENGTH is buf.length, ab.byteLength and byteOffset those of buf.buffer, and ID numbers
// the distinct ArrayBuffers of the scenario in order of appearance (0 is the first pool slab).
'use strict';

// The scenarios: each a list of steps, a step either [label, () => buffer] (a row) or a function
// (a pool-visible action that prints nothing).
const SCENARIOS = {
  thresholdsAlignmentAndReuse: () => [
    ['allocUnsafe(1)', () => Buffer.allocUnsafe(1)],
    ['allocUnsafe(1)', () => Buffer.allocUnsafe(1)],
    ['allocUnsafe(13)', () => Buffer.allocUnsafe(13)],
    ['allocUnsafe(8)', () => Buffer.allocUnsafe(8)],
    ['allocUnsafe(0)', () => Buffer.allocUnsafe(0)],
    ['allocUnsafe(4095)', () => Buffer.allocUnsafe(4095)],
    ['allocUnsafe(4096)', () => Buffer.allocUnsafe(4096)],
    ['allocUnsafe(3)', () => Buffer.allocUnsafe(3)],
  ],
  newSlabOnlyWhenTheRequestDoesNotFit: () => [5, 4095, 4000, 80, 1, 4095, 4090, 2]
    .map((n) => [`allocUnsafe(${n})`, () => Buffer.allocUnsafe(n)]),
  changingPoolSizeAtRuntime: () => [
    ['allocUnsafe(100)', () => Buffer.allocUnsafe(100)],
    () => { Buffer.poolSize = 100; },
    ...[49, 50, 8000, 40].map((n) => [`[poolSize=100] allocUnsafe(${n})`, () => Buffer.allocUnsafe(n)]),
    () => { Buffer.poolSize = 65536; },
    ...[8000, 30000].map((n) => [`[poolSize=65536] allocUnsafe(${n})`, () => Buffer.allocUnsafe(n)]),
    () => { Buffer.poolSize = 10; },
    ...[4, 5].map((n) => [`[poolSize=10] allocUnsafe(${n})`, () => Buffer.allocUnsafe(n)]),
  ],
  stringFastPath: () => [
    ['allocUnsafe(3900)', () => Buffer.allocUnsafe(3900)],
    ["from('a'.repeat(1000))", () => Buffer.from('a'.repeat(1000))],
    ["from('a'.repeat(900))", () => Buffer.from('a'.repeat(900))],
    ['allocUnsafe(3000)', () => Buffer.allocUnsafe(3000)],
    ["from('a'.repeat(1100))", () => Buffer.from('a'.repeat(1100))],
    ["from('é'.repeat(2047))", () => Buffer.from('é'.repeat(2047))],
    ["from('é'.repeat(2048))", () => Buffer.from('é'.repeat(2048))],
    ["from('a'.repeat(4095))", () => Buffer.from('a'.repeat(4095))],
    ["from('a'.repeat(4096))", () => Buffer.from('a'.repeat(4096))],
    ["from('ab'.repeat(2000), 'hex')", () => Buffer.from('ab'.repeat(2000), 'hex')],
    ["from('ab'.repeat(2100), 'hex')", () => Buffer.from('ab'.repeat(2100), 'hex')],
    ["from('!'.repeat(5000), 'base64')", () => Buffer.from('!'.repeat(5000), 'base64')],
    ["from('zz'.repeat(10), 'hex')", () => Buffer.from('zz'.repeat(10), 'hex')],
    ['allocUnsafe(1)', () => Buffer.allocUnsafe(1)],
    ["from('QUJD!!!!', 'base64')", () => Buffer.from('QUJD!!!!', 'base64')],
    ['allocUnsafe(1)', () => Buffer.allocUnsafe(1)],
  ],
  timesFourReservationForEveryEncoding: () => [
    ['allocUnsafe(4000)', () => Buffer.allocUnsafe(4000)],
    ["from('a'.repeat(1000), 'latin1')", () => Buffer.from('a'.repeat(1000), 'latin1')],
    ['allocUnsafe(3000)', () => Buffer.allocUnsafe(3000)],
    ["from('ab'.repeat(40), 'hex')", () => Buffer.from('ab'.repeat(40), 'hex')],
    ['allocUnsafe(100)', () => Buffer.allocUnsafe(100)],
  ],
  indexOfNeedlesTakePoolSpace: () => {
    const hay = Buffer.alloc(64); // Buffer.alloc never uses the pool
    return [
      ['allocUnsafe(1)', () => Buffer.allocUnsafe(1)],
      () => hay.indexOf('abc', 0, 'latin1'),
      ['allocUnsafe(1) after latin1 indexOf', () => Buffer.allocUnsafe(1)],
      () => hay.indexOf('abc', 0, 'ascii'),
      ['allocUnsafe(1) after ascii indexOf', () => Buffer.allocUnsafe(1)],
      () => hay.includes('00'.repeat(10), 0, 'hex'),
      ['allocUnsafe(1) after hex includes', () => Buffer.allocUnsafe(1)],
    ];
  },
  zeroReservationIsPooled: () => [
    ['allocUnsafe(1)', () => Buffer.allocUnsafe(1)],
    () => { Buffer.poolSize = 4; },
    ["from('a','hex')", () => Buffer.from('a', 'hex')],
    ["from('a','base64')", () => Buffer.from('a', 'base64')],
    ['allocUnsafe(1)', () => Buffer.allocUnsafe(1)],
    () => { Buffer.poolSize = 5; },
    ['allocUnsafe(1)', () => Buffer.allocUnsafe(1)],
    ['allocUnsafe(1)', () => Buffer.allocUnsafe(1)],
    ['allocUnsafe(1)', () => Buffer.allocUnsafe(1)],
    ["from('a','hex')", () => Buffer.from('a', 'hex')],
    ['allocUnsafe(1)', () => Buffer.allocUnsafe(1)],
  ],
};

// In the child process: run one scenario before loading anything else, so that nothing but Node's
// own bootstrap has used the pool.
if (process.argv[2] === '--scenario') {
  const arrayBuffers = [];
  const rows = [];
  for (const step of SCENARIOS[process.argv[3]]()) {
    if (typeof step === 'function') {
      step();
      continue;
    }
    const [label, make] = step;
    const buf = make();
    if (!arrayBuffers.includes(buf.buffer)) arrayBuffers.push(buf.buffer);
    const pad = (v) => String(v).padEnd(5);
    rows.push(`${label.padEnd(40)} len=${pad(buf.length)} ab.byteLength=${pad(buf.buffer.byteLength)}`
      + ` byteOffset=${pad(buf.byteOffset)} AB#${arrayBuffers.indexOf(buf.buffer)}`);
  }
  process.stdout.write(rows.map((r) => `${process.argv[3]}\t${r}\n`).join(''));
} else {
  const path = require('path');
  const { execFileSync } = require('child_process');
  const { cli } = require('../../../../buffer-testkit/src/main/node/recording.js');

  const OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'pool', 'pool-node22.txt');
  const record = () => [
    '# Node.js pool placements, recorded by src/test/node/record-pool.js.',
    '# Do not edit by hand; re-record with that script (usage at its top).',
    `node\t${process.version}`,
    ...Object.keys(SCENARIOS).map((name) =>
      execFileSync(process.execPath, [__filename, '--scenario', name], { encoding: 'utf8' })),
  ].join('\n').replace(/\n\n/g, '\n');
  cli({ script: 'record-pool.js', out: OUT, record }, process.argv.slice(2));
}
