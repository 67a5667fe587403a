// section: buf.fill(value[, offset[, end]][, encoding])

// case: doc-example
const b = Buffer.allocUnsafe(50).fill('h');
console.log(b.toString());
const c = Buffer.allocUnsafe(5).fill('\u0222');
console.log(c);
const buf = Buffer.allocUnsafe(5);
console.log(buf.fill('a'));
console.log(buf.fill('aazz', 'hex'));

// case: number
console.log(Buffer.alloc(4).fill(257), Buffer.alloc(4).fill(-1), Buffer.alloc(4).fill(7, 1, 3));

// case: splits-characters
console.log(Buffer.alloc(5).fill('😀'), Buffer.alloc(5).fill('abc', 'utf16le'), Buffer.alloc(3).fill('é'));
console.log(Buffer.alloc(2).fill('€'), Buffer.alloc(3).fill('\ud800'));

// case: encodings
console.log(Buffer.alloc(6).fill(0xaa).fill('ab', 1, 'latin1'), Buffer.alloc(3).fill('é', 'latin1'), Buffer.alloc(3).fill('\u0101', 'latin1'));
console.log(Buffer.alloc(3).fill('€', 'ascii'), Buffer.alloc(6).fill('QUJD', 'base64'), Buffer.alloc(4).fill('abgg', 'hex'));

// case: empty-string-fills-zeros
console.log(Buffer.alloc(3).fill('x').fill(''));

// case: empty-range-is-a-no-op
console.log(Buffer.alloc(6).fill(1, 7), Buffer.alloc(3).fill('zz', 3, 3, 'hex'), Buffer.alloc(6).fill('a', 10), Buffer.alloc(0).fill('zz', 'hex'));

// case: no-bytes
Buffer.alloc(4).fill('zz', 'hex');

// case: no-bytes-quoted
Buffer.alloc(4).fill("it's", 'hex');

// case: end-beyond-length
Buffer.alloc(6).fill(1, 0, 7);

// case: negative-offset
Buffer.alloc(2).fill(1, -1);

// case: unknown-encoding-even-for-empty-range
Buffer.alloc(2).fill('x', 1, 1, 'bogus');
