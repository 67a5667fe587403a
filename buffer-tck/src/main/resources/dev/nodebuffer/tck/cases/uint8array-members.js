// section: Inherited from Uint8Array: at, set, reverse, copyWithin, sort, join, slice

// case: at
const b = Buffer.from('010203', 'hex');
console.log(b.at(0), b.at(2), b.at(-1), b.at(-3), b.at(1.5));

// case: at-out-of-range
// needs: undefined
const b = Buffer.from('010203', 'hex');
console.log(b.at(3), b.at(-4), Buffer.alloc(0).at(0));

// case: set-array
const c = Buffer.alloc(4);
c.set([1, 2], 1);
console.log(c);
c.set([257, -1, 1.9]);
console.log(c);

// case: set-buffer
const c = Buffer.alloc(4);
c.set(Buffer.from('0909', 'hex'), 2);
c.set(Buffer.from('07', 'hex'));
console.log(c);

// case: set-fills-exactly
const c = new Uint8Array(3);
c.set(Buffer.from('abc'));
c.set([], 3);
console.log(c);

// case: set-overlapping-views
const b = Buffer.from('01020304', 'hex');
b.set(b.subarray(0, 3), 1);
console.log(b);
const d = Buffer.from('01020304', 'hex');
d.set(d.subarray(1), 0);
console.log(d);

// case: set-too-long
Buffer.alloc(4).set(Buffer.from('090909', 'hex'), 2);

// case: set-array-too-long
Buffer.alloc(2).set([1, 2, 3]);

// case: set-offset-past-end
new Uint8Array(2).set([], 3);

// case: set-negative-offset
Buffer.alloc(2).set([1], -1);

// case: set-null
// needs: null-arguments
Buffer.alloc(2).set(null);

// case: reverse
const b = Buffer.from('010203', 'hex');
const r = b.reverse();
console.log(r, r === b, Buffer.alloc(0).reverse(), Buffer.from('01020304', 'hex').reverse());

// case: reverse-a-view
const b = Buffer.from('abcdef');
b.subarray(1, 4).reverse();
console.log(b.toString());

// case: copy-within
console.log(Buffer.from('010203', 'hex').copyWithin(0, 1));
console.log(Buffer.from('0102030405', 'hex').copyWithin(-2, 0), Buffer.from('0102030405', 'hex').copyWithin(1, -3, -1));
console.log(Buffer.from('0102030405', 'hex').copyWithin(0, 3, 1), Buffer.from('0102030405', 'hex').copyWithin(2, 0), Buffer.from('0102030405', 'hex').copyWithin(9, 0));

// case: copy-within-returns-this
const b = Buffer.from('abcd');
console.log(b.copyWithin(0, 2) === b, b.toString());

// case: sort
const b = Buffer.from('03010280ff00', 'hex');
console.log(b.sort(), Buffer.alloc(0).sort());

// case: join
const b = Buffer.from('010203', 'hex');
console.log(b.join('-'), b.join(), b.join(''), Buffer.alloc(0).join(), Buffer.from('ff', 'hex').join());

// case: uint8array-subarray-is-a-view
const u = new Uint8Array(4);
const s = u.subarray(1, 3);
s[0] = 5;
console.log(u[1], s.length, s.byteOffset, s.buffer === u.buffer, s instanceof Buffer, u.subarray(-1).length);

// case: uint8array-slice-is-a-copy
const u = new Uint8Array(4);
u[1] = 1;
const s = u.slice(1, 3);
s[0] = 5;
console.log(u[1], s[0], s.length, s.byteOffset, s.buffer === u.buffer, u.slice(-1).length, u.slice().length);

// case: uint8array-to-string-joins
const u = new Uint8Array(3);
u[0] = 1;
u[2] = 255;
console.log(u.toString(), u.join(' '));

// case: uint8array-members
const u = new Uint8Array(4);
u.set([4, 3, 2, 1]);
console.log(u.at(-1), u.reverse() === u, u.join(), u.copyWithin(0, 2).join(), u.sort().join());

// case: to-reversed-to-sorted-with-are-plain-uint8arrays
const b = Buffer.from('030102', 'hex');
const r = b.toReversed();
const s = b.toSorted();
const w = b.with(1, 300);
console.log(r, s, w, b, r instanceof Buffer, w instanceof Buffer, b.with(-1, 9), r.buffer === b.buffer);

// case: with-index-out-of-range
Buffer.from('0102', 'hex').with(2, 9);

// case: with-negative-index-out-of-range
Buffer.from('0102', 'hex').with(-3, 9);

// case: map-and-filter-are-buffers
const b = Buffer.from('0102030405060708', 'hex');
const m = b.map(x => x * 100);
const f = b.filter(x => x > 6);
console.log(m, f, m instanceof Buffer, f instanceof Buffer, f.buffer.byteLength, b.filter(x => false));

// case: uint8array-map-and-filter
const u = new Uint8Array(2);
u.set([1, 2]);
console.log(u.map(x => x + 255), u.filter(x => x > 1));

// case: predicates
const b = Buffer.from('010203', 'hex');
console.log(b.every(x => x > 0), b.every(x => x > 1), Buffer.alloc(0).every(x => false), b.some(x => x > 2), b.some(x => x > 3), Buffer.alloc(0).some(x => true));
console.log(b.findIndex(x => x > 1), b.findLastIndex(x => x < 3), b.findIndex(x => x > 5), b.findLastIndex(x => x > 5));

// case: for-each
const out = [];
Buffer.from('ab').forEach(x => out.push(x));
console.log(out);

// case: bytes-per-element
console.log(Buffer.BYTES_PER_ELEMENT, Uint8Array.BYTES_PER_ELEMENT, Buffer.alloc(2).BYTES_PER_ELEMENT);

// case: undefined-callback
// needs: undefined
Buffer.from('ab').map(undefined);

// case: undefined-callback-on-empty
// needs: undefined
Buffer.alloc(0).forEach(undefined);
