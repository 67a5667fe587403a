#!/usr/bin/env node
// record-search-utf16.js: records Node 22's answers for indexOf, lastIndexOf and includes under the
// UTF-16LE encodings (ucs2, utf16le, UCS-2, utf-16le) at small sizes, so that
// Utf16SearchNodeRecordingTest replays every call on nodebuffer without running Node.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-api/src/test/node/record-search-utf16.js            re-record the resource
//   $NODE22 buffer-api/src/test/node/record-search-utf16.js --check    record in memory, compare with
//                                                                      the committed resource, exit 1
//                                                                      if they differ
//   $NODE22 buffer-api/src/test/node/record-search-utf16.js --out FILE record into FILE instead
//
// The resource is src/test/resources/dev/nodebuffer/search-utf16-node22.txt.
//
// The shape is covered exhaustively at small sizes: haystacks of 0..9 bytes, needles of 0..5 bytes
// (Buffer or Uint8Array) and of 0..3 units (strings), and then by 300 random longer calls
// (haystacks of 10..69 bytes, needles of 2..25 bytes), over the bytes 00 61 62 so that matches happen;
// haystack and needle views at byte offset 0 and 1 of their ArrayBuffer (whose other bytes are
// drawn from the same bytes, so that a read outside a view shows); byteOffset absent, -12..12 and
// the int bounds; indexOf, lastIndexOf and includes. The bytes come from a fixed-seed mulberry32
// PRNG (never Math.random); a needle is mostly a copy of a piece of the haystack, at an even or odd
// position.
//
// A haystack view at an odd address makes Node's UCS-2 search (FindFirstCharacter in
// src/string_search.h aligns the address of a found byte down to 2) read one byte off, and loop
// forever in some forward calls. So the calls run in a child process (started again should one
// ever die: "abort"; Node 22 died on none of these), and a forward call on an odd haystack runs in
// a worker thread, on a haystack in a SharedArrayBuffer (the same native path:
// ArrayBufferViewContents reads a shared backing store as any other; checked when this script was
// written: the 1014 such calls that answer gave the same answers on ArrayBuffer haystacks, and all
// 205 hangs hung on those too). When the worker has spent HANG_CPU_MS of CPU on one call without
// answering (a call here takes microseconds), the call is recorded as a hang, and the haystack's
// memory is overwritten with a byte no needle holds, which ends the loop (memchr then finds
// nothing), so that the next call can run.
//
// One line per case, TAB-separated:
//   METHOD  ENCODING  HAYSTACK  KIND  NEEDLE  OFFSET  =>  ANSWER
// HAYSTACK is HEX:OFF:LEN, the view of LEN bytes at byte offset OFF of an ArrayBuffer holding the
// bytes HEX (a Buffer); KIND is b (a Buffer), u (a Uint8Array) or s (a string); a b/u NEEDLE is
// HEX:OFF:LEN as well, an s NEEDLE the string's UTF-16 units, 4 hex digits each ("-" when empty).
// OFFSET is "-" when absent (the call is then (needle, encoding)). ANSWER is what the call
// returned, or "hang X" (it never returns) or "abort X" (Node's process died on it), X being the
// answer of the same call with the haystack's bytes at an even address (byte offset 0).
'use strict';

const fs = require('fs');
const path = require('path');
const childProcess = require('child_process');
const { Worker, isMainThread, workerData } = require('worker_threads');
const { Rng, cli } = require('../../../../buffer-testkit/src/main/node/recording.js');

const OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'search-utf16-node22.txt');
const HANG_CPU_MS = 40;
const BYTES = [0x00, 0x61, 0x62];
const ENCODINGS = ['ucs2', 'utf16le', 'UCS-2', 'utf-16le'];
const METHODS = ['indexOf', 'lastIndexOf', 'includes'];
const OFFSETS = ['-'];
for (let o = -12; o <= 12; o++) OFFSETS.push(String(o));
OFFSETS.push('-2147483648', '2147483647');
const SCRATCH = 128; // the worker's shared haystack memory
const STUCK_MS = 60000; // a call that neither answers nor spends CPU for this long: the worker died

const hex = (bytes) => Buffer.from(bytes).toString('hex');

function memory(r, off, content) {
  const bytes = [];
  for (let i = 0; i < off; i++) bytes.push(r.pick(BYTES));
  bytes.push(...content);
  for (let i = 0; i < 2; i++) bytes.push(r.pick(BYTES));
  return `${hex(bytes)}:${off}:${content.length}`;
}

// A needle of `length` bytes: a piece of the haystack (at an even or odd position), perhaps with
// one byte changed, or random bytes.
function needleBytes(r, hay, length) {
  const k = r.int(4);
  if (k === 3 || hay.length < length) {
    return Array.from({ length }, () => r.pick(BYTES));
  }
  const from = r.int(hay.length - length + 1);
  const out = hay.slice(from, from + length);
  if (k === 2 && length > 0) out[r.int(length)] = r.pick(BYTES);
  return out;
}

function cases() {
  const r = new Rng(0x5EA16);
  const lines = [];
  const push = (method, hayOff, hay, kind, needle, offset) => {
    lines.push([method, r.pick(ENCODINGS), memory(r, hayOff, hay), kind, needle, offset].join('\t'));
  };
  for (let hayLength = 0; hayLength <= 9; hayLength++) {
    for (let hayOff = 0; hayOff <= 1; hayOff++) {
      for (const method of METHODS) {
        // A forward call on an odd haystack may hang, and each hang costs HANG_CPU_MS: such a
        // combination gets 2 of the offsets (a different 2 for the next combination), the others all.
        const sparse = hayOff === 1 && method !== 'lastIndexOf';
        OFFSETS.forEach((offset, o) => {
          let combination = 0;
          const keep = () => !sparse || (o + combination++) % (OFFSETS.length / 2) === 0;
          for (let needleLength = 0; needleLength <= 5; needleLength++) {
            for (const kind of ['b', 'u']) {
              for (let needleOff = 0; needleOff <= 1; needleOff++) {
                const hay = Array.from({ length: hayLength }, () => r.pick(BYTES));
                const needle = memory(r, needleOff, needleBytes(r, hay, needleLength));
                if (keep()) push(method, hayOff, hay, kind, needle, offset);
              }
            }
          }
          for (let units = 0; units <= 3; units++) {
            const hay = Array.from({ length: hayLength }, () => r.pick(BYTES));
            const n = needleBytes(r, hay, 2 * units);
            if (keep()) push(method, hayOff, hay, 's', n.length ? hex(Buffer.from(n).swap16()) : '-', offset);
          }
        });
      }
    }
  }
  // Longer ones, so that needles of 8 units and more (InitialSearch, then Boyer-Moore-Horspool and
  // Boyer-Moore in src/string_search.h) and longer scans are met too.
  for (let i = 0; i < 300; i++) {
    const hay = Array.from({ length: 10 + r.int(60) }, () => r.pick(BYTES));
    const needle = needleBytes(r, hay, 2 + r.int(24));
    const offset = r.int(4) === 0 ? '-' : String(r.int(2 * hay.length + 9) - hay.length - 4);
    const kind = r.pick(['b', 'u', 's']);
    const value = kind === 's'
      ? (needle.length > 1 ? hex(Buffer.from(needle.slice(0, needle.length & ~1)).swap16()) : '-')
      : memory(r, r.int(2), needle);
    push(r.pick(METHODS), r.int(2), hay, kind, value, offset);
  }
  // Listed: a needle of 8 units whose occurrence at unit 0 Node's scan at an odd address passes
  // over (it compares the unit one byte off), and then a position where the scan falls back to
  // where it started, which LinearSearch (shorter needles) would loop on but InitialSearch leaves
  // for Boyer-Moore-Horspool from there on: Node answers "not found"; at an even address, 0.
  const skipped = `62${'0061'}${'00'.repeat(14)}000061${'62'.repeat(17)}:1:34`;
  lines.push(['indexOf', 'ucs2', skipped, 'b', `0061${'00'.repeat(14)}:0:16`, '-'].join('\t'));
  lines.push(['includes', 'utf16le', skipped, 's', `6100${'0000'.repeat(7)}`, '0'].join('\t'));
  return lines;
}

function view(spec, kind) {
  const [h, off, length] = spec.split(':');
  const ab = new ArrayBuffer(h.length / 2);
  Buffer.from(ab).set(Buffer.from(h, 'hex'));
  return kind === 'u' ? new Uint8Array(ab, Number(off), Number(length)) : Buffer.from(ab, Number(off), Number(length));
}

function needleOf(f) {
  if (f[3] !== 's') return view(f[4], f[3]);
  return f[4] === '-' ? '' : String.fromCharCode(...f[4].match(/.{4}/g).map((u) => parseInt(u, 16)));
}

function call(f, hay) {
  const args = [needleOf(f)];
  if (f[5] !== '-') args.push(Number(f[5]));
  args.push(f[1]);
  return String(hay[f[0]](...args));
}

const oddForward = (f) => f[2].split(':')[1] % 2 === 1 && f[0] !== 'lastIndexOf';

// The worker: runs line `ctrl[REQUEST] - 1` on a haystack in `scratch`, answers in `out`, then
// sets ctrl[DONE] to the request.
const REQUEST = 0;
const DONE = 1;
function workerMain() {
  const { lines, ctrl, scratch, out } = workerData;
  const control = new Int32Array(ctrl);
  let seen = 0;
  Atomics.store(control, DONE, -1);
  Atomics.notify(control, DONE);
  for (;;) {
    Atomics.wait(control, REQUEST, seen);
    const k = Atomics.load(control, REQUEST);
    if (k < 0) return;
    seen = k;
    const f = lines[k - 1].split('\t');
    const [h, off, length] = f[2].split(':');
    const memoryView = new Uint8Array(scratch);
    memoryView.fill(0);
    memoryView.set(Buffer.from(h, 'hex'));
    const answer = call(f, Buffer.from(scratch, Number(off), Number(length)));
    Buffer.from(out).fill(0).write(answer, 'latin1');
    Atomics.store(control, DONE, k);
    Atomics.notify(control, DONE);
  }
}

// The child: appends the answers to lines[from..] to the file `output`, one a line, the
// odd-address forward ones through the worker.
function childMain(input, output, from) {
  const lines = fs.readFileSync(input, 'utf8').split('\n').filter((l) => l.length > 0);
  const ctrl = new SharedArrayBuffer(8);
  const scratch = new SharedArrayBuffer(SCRATCH);
  const out = new SharedArrayBuffer(32);
  const control = new Int32Array(ctrl);
  const worker = new Worker(__filename, { workerData: { lines, ctrl, scratch, out } });
  Atomics.wait(control, DONE, 0); // the worker's start-up is not a call's CPU time
  const fd = fs.openSync(output, 'a');
  const write = (s) => fs.writeSync(fd, `${s}\n`);
  for (let i = from; i < lines.length; i++) {
    const f = lines[i].split('\t');
    if (!oddForward(f)) {
      write(call(f, view(f[2], 'b')));
      continue;
    }
    const k = i + 1;
    const cpu = process.cpuUsage();
    Atomics.store(control, REQUEST, k);
    Atomics.notify(control, REQUEST);
    let hang = false;
    const began = Date.now();
    while (Atomics.load(control, DONE) !== k) {
      if (Date.now() - began > STUCK_MS) throw new Error(`no answer to ${lines[i]}`);
      Atomics.wait(control, DONE, Atomics.load(control, DONE), 5);
      const used = process.cpuUsage(cpu);
      if (!hang && Atomics.load(control, DONE) !== k && (used.user + used.system) / 1000 >= HANG_CPU_MS) {
        hang = true;
        new Uint8Array(scratch).fill(0xee);
      }
    }
    write(hang ? 'hang' : Buffer.from(out).toString('latin1').split('\0')[0]);
  }
  Atomics.store(control, REQUEST, -1);
  Atomics.notify(control, REQUEST);
  worker.terminate();
}

// Node's answers to `lines`, from children started again after each abort.
function answers(lines) {
  const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'record-search-utf16-'));
  try {
    const input = path.join(dir, 'calls');
    const output = path.join(dir, 'answers');
    fs.writeFileSync(input, lines.join('\n'));
    fs.writeFileSync(output, '');
    for (;;) {
      const done = fs.readFileSync(output, 'utf8').split('\n').length - 1;
      if (done === lines.length) break;
      const run = childProcess.spawnSync(process.execPath, [__filename, '--child', input, output, String(done)],
        { timeout: 600000, stdio: ['ignore', 'ignore', 'pipe'] });
      if (run.signal === 'SIGABRT' || run.signal === 'SIGTRAP' || run.signal === 'SIGILL') {
        fs.appendFileSync(output, 'abort\n');
      } else if (run.status !== 0) {
        throw new Error(`child failed (${run.signal ?? run.status}): ${run.stderr}`);
      }
    }
    return fs.readFileSync(output, 'utf8').split('\n').slice(0, -1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The answer of the call with the haystack's bytes (and the two after them) at an even address.
function aligned(line) {
  const f = line.split('\t');
  const [h, off, length] = f[2].split(':');
  f[2] = `${h.slice(2 * off)}:0:${length}`;
  return call(f, view(f[2], 'b'));
}

function record() {
  const lines = cases();
  const got = answers(lines);
  const text = [
    '# Node 22\'s answers to indexOf, lastIndexOf and includes under UTF-16LE: buffer-api/src/test/node/record-search-utf16.js',
    '# Do not edit by hand; re-record with that script (usage at its top). Each line: the call, TAB "=>" TAB, the answer.',
    `node\t${process.version}`,
    ...lines.map((l, i) => `${l}\t=>\t${got[i] === 'hang' || got[i] === 'abort' ? `${got[i]} ${aligned(l)}` : got[i]}`),
  ];
  return `${text.join('\n')}\n`;
}

if (!isMainThread) {
  workerMain();
} else if (process.argv[2] === '--child') {
  childMain(process.argv[3], process.argv[4], Number(process.argv[5]));
} else {
  cli({ script: 'record-search-utf16.js', out: OUT, record }, process.argv.slice(2));
}
