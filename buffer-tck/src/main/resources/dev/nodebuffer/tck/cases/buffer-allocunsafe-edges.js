// section: Static method: Buffer.allocUnsafe(size)

// case: exact-fit-at-the-slab-end
// 8 + 4088 bytes end at 4104; 4088 more end exactly at 8192, so they stay on the slab.
const a = Buffer.allocUnsafe(8);
const b = Buffer.allocUnsafe(4088);
const c = Buffer.allocUnsafe(4088);
const d = Buffer.allocUnsafe(1);
console.log(b.byteOffset, c.buffer === a.buffer, c.byteOffset + c.length);
console.log(d.buffer === a.buffer, d.byteOffset, d.buffer.byteLength);

// case: one-byte-past-the-slab-end
const a = Buffer.allocUnsafe(8);
const b = Buffer.allocUnsafe(4088);
const c = Buffer.allocUnsafe(4089);
console.log(c.buffer === a.buffer, c.byteOffset, c.buffer.byteLength);

// case: odd-pool-size-threshold
// The threshold is poolSize >>> 1: 50 for a pool of 101.
Buffer.poolSize = 101;
const pooled = Buffer.allocUnsafe(49);
const own = Buffer.allocUnsafe(50);
console.log(pooled.buffer.byteLength, pooled.byteOffset, own.buffer.byteLength);
