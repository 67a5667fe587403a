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
