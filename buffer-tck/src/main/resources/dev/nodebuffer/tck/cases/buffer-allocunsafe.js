// section: Static method: Buffer.allocUnsafe(size)

// case: pooled-slab
// A small allocUnsafe is a view into the shared 8 KiB pool slab.
const buf = Buffer.allocUnsafe(4);
console.log(buf.length, buf.buffer.byteLength);

// case: first-offset
// In a fresh process Node's own start-up has already taken 8 bytes of the slab.
console.log(Buffer.allocUnsafe(4).byteOffset);

// case: two-share-one-slab
const a = Buffer.allocUnsafe(4);
const b = Buffer.allocUnsafe(4);
console.log(a.buffer === b.buffer, b.byteOffset - a.byteOffset);

// case: eight-byte-alignment
const a = Buffer.allocUnsafe(1);
const b = Buffer.allocUnsafe(13);
const c = Buffer.allocUnsafe(8);
const d = Buffer.allocUnsafe(1);
console.log(b.byteOffset - a.byteOffset, c.byteOffset - b.byteOffset, d.byteOffset - c.byteOffset);

// case: half-pool-threshold
// Requests under Buffer.poolSize >>> 1 (4096) are pooled; 4096 is not.
const pooled = Buffer.allocUnsafe(4095);
const own = Buffer.allocUnsafe(4096);
console.log(pooled.buffer.byteLength, own.buffer.byteLength, own.byteOffset);

// case: exact-fit-stays-on-slab
// A request that exactly fills the rest of the slab stays on it; the next starts a new slab.
const first = Buffer.allocUnsafe(8);
const rest = Buffer.allocUnsafe(8192 - 16 - 4096);
const filler = Buffer.allocUnsafe(4088);
const next = Buffer.allocUnsafe(1);
console.log(rest.buffer === first.buffer, filler.buffer === first.buffer, filler.byteOffset + filler.length);
console.log(next.buffer === first.buffer, next.byteOffset, next.buffer.byteLength);

// case: new-slab-when-too-big
// A request larger than the rest of the slab starts a new one; the rest is abandoned.
const a = Buffer.allocUnsafe(4095);
const b = Buffer.allocUnsafe(4090);
const c = Buffer.allocUnsafe(2);
console.log(a.buffer === b.buffer, b.byteOffset, c.buffer === b.buffer, c.byteOffset);

// case: zero-size
const empty = Buffer.allocUnsafe(0);
const a = Buffer.allocUnsafe(1);
console.log(empty.length, empty.buffer.byteLength, empty.buffer === a.buffer);

// case: negative-size
Buffer.allocUnsafe(-1);

// case: doc-example
const buf = Buffer.allocUnsafe(10);

// (the doc prints the uninitialized contents here, which vary: the case prints the length)
console.log(buf.length);

buf.fill(0);

console.log(buf);
// Prints: <Buffer 00 00 00 00 00 00 00 00 00 00>
