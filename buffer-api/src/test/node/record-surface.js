#!/usr/bin/env node
// record-surface.js: records the names of Node 22's Buffer surface, and of the typed arrays,
// DataView and ArrayBuffer the Java API ports beside it, for SurfaceNodeRecordingTest.
//
// Usage (the node MUST be Node 22, the reference; the machine's own `node` is v20):
//
//   NODE22=$(scripts/node22)    # from the repository root; prints the pinned Node 22 binary
//   $NODE22 buffer-api/src/test/node/record-surface.js           re-record the resource
//   $NODE22 buffer-api/src/test/node/record-surface.js --check   compare with the committed
//                                                                resource; exit 1 if it differs
//
// The resource is src/test/resources/dev/nodebuffer/surface/node22-surface.txt. After the header,
// one line per name, tab-separated:
//   <where>  <name>  <kind>  <from>
// where: `Buffer`  a property of the Buffer function (its statics), own or inherited from
//                  Uint8Array and %TypedArray% (Function.prototype's members are left out);
//        `buf`     a property every Buffer instance has through its prototype chain:
//                  Buffer.prototype, Uint8Array.prototype, %TypedArray%.prototype
//                  (Object.prototype's members are left out);
//        `buffer`  an enumerable export of require('buffer') (Object.keys);
//        `Int8Array` ... `BigUint64Array` (each of the 11 typed-array kinds), `DataView`,
//                  `ArrayBuffer`: a property of that constructor (its statics), own or, for the
//                  kinds, inherited from %TypedArray% (Function.prototype's members are left out);
//        `Int8Array.prototype` ... `DataView.prototype`, `ArrayBuffer.prototype`: a property
//                  every instance has through its prototype chain: the kind's prototype, then
//                  %TypedArray%.prototype for the kinds (Object.prototype's members are left out).
//   A name shadowed lower in a chain is recorded once, from the object that supplies it. Names
//   are in Node's own order (Object.getOwnPropertyNames, then symbols; Object.keys).
// name: the property name; a symbol is written `[` + its description + `]`, e.g.
//   `[Symbol.iterator]`, `[nodejs.util.inspect.custom]`.
// kind: `function`; `getter` or `getter/setter` (an accessor property); `value` (a writable data
//   property that is not a function); `constant` (a read-only one).
// from: the object that holds the property: Buffer, Uint8Array, %TypedArray%, Buffer.prototype,
//   Uint8Array.prototype, %TypedArray%.prototype, exports; for the other constructors, the
//   constructor or its prototype, written as `where` is (`Int16Array`, `Int16Array.prototype`).
'use strict';

const path = require('path');
const { cli } = require('../../../../buffer-testkit/src/main/node/recording.js');
const buffer = require('buffer');

const OUT = path.join(__dirname, '..', 'resources', 'dev', 'nodebuffer', 'surface',
  'node22-surface.txt');

const TypedArray = Object.getPrototypeOf(Uint8Array);

const KINDS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];

const nameOf = (key) => (typeof key === 'symbol' ? `[${key.description}]` : key);

function kindOf(holder, key) {
  const d = Object.getOwnPropertyDescriptor(holder, key);
  if (d.get || d.set) return d.set ? 'getter/setter' : 'getter';
  if (typeof d.value === 'function') return 'function';
  return d.writable ? 'value' : 'constant';
}

// Every property reachable on the first holder through the chain, from the holder that supplies it.
function chain(where, holders) {
  const seen = new Set();
  const lines = [];
  for (const [label, holder] of holders) {
    for (const key of Reflect.ownKeys(holder)) {
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push([where, nameOf(key), kindOf(holder, key), label]);
    }
  }
  return lines;
}

function record() {
  // The chains end where the tests say: no Function.prototype or Object.prototype members.
  if (Object.getPrototypeOf(Buffer) !== Uint8Array
    || Object.getPrototypeOf(TypedArray) !== Function.prototype
    || Object.getPrototypeOf(Buffer.prototype) !== Uint8Array.prototype
    || Object.getPrototypeOf(Uint8Array.prototype) !== TypedArray.prototype
    || Object.getPrototypeOf(TypedArray.prototype) !== Object.prototype) {
    throw new Error('the Buffer prototype chains are not the ones this script describes');
  }
  for (const kind of KINDS) {
    if (Object.getPrototypeOf(kind) !== TypedArray
      || Object.getPrototypeOf(kind.prototype) !== TypedArray.prototype) {
      throw new Error(`${kind.name}'s prototype chains are not the ones this script describes`);
    }
  }
  for (const ctor of [DataView, ArrayBuffer]) {
    if (Object.getPrototypeOf(ctor) !== Function.prototype
      || Object.getPrototypeOf(ctor.prototype) !== Object.prototype) {
      throw new Error(`${ctor.name}'s prototype chains are not the ones this script describes`);
    }
  }
  const lines = [
    ...chain('Buffer', [['Buffer', Buffer], ['Uint8Array', Uint8Array],
      ['%TypedArray%', TypedArray]]),
    ...chain('buf', [['Buffer.prototype', Buffer.prototype],
      ['Uint8Array.prototype', Uint8Array.prototype],
      ['%TypedArray%.prototype', TypedArray.prototype]]),
    ...Object.keys(buffer).map((key) => ['buffer', key, kindOf(buffer, key), 'exports']),
    ...KINDS.flatMap((kind) => [
      ...chain(kind.name, [[kind.name, kind], ['%TypedArray%', TypedArray]]),
      ...chain(`${kind.name}.prototype`, [[`${kind.name}.prototype`, kind.prototype],
        ['%TypedArray%.prototype', TypedArray.prototype]]),
    ]),
    ...[DataView, ArrayBuffer].flatMap((ctor) => [
      ...chain(ctor.name, [[ctor.name, ctor]]),
      ...chain(`${ctor.name}.prototype`, [[`${ctor.name}.prototype`, ctor.prototype]]),
    ]),
  ];
  // Buffer.prototype is the prototype of Node's internal FastBuffer; instances really use it.
  if (Object.getPrototypeOf(Buffer.alloc(1)) !== Buffer.prototype) {
    throw new Error('a Buffer instance does not inherit from Buffer.prototype');
  }
  return [
    '# Node.js Buffer surface, recorded by src/test/node/record-surface.js.',
    '# Do not edit by hand; re-record with that script (usage at its top).',
    `node\t${process.version}`,
    ...lines.map((l) => l.join('\t')),
  ].join('\n') + '\n';
}

cli({ script: 'record-surface.js', out: OUT, record }, process.argv.slice(2));
