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
