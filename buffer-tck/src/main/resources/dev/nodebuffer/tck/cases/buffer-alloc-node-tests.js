// section: Static method: Buffer.alloc(size[, fill[, encoding]])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: fill-hex-pattern
console.log(Buffer.alloc(5, '800A', 'hex'));

// case: fills-that-give-zeros
console.log(Buffer.alloc(5, ''), Buffer.alloc(5, Buffer.alloc(5)), Buffer.alloc(5, 0));

// case: fill-empty-array
// needs: loose-types
console.log(Buffer.alloc(5, []));

// case: number-encoding-is-a-type-error
// needs: loose-types
Buffer.alloc(40, 'x', 20);

// case: size-object-is-a-type-error
// needs: loose-types
Buffer.alloc({ valueOf: () => 1 });

// case: nan-size
// needs: fractional-numbers
Buffer.alloc(NaN);

// case: fractional-size
// needs: fractional-numbers
console.log(Buffer.alloc(3.3).length, Buffer.allocUnsafe(3.3).length, Buffer.allocUnsafeSlow(3.3).length);

// case: typed-arrays-zeroed-after-unsafe-allocations
// needs: typed-arrays
Buffer.allocUnsafe(10).fill(0xff);
console.log(new Float64Array(10));
Buffer.allocUnsafeSlow(10).fill(0xff);
console.log(new Float64Array(10), Buffer.alloc(10));

// case: typed-arrays-zeroed-after-failed-allocations
// needs: typed-arrays
const allocators = [(n) => Buffer.alloc(n), (n) => Buffer.allocUnsafe(n), (n) => Buffer.allocUnsafeSlow(n), (n) => buffer.SlowBuffer(n)];
const results = [];
for (let f of allocators) {
  for (let size of [-1, 0]) {
    try {
      results.push(f(size).length);
    } catch (e) {
      results.push('threw');
    }
  }
}
console.log(results, new Uint32Array(10));

// case: typed-arrays-zeroed-after-nan-and-fractional-sizes
// needs: typed-arrays, fractional-numbers
const allocators = [(n) => Buffer.alloc(n), (n) => Buffer.allocUnsafe(n), (n) => Buffer.allocUnsafeSlow(n), (n) => buffer.SlowBuffer(n)];
const results = [];
for (let f of allocators) {
  for (let size of [NaN, 0.1]) {
    try {
      results.push(f(size).length);
    } catch (e) {
      results.push('threw');
    }
  }
}
console.log(results, new Uint32Array(10));
