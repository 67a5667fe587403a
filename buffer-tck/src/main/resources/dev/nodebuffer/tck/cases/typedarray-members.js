// section: TypedArray members: subarray, slice, set, fill, copyWithin, search, sort, reverse, with, at, join

// case: subarray-is-a-view
// needs: typed-arrays
const a = new Int16Array([1, 2, 3, 4]);
const s = a.subarray(1, 3);
s[0] = -9;
console.log(a, s, s.byteOffset, s.byteLength, s.buffer === a.buffer);

// case: subarray-bounds
// needs: typed-arrays
const a = new Float64Array([1, 2, 3, 4]);
console.log(a.subarray(2), a.subarray(-1), a.subarray(-3, -1), a.subarray(3, 1), a.subarray(9), a.subarray());

// case: subarray-of-a-subarray
// needs: typed-arrays
const a = new BigInt64Array([1n, 2n, 3n, 4n]);
const s = a.subarray(1).subarray(1, 2);
console.log(s, s.byteOffset, s.length);

// case: slice-is-a-copy
// needs: typed-arrays
const a = new Uint32Array([1, 2, 3, 4]);
const s = a.slice(1, 3);
s[0] = 9;
console.log(a, s, s.byteOffset, s.buffer === a.buffer, s.buffer.byteLength);

// case: slice-bounds
// needs: typed-arrays
const a = new Int8Array([1, 2, 3, 4]);
console.log(a.slice(), a.slice(-2), a.slice(1, -1), a.slice(3, 1), a.slice(9), new Int8Array([1, 2, 3, 4]).subarray(1).slice(1));

// case: set-an-array
// needs: typed-arrays
const a = new Int16Array(4);
a.set([1, -1]);
a.set([70000], 3);
console.log(a);
const f = new Float32Array(2);
f.set([0.1], 1);
console.log(f);

// case: set-across-kinds
// needs: typed-arrays
const a = new Int16Array(4);
a.set(new Float64Array([1.5, -1.5, 70000]));
console.log(a);
a.set(new Uint8Array([255]), 3);
console.log(a);
const c = new Uint8ClampedArray(3);
c.set(new Int16Array([-5, 300, 128]));
console.log(c);
const b = new BigInt64Array(2);
b.set(new BigUint64Array([18446744073709551615n]), 1);
console.log(b);

// case: set-an-empty-source-at-the-end
// needs: typed-arrays
const a = new Int32Array(2);
a.set(new Int32Array(0), 2);
a.set([], 2);
console.log(a);

// case: set-overlapping-same-kind
// needs: typed-arrays
const a = new Int16Array([1, 2, 3, 4]);
a.set(a.subarray(0, 3), 1);
console.log(a);
const b = new Int16Array([1, 2, 3, 4]);
b.set(b.subarray(1), 0);
console.log(b);

// case: set-overlapping-other-kind
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const u8 = new Uint8Array(ab);
u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
const wide = new Int16Array(ab, 0, 3);
u8.set(wide, 2);
console.log(u8);
const ab2 = new ArrayBuffer(8);
const narrow = new Int8Array(ab2, 4, 4);
narrow.set([1, 2, 3, 4]);
new Int16Array(ab2).set(narrow);
console.log(new Int8Array(ab2));

// case: set-source-too-long
// needs: typed-arrays
new Int16Array(2).set(new Int8Array(3));

// case: set-array-too-long-at-an-offset
// needs: typed-arrays
new Float64Array(2).set([1, 2], 1);

// case: set-negative-offset
// needs: typed-arrays
new Int16Array(2).set([1], -1);

// case: set-bigint-kind-into-number-kind
// needs: typed-arrays
new Int16Array(2).set(new BigInt64Array(1));

// case: set-number-kind-into-bigint-kind
// needs: typed-arrays
new BigUint64Array(2).set(new Uint8Array(1));

// case: fill
// needs: typed-arrays
console.log(new Int16Array(3).fill(70000), new Uint8ClampedArray(2).fill(300), new Uint32Array(2).fill(-1));
console.log(new Float32Array(2).fill(0.1), new Float64Array(2).fill(-0), new BigInt64Array(2).fill(2n ** 63n));
console.log(new Int8Array(5).fill(7, 1, 3), new Int8Array(5).fill(7, -2), new Int8Array(5).fill(7, 3, 1), new Uint16Array(2).fill(1, 9));

// case: fill-returns-this
// needs: typed-arrays
const a = new Int32Array(2);
console.log(a.fill(-1) === a, a);

// case: fill-fractions-on-an-int-kind
// needs: typed-arrays, fractional-numbers
console.log(new Int16Array(2).fill(-1.9), new Uint8ClampedArray(3).fill(2.5), new Int8Array(1).fill(NaN));

// case: fill-number-into-a-bigint-kind
// needs: typed-arrays, loose-types
new BigInt64Array(2).fill(1);

// case: uint8array-fill
// needs: typed-arrays
const u = new Uint8Array(4);
console.log(u.fill(257) === u, u);
u.fill(-1, 2);
console.log(u);
u.fill(0, 0, 1);
u.fill(9, -1);
console.log(u, new Uint8Array(2).fill(7, 1, 0), new Uint8Array(new ArrayBuffer(4), 1, 2).fill(255));

// case: copy-within
// needs: typed-arrays
console.log(new Int16Array([1, 2, 3, 4, 5]).copyWithin(0, 3), new Float64Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3));
console.log(new BigInt64Array([1n, 2n, 3n]).copyWithin(-1, 0), new Uint32Array([1, 2, 3]).copyWithin(0, 1, -1), new Int8Array([1, 2]).copyWithin(5, 0));

// case: copy-within-on-a-subarray-stays-inside-it
// needs: typed-arrays
const a = new Int16Array([1, 2, 3, 4, 5]);
const s = a.subarray(1, 4);
console.log(s.copyWithin(0, 1) === s, a);

// case: index-of
// needs: typed-arrays
const a = new Int16Array([1, 2, 1, -1]);
console.log(a.indexOf(1), a.indexOf(1, 1), a.indexOf(1, -2), a.indexOf(-1), a.indexOf(65535), a.indexOf(7), a.indexOf(1, 9));
console.log(a.lastIndexOf(1), a.lastIndexOf(1, 1), a.lastIndexOf(1, -3), a.lastIndexOf(2, -4), a.lastIndexOf(7));
console.log(a.includes(2), a.includes(2, 2), a.includes(-1, -1), a.includes(7));

// case: index-of-wide-values
// needs: typed-arrays
const u = new Uint32Array([4294967295, 0]);
const b = new BigUint64Array([18446744073709551615n]);
console.log(u.indexOf(4294967295), u.indexOf(-1), b.indexOf(18446744073709551615n), b.indexOf(-1n), b.includes(18446744073709551615n));

// case: index-of-a-fraction-on-an-int-kind
// needs: typed-arrays, fractional-numbers
const a = new Int16Array([1, 2]);
console.log(a.indexOf(1.5), a.includes(1.0000001), a.lastIndexOf(2.5));

// case: nan-and-negative-zero-in-searches
// needs: typed-arrays
const f = new Float64Array([NaN, 0, -0, 1]);
console.log(f.indexOf(NaN), f.lastIndexOf(NaN), f.includes(NaN));
console.log(f.indexOf(-0), f.indexOf(0), f.lastIndexOf(0), f.lastIndexOf(-0), f.includes(-0));
const g = new Float32Array([-0]);
console.log(g.indexOf(0), g.includes(0), new Float32Array([NaN]).includes(NaN));

// case: float32-search-compares-the-stored-value
// needs: typed-arrays
const f = new Float32Array([0.1]);
console.log(f.indexOf(0.1), f.includes(0.1), f.indexOf(0.10000000149011612), f.includes(f[0]));

// case: reverse
// needs: typed-arrays
const a = new Int16Array([1, 2, 3]);
console.log(a.reverse() === a, a, new Float64Array(0).reverse(), new BigInt64Array([1n, 2n]).reverse());

// case: reverse-a-subarray
// needs: typed-arrays
const a = new Uint16Array([1, 2, 3, 4, 5]);
a.subarray(1, 4).reverse();
console.log(a);

// case: sort-numeric
// needs: typed-arrays
console.log(new Int16Array([10, -1, 2, 100]).sort(), new Uint32Array([4294967295, 10, 9]).sort());
console.log(new BigInt64Array([1n, -5n, 3n]).sort(), new BigUint64Array([18446744073709551615n, 0n]).sort());

// case: sort-floats-nan-last-negative-zero-first
// needs: typed-arrays
const f = new Float64Array([NaN, 1, 0, -0, -Infinity, Infinity, -1, NaN, 0]);
console.log(f.sort());
console.log(new Float32Array([0, NaN, -0, -0.5]).sort());

// case: sort-returns-this
// needs: typed-arrays
const a = new Int8Array([3, 1, 2]);
console.log(a.sort() === a, a);

// case: to-sorted-and-to-reversed-are-copies
// needs: typed-arrays
const a = new Float64Array([3, NaN, -0, 0, 1]);
const s = a.toSorted();
const r = a.toReversed();
console.log(a, s, r, s.buffer === a.buffer, new Int16Array(0).toSorted(), new BigInt64Array([2n, 1n]).toSorted());

// case: to-sorted-of-a-subarray
// needs: typed-arrays
const a = new Int16Array([5, 4, 3, 2, 1]);
const s = a.subarray(1, 4).toSorted();
console.log(s, s.byteOffset, s.buffer.byteLength, a);

// case: with
// needs: typed-arrays
const a = new Int16Array([1, 2, 3]);
const w = a.with(0, 70000);
console.log(w, a, w.buffer === a.buffer, a.with(-1, -1), new Float32Array([1]).with(0, 0.1), new BigUint64Array([1n]).with(0, -1n));

// case: with-index-out-of-range
// needs: typed-arrays
new Int16Array(3).with(3, 1);

// case: with-negative-index-out-of-range
// needs: typed-arrays
new Float64Array(3).with(-4, 1);

// case: with-number-into-a-bigint-kind
// needs: typed-arrays, loose-types
new BigInt64Array(1).with(0, 1);

// case: at
// needs: typed-arrays
const a = new Int16Array([1, -2, 3]);
console.log(a.at(0), a.at(-1), a.at(-3), new Float64Array([-0]).at(0), new BigInt64Array([-1n]).at(-1));

// case: at-out-of-range
// needs: typed-arrays, undefined
const a = new Int16Array([1, -2, 3]);
console.log(a.at(3), a.at(-4), new Float64Array(0).at(0));

// case: join
// needs: typed-arrays
console.log(new Int16Array([1, -2, 3]).join(), new Int16Array([1, -2, 3]).join(' | '), new Int16Array(0).join(), new Int8Array([5]).join('-'));
console.log(new Float64Array([1.5, -0, NaN, -Infinity, 1e21, 1e-7, 0.1]).join(), new Float32Array([0.1]).join());
console.log(new BigInt64Array([1n, -1n]).join(), new BigUint64Array([18446744073709551615n]).join(''));

// case: to-string
// needs: typed-arrays
console.log(new Int16Array([1, -2]).toString(), new Float64Array([0.5, -0]).toString(), new BigInt64Array([3n]).toString(), new Uint32Array(0).toString());
