// section: Static method: Buffer.isEncoding(encoding)
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: near-names
console.log(['utf9', 'utf-7', 'Unicode-FTW', 'new gnu gun'].map((e) => Buffer.isEncoding(e)));

// case: non-strings
// needs: loose-types
console.log([false, NaN, {}, Infinity, [], 1, 0, -1].map((e) => Buffer.isEncoding(e)));
