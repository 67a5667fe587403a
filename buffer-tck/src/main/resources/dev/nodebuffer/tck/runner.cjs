// The JavaScript half of the conformance kit, the same file on every runtime that implements
// Node's Buffer (Node, Deno 2, Bun 1): runs each case of the corpus in a fresh worker thread and
// writes what the case printed, in the format of the stored expectations (Records.java):
//
//   == <case id>
//   out <what console.log printed>
//   throws <Name [CODE]: message>     (backslash, CR and LF escaped as \\, \r, \n)
//   crashed <what ended the worker>   (the case ended its worker without an outcome)
//
// Each case's record is written with one synchronous write to stdout as soon as the case ends,
// so that a supervisor (JsRunner.java) sees progress case by case and can tell which case a hang
// or a crash of the whole process belongs to: the first one whose record has not appeared.
//
// A fresh worker per case is a fresh isolate, hence a fresh Buffer module and pool, as a new
// process has:
// - Node: the first pooled allocUnsafe of a worker lands at byte offset 8, as in a new process.
// - Deno 2: a fresh pool per worker too, but its first pooled allocUnsafe lands at offset 0.
// - Bun 1: allocUnsafe does not pool (every small buffer has its own ArrayBuffer), so there is no
//   pool to refresh; the worker still isolates the cases' globals.
// All three give workers `require`, `Buffer` as a global and `process`; Deno gives `require` only
// to CommonJS files, hence `.cjs`. A worker's `process.exit(n)` ends that worker only, and
// `process.abort()` throws ERR_WORKER_UNSUPPORTED_OPERATION in a worker, on all three: such a
// case is recorded here as crashed, and the runner goes on. What ends the whole process (a
// failed CHECK in native code, a signal) or never returns (a loop in native code, which
// worker.terminate() cannot stop) is the supervisor's to detect.
//
// The first line written is the comment "# runner.cjs: N cases" (N read): it tells the supervisor
// that the runner itself works, before any case runs.
//
// Input (stdin): JSON {"cases": [{"id": "...", "source": "..."}]}. show.js must sit beside this
// file. Run by hand as
//   node runner.cjs < cases.json      deno run --allow-read runner.cjs < cases.json      bun runner.cjs < cases.json
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Worker } = require('node:worker_threads');

const showSource = fs.readFileSync(path.join(__dirname, 'show.js'), 'utf8');

// The worker: defines show(), the global "buffer" (the module object, as the Java runner maps
// it to an implementation's module class), replaces console.log with a recorder, evaluates the
// case in the global scope, and posts the record back. Nothing here allocates from the Buffer
// pool before the case runs (require('buffer') returns the already loaded module).
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.buffer = require('node:buffer');
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

// The case's record: {lines, error} from the worker, or {crashed} when the worker ended first.
function runCase(source) {
  return new Promise((resolve) => {
    const worker = new Worker(workerSource, { eval: true, workerData: { source } });
    const settle = (record) => {
      worker.removeAllListeners();
      worker.on('error', () => {});  // a late error of a worker whose record is already taken
      worker.terminate();            // ends what the case left running (a timer, say)
      resolve(record);
    };
    worker.once('message', settle);
    worker.once('error', (e) => settle({ crashed: 'uncaught in the worker: ' + String(e) }));
    worker.once('exit', (code) => settle({ crashed: 'the worker exited with code ' + code }));
  });
}

function oneLine(text) {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

async function main() {
  const input = JSON.parse(fs.readFileSync(0, 'utf8'));
  fs.writeSync(1, '# runner.cjs: ' + input.cases.length + ' cases\n');
  for (const c of input.cases) {
    const record = await runCase(c.source);
    const out = ['== ' + c.id];
    if (record.crashed !== undefined) {
      out.push('crashed ' + oneLine(record.crashed));
    } else {
      // show() output is one line already (JSON.stringify escapes strings); error texts may not be.
      for (const line of record.lines) out.push('out ' + line);
      if (record.error !== null) out.push('throws ' + oneLine(record.error));
    }
    fs.writeSync(1, out.join('\n') + '\n');
  }
  process.exit(0);
}

main().catch((e) => { console.error(e); process.exit(1); });
