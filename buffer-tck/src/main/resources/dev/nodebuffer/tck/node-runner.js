// The Node half of the conformance kit: runs each case of the corpus on this `node`, in a
// fresh worker thread (a fresh isolate, hence a fresh Buffer pool, as a new process has), and
// prints what the case printed, in the format of the stored expectations:
//
//   == <case id>
//   out <what console.log printed>
//   throws <Name [CODE]: message>   (backslash, CR and LF escaped as \\, \r, \n)
//
// Input (stdin): JSON {"cases": [{"id": "...", "source": "..."}]}. show.js must sit beside
// this file. Used by the Java side (NodeRunner); run by hand as
//   node node-runner.js < cases.json
'use strict';
const fs = require('fs');
const path = require('path');
const { Worker } = require('worker_threads');

const showSource = fs.readFileSync(path.join(__dirname, 'show.js'), 'utf8');

// The worker: defines show(), the global "buffer" (the module object, as the Java runner maps
// it to an implementation's module class), replaces console.log with a recorder, evaluates the
// case in the global scope, and posts the record back. Nothing here allocates from the Buffer
// pool before the case runs (the first allocUnsafe in a fresh worker lands at byte offset 8, as
// in a process; require('buffer') returns the already loaded module).
const workerSource = `
const { parentPort, workerData } = require('worker_threads');
globalThis.buffer = require('buffer');
${showSource}
const lines = [];
console.log = (...args) => { lines.push(args.map(show).join(' ')); };
let error = null;
try {
  (0, eval)(workerData.source);
} catch (e) {
  error = e !== null && typeof e === 'object'
      ? describeError(e.name, e.code, e.message) : 'thrown ' + show(e);
}
parentPort.postMessage({ lines, error });
`;

function runCase(source) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { source } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

function oneLine(text) {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

async function main() {
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  const out = [];
  for (const c of input.cases) {
    const record = await runCase(c.source);
    out.push('== ' + c.id);
    // show() output is one line already (JSON.stringify escapes strings); error texts may not be.
    for (const line of record.lines) out.push('out ' + line);
    if (record.error !== null) out.push('throws ' + oneLine(record.error));
  }
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e) => { console.error(e); process.exit(1); });
