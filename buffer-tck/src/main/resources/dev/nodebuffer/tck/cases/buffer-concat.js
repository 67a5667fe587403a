// section: Static method: Buffer.concat(list[, totalLength])

// case: doc-example
// Create a single `Buffer` from a list of three `Buffer` instances.
const buf1 = Buffer.alloc(10);
const buf2 = Buffer.alloc(14);
const buf3 = Buffer.alloc(18);
const totalLength = buf1.length + buf2.length + buf3.length;
console.log(totalLength);
const bufA = Buffer.concat([buf1, buf2, buf3], totalLength);
console.log(bufA);
console.log(bufA.length);

// case: joins
console.log(Buffer.concat([Buffer.from('ab'), Buffer.from('c'), Buffer.from('de')]).toString());

// case: uint8array-elements
const u = new Uint8Array(2);
u[0] = 1;
u[1] = 2;
console.log(Buffer.concat([u, Buffer.from([3]), u]));

// case: total-length-pads-with-zeros
console.log(Buffer.concat([Buffer.from('ab')], 5));

// case: total-length-truncates
console.log(Buffer.concat([Buffer.from('abcd')], 2), Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 3));

// case: total-length-zero
console.log(Buffer.concat([Buffer.from('ab')], 0));

// case: empty-list
const buf = Buffer.concat([]);
console.log(buf, buf.buffer.byteLength, Buffer.concat([], 5), Buffer.concat([], -1));

// case: empty-elements
const buf = Buffer.concat([Buffer.alloc(0), Buffer.alloc(0)]);
console.log(buf, buf.buffer.byteLength);

// case: single-element-is-a-copy
const a = Buffer.from('ab');
const c = Buffer.concat([a]);
a[0] = 0x78;
console.log(c.toString(), c.buffer === a.buffer, c.byteOffset - a.byteOffset);

// case: pooled-through-allocunsafe
const a = Buffer.concat([Buffer.alloc(3), Buffer.alloc(2)]);
const b = Buffer.allocUnsafe(1);
console.log(a.byteOffset, a.buffer.byteLength, b.byteOffset - a.byteOffset, a.buffer === b.buffer);

// case: large-is-not-pooled
const buf = Buffer.concat([Buffer.alloc(2048), Buffer.alloc(2048)]);
console.log(buf.length, buf.buffer.byteLength, buf.byteOffset);

// case: views-of-the-slab
// Elements that are views into the pool are copied by their own bytes only.
const a = Buffer.from('hello');
const b = Buffer.from('world');
console.log(Buffer.concat([b, a], 8).toString());

// case: bad-element-after-allocation
// The result is allocated before the elements are checked: a failed concat moves the pool.
try { Buffer.concat([Buffer.from('a'), 'b']); } catch (e) { console.log('threw'); }
console.log(Buffer.allocUnsafe(1).byteOffset);

// case: string-element
Buffer.concat([Buffer.from('a'), 'b']);

// case: number-element
Buffer.concat([Buffer.from('a'), 5], 2);

// case: object-element-with-zero-length
Buffer.concat([Buffer.from('a'), {}], 0);

// case: null-element
Buffer.concat([Buffer.from('a'), null]);

// case: null-element-with-total-length
Buffer.concat([null], 1);

// case: negative-total-length
Buffer.concat([Buffer.from('a')], -1);

// case: null-list
// needs: null-arguments
Buffer.concat(null);

// case: list-not-an-array
// needs: loose-types
Buffer.concat(Buffer.from('ab'));

// case: fractional-total-length
// needs: large-numbers
Buffer.concat([Buffer.from('a')], 1.5);
