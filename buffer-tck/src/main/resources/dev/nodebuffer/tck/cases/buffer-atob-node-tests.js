// section: buffer.atob(data)
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: whitespace-only-and-between-padding
console.log(buffer.atob(' '), buffer.atob('  Y\fW\tJ\njZ A=\r= '));

// case: one-character-among-whitespace
buffer.atob('\ta\r \n\f');

// case: non-strings-are-stringified
// needs: loose-types
console.log(buffer.atob(NaN), buffer.atob(Infinity), buffer.atob(true), buffer.atob(1234), buffer.atob([]));
