#!/usr/bin/env node
// Reads what scripts/bench measured and prints its tables.
//
//   node report.js workloads DIR id...   DIR/jmh-<id>.json (JMH -rf json) and DIR/node-<id>.txt
//                                        (bench.js stdout): Java, Node, ratio Java/Node per id;
//                                        with DIR/jdk-<id>.json (scripts/bench --jdk) also the JDK
//                                        primitive's figure and Java/JDK; with DIR/floor-<id>.json
//                                        (scripts/bench --floor) the floor's figure and Floor/Node
//   node report.js pool FILE             FILE: JMH JSON of dev.nodebuffer.bench.PoolStrategy
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

const [mode, ...args] = process.argv.slice(2);
if (mode === 'workloads' && args.length >= 2) workloads(args[0], args.slice(1));
else if (mode === 'pool' && args.length === 1) pool(args[0]);
else {
  console.error('usage: report.js workloads DIR id... | report.js pool FILE');
  process.exit(2);
}
