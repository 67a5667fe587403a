// section: Class property: Buffer.poolSize

// case: default
console.log(Buffer.poolSize);

// case: lower-threshold-keeps-slab
// The threshold follows Buffer.poolSize at once; the current 8 KiB slab stays in use.
const a = Buffer.allocUnsafe(100);
Buffer.poolSize = 100;
const b = Buffer.allocUnsafe(49);
const c = Buffer.allocUnsafe(50);
console.log(b.buffer === a.buffer, b.byteOffset - a.byteOffset, c.buffer === a.buffer, c.buffer.byteLength);

// case: raise-makes-bigger-slab
// After a raise, larger requests are pooled; the first that does not fit the current slab
// starts a slab of the new size.
const a = Buffer.allocUnsafe(100);
Buffer.poolSize = 65536;
const b = Buffer.allocUnsafe(8000);
const c = Buffer.allocUnsafe(30000);
console.log(b.buffer === a.buffer, b.byteOffset, c.buffer === b.buffer, c.buffer.byteLength, c.byteOffset);

// case: tiny-pool
const a = Buffer.allocUnsafe(8000);
Buffer.poolSize = 10;
const b = Buffer.allocUnsafe(4);
const c = Buffer.allocUnsafe(5);
console.log(b.buffer.byteLength, c.buffer.byteLength, Buffer.poolSize);

// case: string-path-follows-pool-size
// With a 64-byte pool, strings of 32 or more UTF-16 units are never pooled.
Buffer.poolSize = 64;
const pooled = Buffer.from('a'.repeat(31));
const own = Buffer.from('a'.repeat(32));
console.log(pooled.buffer.byteLength, own.buffer.byteLength);
