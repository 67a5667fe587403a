// section: Static method: Buffer.alloc(size[, fill[, encoding]])

// case: zero-filled
const buf = Buffer.alloc(5);
console.log(buf);

// case: own-array-buffer
// alloc never takes from the pool: the buffer owns an ArrayBuffer of exactly its size.
const buf = Buffer.alloc(4);
console.log(buf.buffer.byteLength, buf.byteOffset, buf.length);

// case: never-pooled
const a = Buffer.alloc(10);
const b = Buffer.alloc(10);
console.log(a.buffer === b.buffer, a.buffer.byteLength);

// case: empty
const buf = Buffer.alloc(0);
console.log(buf.length, buf.buffer.byteLength);

// case: negative-size
Buffer.alloc(-1);

// case: doc-example-fill
const buf = Buffer.alloc(5, 'a');
console.log(buf);

// case: doc-example-fill-encoding
const buf = Buffer.alloc(11, 'aGVsbG8gd29ybGQ=', 'base64');
console.log(buf);

// case: fill-number
console.log(Buffer.alloc(3, 7), Buffer.alloc(3, 257), Buffer.alloc(3, -1), Buffer.alloc(3, 256));

// case: fill-string-split-characters
console.log(Buffer.alloc(5, '😀'), Buffer.alloc(3, 'é'), Buffer.alloc(5, 'abc', 'utf16le'), Buffer.alloc(4, 'ab', 'latin1'));

// case: fill-string-encodings
console.log(Buffer.alloc(6, 'QUJD', 'base64'), Buffer.alloc(4, 'abgg', 'hex'), Buffer.alloc(3, '€', 'ascii'), Buffer.alloc(3, 'a', ''));

// case: fill-empty-string-is-zeros
console.log(Buffer.alloc(3, ''));

// case: fill-buffer
console.log(Buffer.alloc(5, Buffer.from([1, 2])), Buffer.alloc(5, new Uint8Array(2)), Buffer.alloc(2, Buffer.from('abc')));

// case: fill-is-never-pooled
const a = Buffer.alloc(4, 'a');
const b = Buffer.alloc(4, 1);
const c = Buffer.alloc(4, Buffer.from('x'));
console.log(a.buffer.byteLength, a.byteOffset, b.buffer.byteLength, c.buffer.byteLength, c.byteOffset);

// case: fill-leaves-pool-offset
Buffer.alloc(16, 'a');
Buffer.alloc(16, Buffer.from('ab'));
console.log(Buffer.allocUnsafe(1).byteOffset - 8);

// case: fill-zero-skips-encoding-check
console.log(Buffer.alloc(4, 0, 'bogus'), Buffer.alloc(4, 1, 'bogus'), Buffer.alloc(3, Buffer.from('ab'), 'bogus'));

// case: size-zero-skips-fill-checks
console.log(Buffer.alloc(0, 'zz', 'hex'), Buffer.alloc(0, 'a', 'bogus'), Buffer.alloc(0, Buffer.alloc(0)));

// case: fill-unknown-encoding
Buffer.alloc(3, 'ab', 'bogus');

// case: fill-unknown-encoding-even-for-empty-string
Buffer.alloc(4, '', 'bogus');

// case: fill-no-bytes
Buffer.alloc(3, 'zz', 'hex');

// case: fill-empty-buffer
Buffer.alloc(4, Buffer.alloc(0));

// case: fill-empty-uint8array
Buffer.alloc(4, new Uint8Array(0));

// case: negative-size-checked-before-fill
Buffer.alloc(-1, 'zz', 'hex');
