// section: buf.copy(target[, targetStart[, sourceStart[, sourceEnd]]])

// case: doc-example
const buf1 = Buffer.allocUnsafe(26);
const buf2 = Buffer.allocUnsafe(26).fill('!');
for (let i = 0; i < 26; i++) {
  buf1[i] = i + 97;
}
buf1.copy(buf2, 8, 16, 20);
console.log(buf2.toString('ascii', 0, 25));

// case: doc-example-overlap
const buf = Buffer.allocUnsafe(26);
for (let i = 0; i < 26; i++) {
  buf[i] = i + 97;
}
buf.copy(buf, 0, 4, 10);
console.log(buf.toString());

// case: shapes
const s = Buffer.from('010203040506', 'hex');
let d = Buffer.alloc(4);
console.log(s.copy(d), d);
d = Buffer.alloc(4);
console.log(s.copy(d, 1), d);
d = Buffer.alloc(4);
console.log(s.copy(d, 0, 2), d);
d = Buffer.alloc(4);
console.log(s.copy(d, 0, 2, 3), d);
d = Buffer.alloc(4);
console.log(s.copy(d, 2, 1, 100), d);

// case: copies-nothing
const s = Buffer.from('010203040506', 'hex');
const d = Buffer.alloc(4);
console.log(s.copy(d, 4), s.copy(d, 10), s.copy(d, 2147483647), s.copy(d, 0, 6), s.copy(d, 0, 4, 2), s.copy(d, 0, 3, 3), s.copy(d, 0, 0, 0), s.copy(Buffer.alloc(0)), Buffer.alloc(0).copy(d), d);

// case: overlap
const b = Buffer.from('010203040506', 'hex');
console.log(b.copy(b, 2, 0, 4), b);
const c = Buffer.from('010203040506', 'hex');
console.log(c.copy(c, 0, 2), c);
const e = Buffer.from('010203040506', 'hex');
console.log(e.copy(e, 1), e);

// case: pooled-neighbours
const a = Buffer.from('aaaa');
const b = Buffer.from('bbbb');
const c = Buffer.from('cccc');
console.log(a.buffer === b.buffer, b.buffer === c.buffer, b.copy(a, 2), a.copy(c, 0, 1, 3), a, b, c);

// case: uint8array-target
const u = new Uint8Array(3);
console.log(Buffer.from('0102', 'hex').copy(u, 1), u);

// case: target-null
Buffer.alloc(3).copy(null);

// case: target-start-negative
Buffer.alloc(3).copy(Buffer.alloc(3), -1);

// case: source-start-negative
Buffer.alloc(6).copy(Buffer.alloc(4), 0, -1);

// case: source-start-beyond-source
Buffer.alloc(6).copy(Buffer.alloc(4), 0, 7);

// case: source-end-negative
Buffer.alloc(6).copy(Buffer.alloc(4), 0, 0, -1);

// case: target-start-checked-first
Buffer.alloc(6).copy(Buffer.alloc(4), -1, 100, -1);

// case: source-start-checked-even-when-target-full
Buffer.alloc(6).copy(Buffer.alloc(4), 100, 100);

// case: source-end-checked-even-for-empty-range
Buffer.alloc(6).copy(Buffer.alloc(4), 0, 6, -1);

// case: min-int
Buffer.alloc(6).copy(Buffer.alloc(4), -2147483648);

// case: infinity-is-zero
// needs: fractional-numbers
const s = Buffer.from('010203', 'hex');
const d = Buffer.alloc(3);
console.log(s.copy(d, Infinity), d, s.copy(d, 0, 0, Infinity));

// case: fraction-floored
// needs: fractional-numbers
Buffer.from('010203', 'hex').copy(Buffer.alloc(3), -0.5);
