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

// An error as the record shows it: "RangeError [ERR_OUT_OF_RANGE]: message", or without the
// brackets when the error has no code (V8's own errors).
function describeError(name, code, message) {
  return name + (code === undefined || code === null ? '' : ' [' + code + ']') + ': ' + message;
}
