// section: Static method: Buffer.from(object[, offsetOrEncoding[, length]])

// case: doc-example-valueof
const buf = Buffer.from(new String('this is a test'));
console.log(buf);

// case: doc-example-to-primitive
// needs: loose-types
class Foo {
  [Symbol.toPrimitive]() {
    return 'this is a test';
  }
}
const buf = Buffer.from(new Foo(), 'utf8');
console.log(buf);

// case: to-json-shape
const buf = Buffer.from({ type: 'Buffer', data: [1, 2, 3] });
console.log(buf);

// case: to-json-shape-to-uint8
console.log(Buffer.from({ type: 'Buffer', data: [257, -1, '0x10', 'x', null, true] }));

// case: to-json-shape-empty
console.log(Buffer.from({ type: 'Buffer', data: [] }));

// case: to-json-shape-is-pooled
const a = Buffer.from({ type: 'Buffer', data: [1] });
const b = Buffer.from({ type: 'Buffer', data: [2] });
console.log(a.buffer === b.buffer, a.byteOffset, b.byteOffset - a.byteOffset);

// case: array-like
console.log(Buffer.from({ length: 3, 0: 257, 1: '0x10', 2: 'x' }), Buffer.from({ length: 2, 1: 5 }));

// case: array-like-non-number-length-is-empty
console.log(Buffer.from({ length: '2', 0: 1, 1: 2 }), Buffer.from({ length: -1 }), Buffer.from({ length: NaN }));

// case: array-like-too-long
Buffer.from({ length: Infinity });

// case: length-wins-over-type
console.log(Buffer.from({ type: 'Buffer', data: [1], length: 3 }));

// case: data-not-an-array
Buffer.from({ type: 'Buffer', data: 'ab' });

// case: type-is-case-sensitive
Buffer.from({ type: 'buffer', data: [1] });

// case: no-type
Buffer.from({ data: [1] });

// case: plain-object
Buffer.from({});
