#!/usr/bin/env node
// Reads what scripts/bench measured and prints its tables.
//
//   node report.js workloads DIR id...   DIR/jmh-<id>.json (JMH -rf json) and DIR/node-<id>.txt
//                                        (bench.js stdout): Java, Node, ratio Java/Node per id;
//                                        with DIR/jdk-<id>.json (scripts/bench --jdk) also the JDK
//                                        primitive's figure and Java/JDK; with DIR/floor-<id>.json
//                                        (scripts/bench --floor) the floor's figure and Floor/Node
//   node report.js pool FILE             FILE: JMH JSON of dev.nodebuffer.bench.PoolStrategy
//   node report.js vthreads FILE         FILE: JMH JSON of dev.nodebuffer.bench.VirtualThreadPool
//   node report.js ab DIR id...          DIR/{before,after}-{1,2}-<id>.json (scripts/bench-ab):
//                                        each run's JMH score, after/before of the means, the
//                                        spread and JMH's error, and a verdict; with
//                                        DIR/node-<id>.txt also Node's figure and after/Node.
//                                        Exits 3 when a workload is flagged LOSS
//
// Java's figure is the median of all measurement iterations of all forks (JMH's rawData), the
// same statistic as bench.js's median of all timed rounds of all processes; JMH's mean and its
// 99.9% confidence half-width are shown next to it.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function human(x) {
  if (!Number.isFinite(x)) return '-';
  const units = [[1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
  for (const [v, u] of units) if (Math.abs(x) >= v) return `${(x / v).toFixed(2)} ${u}`;
  return x.toFixed(1);
}

function table(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// One JMH result: median of raw iterations, mean, error.
function jmhFigures(result) {
  const pm = result.primaryMetric;
  if (pm.scoreUnit !== 'ops/s') throw new Error(`${result.benchmark}: unit ${pm.scoreUnit}, expected ops/s`);
  const raw = pm.rawData.flat();
  return { median: median(raw), mean: pm.score, error: pm.scoreError, n: raw.length };
}

function readJmh(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function workloads(dir, ids) {
  const rows = [];
  const withJdk = ids.some((id) => fs.existsSync(path.join(dir, `jdk-${id}.json`)));
  const withFloor = ids.some((id) => fs.existsSync(path.join(dir, `floor-${id}.json`)));
  for (const id of ids) {
    const results = readJmh(path.join(dir, `jmh-${id}.json`));
    if (results.length !== 1) throw new Error(`jmh-${id}.json: ${results.length} results, expected 1`);
    const j = jmhFigures(results[0]);
    const line = fs.readFileSync(path.join(dir, `node-${id}.txt`), 'utf8').split('\n')
      .map((l) => l.trim().split(/\s+/)).find((f) => f[0] === id);
    if (!line) throw new Error(`node-${id}.txt: no line for ${id}`);
    const node = Number(line[1]);
    const err = Number.isFinite(j.error) ? `± ${human(j.error)}` : '';
    const row = [id, human(j.median), `${human(j.mean)} ${err}`.trim(), human(node), (j.median / node).toFixed(2)];
    if (withJdk) {
      const file = path.join(dir, `jdk-${id}.json`);
      if (fs.existsSync(file)) {
        const k = jmhFigures(readJmh(file)[0]);
        row.push(human(k.median), (k.median / node).toFixed(2), (j.median / k.median).toFixed(2));
      } else {
        row.push('-', '-', '-');
      }
    }
    if (withFloor) {
      const file = path.join(dir, `floor-${id}.json`);
      if (fs.existsSync(file)) {
        const f = jmhFigures(readJmh(file)[0]);
        row.push(human(f.median), (f.median / node).toFixed(2));
      } else {
        row.push('-', '-');
      }
    }
    rows.push(row);
  }
  const header = ['workload', 'Java ops/s', 'Java JMH mean ± 99.9%', 'Node ops/s', 'Java/Node'];
  if (withJdk) header.push('JDK ops/s', 'JDK/Node', 'Java/JDK');
  if (withFloor) header.push('Floor ops/s', 'Floor/Node');
  console.log(table(header, rows));
}

function pool(file) {
  const results = readJmh(file);
  const byKey = new Map();
  const rows = [];
  for (const r of results) {
    const strategy = (r.jvmArgs.find((a) => a.startsWith('-Ddev.nodebuffer.pool=')) || '=?').split('=')[1];
    const j = jmhFigures(r);
    byKey.set(`${strategy}/${r.threads}`, j.median);
    rows.push({ strategy, threads: r.threads, j });
  }
  rows.sort((a, b) => a.threads - b.threads || a.strategy.localeCompare(b.strategy));
  const out = rows.map(({ strategy, threads, j }) => {
    const base = byKey.get(`per-thread/${threads}`);
    return [
      'alloc-unsafe-64', strategy, threads, human(j.median), `${human(j.mean)} ± ${human(j.error)}`,
      human(j.median / threads), base ? (j.median / base).toFixed(2) : '-',
    ];
  });
  console.log(table(
    ['workload', 'pool', 'threads', 'ops/s (all threads)', 'JMH mean ± 99.9%', 'per thread', 'vs per-thread'], out));
}

// One row per VirtualThreadPool benchmark: threads per second (start, one allocation, join), the
// cost per thread against new byte[16] (its throughput over this one's), and JMH's gc profiler
// figures: bytes allocated and collections per thread.
function vthreads(file) {
  const results = readJmh(file);
  const base = results.find((r) => r.benchmark.endsWith('.newByteArray16'));
  const rows = results.map((r) => {
    const j = jmhFigures(r);
    const gc = (name) => (r.secondaryMetrics[name] ? r.secondaryMetrics[name].score : NaN);
    const pool = (r.jvmArgs.find((a) => a.startsWith('-Ddev.nodebuffer.pool=')) || '=?').split('=')[1];
    return [
      r.benchmark.split('.').pop(), pool, human(j.median), `${human(j.mean)} ± ${human(j.error)}`,
      base ? (jmhFigures(base).median / j.median).toFixed(2) : '-',
      gc('gc.alloc.rate.norm').toFixed(0), gc('gc.count').toFixed(0),
    ];
  });
  console.log(table(
    ['virtual threads', 'pool', 'threads/s', 'JMH mean ± 99.9%', 'cost vs new byte[16]', 'bytes/thread', 'GCs'],
    rows));
}

// Node's figure for `id` in DIR/node-<id>.txt (bench.js stdout), or NaN when there is none.
function nodeFigure(dir, id) {
  const file = path.join(dir, `node-${id}.txt`);
  if (!fs.existsSync(file)) return NaN;
  const line = fs.readFileSync(file, 'utf8').split('\n')
    .map((l) => l.trim().split(/\s+/)).find((f) => f[0] === id);
  if (!line) throw new Error(`node-${id}.txt: no line for ${id}`);
  return Number(line[1]);
}

// The A/B table of scripts/bench-ab. Per side the JMH score (mean of the measurement iterations)
// of its two runs; ratio = mean(after) / mean(before). spread = the larger relative range of the
// two pairs, |run 1 - run 2| / mean; JMH ± = the largest 99.9% half-width of the four runs, relative
// to its score. LOSS: after/before below 0.95 and the gap between the means larger than either
// pair's range, so that both after runs lie below both before runs; "loss?": below 0.95 within that
// noise; "gain": above 1.05 beyond it. Returns the number of LOSS rows.
function ab(dir, ids) {
  const rows = [];
  let losses = 0;
  const withNode = ids.some((id) => fs.existsSync(path.join(dir, `node-${id}.txt`)));
  for (const id of ids) {
    const run = (side, n) => {
      const results = readJmh(path.join(dir, `${side}-${n}-${id}.json`));
      if (results.length !== 1) throw new Error(`${side}-${n}-${id}.json: ${results.length} results, expected 1`);
      return jmhFigures(results[0]);
    };
    const b = [run('before', 1), run('before', 2)];
    const a = [run('after', 1), run('after', 2)];
    const mb = (b[0].mean + b[1].mean) / 2;
    const ma = (a[0].mean + a[1].mean) / 2;
    const rb = Math.abs(b[0].mean - b[1].mean);
    const ra = Math.abs(a[0].mean - a[1].mean);
    const ratio = ma / mb;
    const spread = Math.max(rb / mb, ra / ma);
    const err = Math.max(...[...b, ...a].map((r) => (Number.isFinite(r.error) ? r.error / r.mean : NaN)));
    const beyond = Math.abs(mb - ma) > Math.max(rb, ra);
    let verdict = '-';
    if (ratio < 0.95) verdict = beyond ? 'LOSS' : 'loss?';
    else if (ratio > 1.05 && beyond) verdict = 'gain';
    if (verdict === 'LOSS') losses++;
    const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '-');
    const row = [id, `${human(b[0].mean)} / ${human(b[1].mean)}`, `${human(a[0].mean)} / ${human(a[1].mean)}`,
      ratio.toFixed(3), pct(spread), pct(err), verdict];
    if (withNode) {
      const node = nodeFigure(dir, id);
      row.push(human(node), (ma / node).toFixed(2));
    }
    rows.push(row);
  }
  const header = ['workload', 'before ops/s (runs 1, 2)', 'after ops/s (runs 1, 2)', 'after/before', 'spread',
    'JMH ±', 'verdict'];
  if (withNode) header.push('Node ops/s', 'after/Node');
  console.log(table(header, rows));
  return losses;
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'workloads' && args.length >= 2) workloads(args[0], args.slice(1));
else if (mode === 'pool' && args.length === 1) pool(args[0]);
else if (mode === 'vthreads' && args.length === 1) vthreads(args[0]);
else if (mode === 'ab' && args.length >= 2) process.exitCode = ab(args[0], args.slice(1)) > 0 ? 3 : 0;
else {
  console.error('usage: report.js workloads DIR id... | report.js pool FILE | report.js vthreads FILE'
    + ' | report.js ab DIR id...');
  process.exit(2);
}
