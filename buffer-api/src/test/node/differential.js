#!/usr/bin/env node
// differential.js: the Node side of DifferentialNodeTest. It interprets a batch of call sequences
// written by DifferentialProgram (the generator lives once, in Java) and prints one answer line per
// line, formatted exactly as DifferentialJava formats the port's answers, so the test compares
// the two line by line.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   $(scripts/node22) buffer-api/src/test/node/differential.js < BATCH
//
// Input lines (tokens separated by one space; see DifferentialProgram for the generator):
//   seq ID                          starts a sequence: no slots, no owned memory
//   c DST RECV METHOD ARG...        one call; DST is the slot that keeps the result, or "-";
//                                   RECV is a slot, or Buffer, Buffers (require('buffer')),
//                                   ArrayBuffer or Uint8Array; METHOD "new" constructs RECV
//   end                             prints the memory of every slot, ends the sequence
// Argument tokens: iN an int, jN a (safe integer) number, dHHHHHHHHHHHHHHHH a double by its IEEE
// bits, nN a BigInt, sHHHH... a string as UTF-16 units (4 hex digits each), u undefined, bNAME a
// slot, LNAME,NAME an array of slots.
//
// Output: one line per call (see format()), "mem ..." for end, then "end ID". The lines of one
// sequence are written at its end with one synchronous write, so a hang leaves the finished
// sequences readable.
'use strict';

const fs = require('fs');
const bufferModule = require('buffer');

const STATICS = { Buffer, Buffers: bufferModule, ArrayBuffer, Uint8Array };

function fromUnits(h) {
  let s = '';
  for (let i = 0; i < h.length; i += 4) s += String.fromCharCode(parseInt(h.slice(i, i + 4), 16));
  return s;
}

function escape(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x20 && c <= 0x7e && c !== 0x5c ? s[i] : '\\u' + c.toString(16).padStart(4, '0');
  }
  return out;
}

const f64 = new Float64Array(1);
const u8of64 = new Uint8Array(f64.buffer);
function doubleBits(d) {
  f64[0] = d;
  let h = '';
  for (let i = 7; i >= 0; i--) h += u8of64[i].toString(16).padStart(2, '0');
  return h;
}
function bitsDouble(h) {
  for (let i = 0; i < 8; i++) u8of64[7 - i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return f64[0];
}

function formatNumber(v) {
  if (Number.isNaN(v)) return 'NaN';
  if (Object.is(v, -0)) return '-0';
  if (Number.isSafeInteger(v)) return String(v);
  return 'd' + doubleBits(v);
}

const hex = (view) => Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('hex');

function interpreter() {
  let slots = new Map();
  let owned = new Set();
  let out = [];
  let id = '';

  const arg = (t) => {
    switch (t[0]) {
      case 'i': case 'j': return Number(t.slice(1));
      case 'd': return bitsDouble(t.slice(1));
      case 'n': return BigInt(t.slice(1));
      case 's': return fromUnits(t.slice(1));
      case 'u': return undefined;
      case 'b': return slot(t.slice(1));
      case 'L': return t.length === 1 ? [] : t.slice(1).split(',').map((n) => slot(n.slice(1)));
      default: throw new Error('bad token ' + t);
    }
  };
  const MISSING = Symbol('missing');
  const slot = (name) => {
    if (!slots.has(name) || slots.get(name) === MISSING) throw MISSING;
    return slots.get(name);
  };

  const format = (v, recv) => {
    if (v === undefined) return 'undefined';
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'number') return formatNumber(v);
    if (typeof v === 'bigint') return 'n' + v;
    if (typeof v === 'string') return 's:' + escape(v);
    if (v === recv) return 'this';
    if (v instanceof ArrayBuffer) return `ArrayBuffer[${v.byteLength}] ${hex(new Uint8Array(v))}`;
    if (v instanceof Uint8Array) {
      const kind = Buffer.isBuffer(v) ? 'Buffer' : v.constructor.name;
      const at = owned.has(v.buffer) ? '@' + v.byteOffset : '';
      return `${kind}[${v.length}]${at} ${hex(v)}`;
    }
    if (v !== null && typeof v === 'object' && v.type !== undefined) {
      return `json ${v.type} ${v.data.join(',')}`;
    }
    return 'other ' + String(v);
  };

  return (line) => {
    if (line === '') return;
    const t = line.split(' ');
    if (t[0] === 'seq') {
      slots = new Map();
      owned = new Set();
      out = [];
      id = t[1];
    } else if (t[0] === 'c') {
      const [, dst, recvName, method, ...rest] = t;
      let result;
      let recv;
      try {
        recv = Object.hasOwn(STATICS, recvName) ? STATICS[recvName] : slot(recvName);
        // An array that has held an object keeps its numbers as heap numbers: an array of only
        // numbers stores doubles unboxed and sets a signalling NaN's quiet bit, so
        // writeDoubleBE(0x7ff72a1582252d76's NaN) would write 7fff2a1582252d76, which a direct
        // call does not.
        const args = [MISSING];
        args.pop();
        for (const token of rest) args.push(arg(token));
        let v;
        try {
          v = method === 'new' ? new recv(...args) : recv[method](...args);
        } catch (e) {
          result = `err ${e.name} ${e.code} ${escape(e.message)}`;
        }
        if (result === undefined) {
          if ((recvName === 'Buffer' && method === 'alloc') || (recvName === 'ArrayBuffer' && method === 'new')) {
            owned.add(v instanceof ArrayBuffer ? v : v.buffer);
          }
          if (dst !== '-') slots.set(dst, v);
          result = format(v, recv);
        }
      } catch (e) {
        if (e !== MISSING) throw e;
        result = 'skip';
      }
      if (result.startsWith('err') || result === 'skip') {
        if (dst !== '-') slots.set(dst, MISSING);
      }
      out.push(result);
    } else if (t[0] === 'end') {
      out.push(memory(slots, owned, MISSING));
      out.push('end ' + id);
      fs.writeSync(1, out.join('\n') + '\n');
    } else {
      throw new Error('bad line ' + line);
    }
  };
}

// The memory of every slot, in the order the slots were made: the whole backing ArrayBuffer, once,
// when the sequence made it (new ArrayBuffer, Buffer.alloc: deterministic on both sides), else only
// the slot's own bytes (pooled memory's neighbours are not comparable).
function memory(slots, owned, MISSING) {
  const seen = [];
  let line = 'mem';
  for (const [name, v] of slots) {
    if (v === MISSING || v === undefined || typeof v !== 'object') continue;
    const backing = v instanceof ArrayBuffer ? v : v.buffer;
    if (!(backing instanceof ArrayBuffer)) continue;
    if (owned.has(backing)) {
      if (seen.includes(backing)) continue;
      seen.push(backing);
      line += ` ${name}=A${seen.length - 1}:${hex(new Uint8Array(backing))}`;
    } else {
      line += ` ${name}=V:${hex(v)}`;
    }
  }
  return line;
}

// Lines come on stdin, batch after batch, until it closes: the test keeps one process for many.
const feed = interpreter();
let pending = '';
process.stdin.setEncoding('latin1');
process.stdin.on('data', (chunk) => {
  const lines = (pending + chunk).split('\n');
  pending = lines.pop();
  for (const line of lines) feed(line);
});
process.stdin.on('end', () => feed(pending));
