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

// case: buffer-value
const u = new Uint8Array(2);
u[0] = 7;
u[1] = 8;
console.log(Buffer.alloc(5).fill(Buffer.from('abc'), 1), Buffer.alloc(4).fill(Buffer.from('ab'), 1, 2), Buffer.alloc(5).fill(u));

// case: buffer-value-returns-this
const buf = Buffer.alloc(3);
console.log(buf.fill(Buffer.from('a')) === buf, buf);

// case: buffer-value-overlapping-itself
// The pattern is the bytes the value held before the fill, even where it views the filled range.
const ab = new ArrayBuffer(9);
const buf = Buffer.from(ab);
const reset = () => { for (let i = 0; i < 9; i++) buf[i] = i + 1; };
reset();
console.log(buf.fill(Buffer.from(ab, 0, 2), 1));
reset();
console.log(buf.fill(Buffer.from(ab, 0, 4), 2));
reset();
console.log(buf.fill(Buffer.from(ab, 1, 2)));
reset();
console.log(buf.fill(buf));

// case: buffer-value-empty-range-is-a-no-op
console.log(Buffer.alloc(4).fill(Buffer.alloc(0), 2, 2), Buffer.alloc(2).fill(Buffer.alloc(0), 3), Buffer.alloc(0).fill(Buffer.alloc(0)), Buffer.alloc(2).fill(Buffer.from('ab'), 3));

// case: buffer-value-empty
Buffer.alloc(4).fill(Buffer.alloc(0), 1, 2);

// case: uint8array-value-empty
Buffer.alloc(4).fill(new Uint8Array(0));

// case: buffer-value-negative-offset
Buffer.alloc(2).fill(Buffer.from('ab'), -1);

// case: buffer-value-end-beyond-length
Buffer.alloc(2).fill(Buffer.from('ab'), 0, 3);

// case: doc-example-empty-string
// Fill a `Buffer` with the ASCII character 'h'.

const b = Buffer.allocUnsafe(50).fill('h');

console.log(b.toString());
// Prints: hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh

// Fill a buffer with empty string
const c = Buffer.allocUnsafe(5).fill('');

console.log(c.fill(''));
// Prints: <Buffer 00 00 00 00 00>

// case: doc-example-invalid-characters
const buf = Buffer.allocUnsafe(5);

console.log(buf.fill('a'));
// Prints: <Buffer 61 61 61 61 61>
console.log(buf.fill('aazz', 'hex'));
// Prints: <Buffer aa aa aa aa aa>
console.log(buf.fill('zz', 'hex'));
// Throws an exception.
