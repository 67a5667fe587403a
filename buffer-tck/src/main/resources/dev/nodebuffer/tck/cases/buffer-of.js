// section: Static method: Buffer.of(...items)

// case: items
console.log(Buffer.of(1, 2, 3), Buffer.of(257, -1, 1.5));

// case: empty
const buf = Buffer.of();
console.log(buf, buf.buffer.byteLength);

// case: never-pooled
const buf = Buffer.of(1, 2);
console.log(buf.buffer.byteLength, buf.byteOffset, Buffer.isBuffer(buf), Buffer.allocUnsafe(1).byteOffset);
