// The one printer both runners use: console.log(x) in a case records show(x). It runs
// unchanged on Node and on Rhino (over an implementation's Java objects), so the two sides
// print the same text for the same value. It must not allocate Buffers (it would move the pool).
function show(v) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string': return JSON.stringify(v);
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return String(v) + 'n';
    case 'boolean': return String(v);
  }
  if (v instanceof Buffer) return bytes('Buffer', v);
  if (v instanceof Uint8Array) return bytes('Uint8Array', v);
  var kind = typedArrayKind(v);
  if (kind !== null) return typedElements(kind, v);
  // Node's inspect adds the buffer; byteLength and byteOffset say which bytes the view covers.
  if (typeof DataView !== 'undefined' && v instanceof DataView) {
    return 'DataView { byteLength: ' + v.byteLength + ', byteOffset: ' + v.byteOffset + ' }';
  }
  if (v instanceof ArrayBuffer) return 'ArrayBuffer { byteLength: ' + v.byteLength + ' }';
  if (Array.isArray(v)) return '[ ' + v.map(show).join(', ') + ' ]';
  // A plain object ({ type: "Buffer", data: [ 1 ] } from toJSON): its own keys in order.
  if (Object.getPrototypeOf(v) === Object.prototype) {
    return '{ ' + Object.keys(v).map(function (k) { return k + ': ' + show(v[k]); }).join(', ') + ' }';
  }
  return 'unprintable ' + typeof v;
}

// Node's inspect format for byte views: <Buffer 68 69>, <Buffer > when empty, at most 50 bytes then "... N more bytes".
function bytes(kind, view) {
  var limit = Math.min(view.length, 50), text = '<' + kind;
  for (var i = 0; i < limit; i++) text += ' ' + (view[i] < 16 ? '0' : '') + view[i].toString(16);
  if (view.length > limit) text += ' ... ' + (view.length - limit) + ' more byte' + (view.length - limit > 1 ? 's' : '');
  return text + (view.length === 0 ? ' >' : '>');
}

// The name of v's typed array kind, other than Buffer and Uint8Array (show() tests those first),
// or null. A global is the implementation's Java class, Rhino's own constructor when the
// implementation maps none, or absent on a runtime that lacks the kind: typeof first, so that a
// missing one is skipped rather than a ReferenceError.
function typedArrayKind(v) {
  if (typeof Int8Array !== 'undefined' && v instanceof Int8Array) return 'Int8Array';
  if (typeof Uint8ClampedArray !== 'undefined' && v instanceof Uint8ClampedArray) return 'Uint8ClampedArray';
  if (typeof Int16Array !== 'undefined' && v instanceof Int16Array) return 'Int16Array';
  if (typeof Uint16Array !== 'undefined' && v instanceof Uint16Array) return 'Uint16Array';
  if (typeof Int32Array !== 'undefined' && v instanceof Int32Array) return 'Int32Array';
  if (typeof Uint32Array !== 'undefined' && v instanceof Uint32Array) return 'Uint32Array';
  if (typeof Float32Array !== 'undefined' && v instanceof Float32Array) return 'Float32Array';
  if (typeof Float64Array !== 'undefined' && v instanceof Float64Array) return 'Float64Array';
  if (typeof BigInt64Array !== 'undefined' && v instanceof BigInt64Array) return 'BigInt64Array';
  if (typeof BigUint64Array !== 'undefined' && v instanceof BigUint64Array) return 'BigUint64Array';
  return null;
}

// Node's inspect format for the other typed arrays: Int16Array(2) [ 1, -2 ], Int16Array(0) [].
// Each element goes through show(): -0 prints -0, a bigint ends in n.
function typedElements(kind, view) {
  var items = [];
  for (var i = 0; i < view.length; i++) items.push(show(view[i]));
  return kind + '(' + view.length + ') [' + (items.length === 0 ? ']' : ' ' + items.join(', ') + ' ]');
}

// An error as the record shows it: "RangeError [ERR_OUT_OF_RANGE]: message", or without the
// brackets when the error has no code (V8's own errors).
function describeError(name, code, message) {
  return name + (code === undefined || code === null ? '' : ' [' + code + ']') + ': ' + message;
}
