// section: Static method: Buffer.allocUnsafeSlow(size)

// case: never-pooled
const a = Buffer.allocUnsafeSlow(10);
const b = Buffer.allocUnsafe(10);
console.log(a.length, a.buffer.byteLength, a.byteOffset, a.buffer === b.buffer);

// case: leaves-pool-offset
const a = Buffer.allocUnsafe(1);
Buffer.allocUnsafeSlow(100);
const b = Buffer.allocUnsafe(1);
console.log(b.byteOffset - a.byteOffset);

// case: negative-size
Buffer.allocUnsafeSlow(-1);
