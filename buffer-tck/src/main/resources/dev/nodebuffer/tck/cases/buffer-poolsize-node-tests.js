// section: Class property: Buffer.poolSize
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: zero-pool-size
Buffer.poolSize = 0;
const a = Buffer.allocUnsafe(1);
console.log(a.parent === a.buffer, a.buffer.byteLength, a.byteOffset);
