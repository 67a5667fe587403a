// section: Static method: Buffer.from(array)
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: typed-array-elements-modulo-256
// needs: typed-arrays
const u32 = new Uint32Array([42, 298, 0xffffffff, 0x10007]);
const b = Buffer.from(u32);
u32[0] = 7;
console.log(b, b.buffer === u32.buffer);
console.log(Buffer.from(new Int16Array([-1, 256, -129, 0x7fff])), Buffer.from(new Uint8ClampedArray([300, -5, 128])));

// case: float-elements-are-truncated
// needs: typed-arrays
console.log(Buffer.from(new Float64Array([1.9, -1.5, 300.7, NaN, Infinity, -0])), Buffer.from(new Float32Array([255.99, 256, -0.5])));

// case: bigint-elements-are-a-type-error
// needs: typed-arrays
Buffer.from(new BigInt64Array([1n, 2n]));
