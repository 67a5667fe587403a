// section: buf.inspect() and buffer.INSPECT_MAX_BYTES

// case: small
console.log(Buffer.from('0102ff', 'hex').inspect(), Buffer.from('hi').inspect());

// case: empty
console.log(Buffer.alloc(0).inspect());

// case: default-max-is-50
console.log(buffer.INSPECT_MAX_BYTES, Buffer.alloc(50).fill(1).inspect(), Buffer.alloc(51).fill(1).inspect());

// case: many-more-bytes
console.log(Buffer.alloc(1000).inspect(), Buffer.alloc(52).inspect());

// case: a-view
console.log(Buffer.from('abcdef').subarray(2, 4).inspect());

// case: max-2
buffer.INSPECT_MAX_BYTES = 2;
console.log(buffer.INSPECT_MAX_BYTES, Buffer.from('01020304', 'hex').inspect(), Buffer.from('010203', 'hex').inspect(), Buffer.from('0102', 'hex').inspect());
buffer.INSPECT_MAX_BYTES = 50;

// case: max-0
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('010203', 'hex').inspect(), Buffer.from('01', 'hex').inspect(), Buffer.alloc(0).inspect());
buffer.INSPECT_MAX_BYTES = 50;

// case: max-large
buffer.INSPECT_MAX_BYTES = 100000;
console.log(Buffer.alloc(60).fill(0xab).inspect());
buffer.INSPECT_MAX_BYTES = 50;

// case: max-infinity
// needs: large-numbers
buffer.INSPECT_MAX_BYTES = Infinity;
console.log(buffer.INSPECT_MAX_BYTES, Buffer.alloc(60).fill(0xab).inspect());
buffer.INSPECT_MAX_BYTES = 50;

// case: max-fraction
// needs: fractional-numbers
buffer.INSPECT_MAX_BYTES = 2.5;
console.log(Buffer.from('01020304', 'hex').inspect());
buffer.INSPECT_MAX_BYTES = 50;

// case: max-negative
buffer.INSPECT_MAX_BYTES = -1;

// case: max-negative-keeps-value
buffer.INSPECT_MAX_BYTES = 3;
try {
  buffer.INSPECT_MAX_BYTES = -5;
} catch (e) {
  console.log('threw');
}
console.log(buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 50;

// case: max-nan
// needs: fractional-numbers
buffer.INSPECT_MAX_BYTES = NaN;

// case: max-string
// needs: loose-types
buffer.INSPECT_MAX_BYTES = '5';

// case: nodes-test-buffer-inspect
// After Node's test/parallel/test-buffer-inspect.js (without util.inspect's extra properties).
buffer.INSPECT_MAX_BYTES = 2;
const b = Buffer.allocUnsafe(4);
b.fill('1234');
const c = Buffer.allocUnsafe(2);
c.fill('12');
console.log(b.inspect(), c.inspect());
buffer.INSPECT_MAX_BYTES = 50;
