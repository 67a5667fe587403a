// section: TypedArray callbacks and iteration: find, reduce, map, filter, every, some, forEach, keys, values, entries

// case: find-and-find-last
// needs: typed-arrays
const a = new Int16Array([1, 5, -3, 7, 2]);
console.log(a.find(x => x > 4), a.findLast(x => x > 4), a.find(x => x < 0), a.findLast(x => x < 0));
console.log(a.find(x => x > 100), a.findLast(x => x > 100), new Int16Array(0).find(x => true));

// case: find-index-and-find-last-index
// needs: typed-arrays
const a = new Float64Array([1, NaN, -0, 1]);
console.log(a.findIndex(x => x === 1), a.findLastIndex(x => x === 1), a.findIndex(x => x !== x), a.findIndex(x => Object.is(x, -0)));
console.log(a.findIndex(x => x > 9), a.findLastIndex(x => x > 9), new Float64Array(0).findLastIndex(x => true));

// case: find-in-every-kind
// needs: typed-arrays
console.log(new Int8Array([-1, 2]).find(x => x < 0), new Uint8ClampedArray([9]).findLast(x => x > 0), new Uint16Array([65535]).find(x => x > 1));
console.log(new Int32Array([-2147483648]).find(x => x < 0), new Uint32Array([4294967295]).findLast(x => x > 0), new Float32Array([0.1]).find(x => x > 0));
console.log(new Float64Array([-0]).find(x => x === 0), new BigInt64Array([-1n, 2n]).find(x => x > 0n), new BigUint64Array([18446744073709551615n]).findLast(x => x > 1n));

// case: find-sees-stores-made-by-the-callback
// needs: typed-arrays
const a = new Int16Array([1, 2, 3]);
console.log(a.find(x => { a[2] = 9; return x > 5; }), a);

// case: reduce
// needs: typed-arrays
const a = new Int16Array([1, 2, 3, 4]);
console.log(a.reduce((acc, x) => acc + x), a.reduce((acc, x) => acc * 10 + x, 0), a.reduceRight((acc, x) => acc * 10 + x), a.reduceRight((acc, x) => acc - x, 100));

// case: reduce-one-element-no-callback-call
// needs: typed-arrays
console.log(new Int16Array([7]).reduce((acc, x) => acc + x + 1000), new Int16Array([7]).reduceRight((acc, x) => acc + x + 1000));
console.log(new Int16Array(0).reduce((acc, x) => acc + x, 5), new Int16Array(0).reduceRight((acc, x) => acc + x, 5));

// case: reduce-wide-kinds
// needs: typed-arrays
console.log(new Uint32Array([4294967295, 1]).reduce((acc, x) => acc + x), new Float32Array([0.1, 0.2]).reduce((acc, x) => acc + x));
console.log(new Float64Array([0.1, 0.2]).reduceRight((acc, x) => acc + x, 0), new BigInt64Array([2n ** 62n, 2n ** 62n]).reduce((acc, x) => acc + x));
console.log(new BigUint64Array([1n, 2n, 3n]).reduceRight((acc, x) => acc * 10n + x), new BigInt64Array(0).reduce((acc, x) => acc + x, 0n));

// case: reduce-empty-without-initial-value
// needs: typed-arrays
new Float64Array(0).reduce((acc, x) => acc + x);

// case: reduce-right-empty-without-initial-value
// needs: typed-arrays
new BigInt64Array(0).reduceRight((acc, x) => acc + x);

// case: map-keeps-the-kind
// needs: typed-arrays
const a = new Int8Array([1, 2, 3]);
const m = a.map(x => x * 100);
console.log(m, a, m.buffer === a.buffer, m.byteOffset);
console.log(new Uint8ClampedArray([100, 200]).map(x => x * 2), new Uint16Array([1]).map(x => x - 2), new Uint32Array([1]).map(x => x - 2));
console.log(new Float32Array([1, 2]).map(x => x / 3), new Float64Array([1, 2]).map(x => x / 3), new BigInt64Array([2n ** 62n]).map(x => x * 2n));

// case: map-of-a-subarray
// needs: typed-arrays
const m = new Int16Array([1, 2, 3, 4]).subarray(2).map(x => -x);
console.log(m, m.byteOffset, m.buffer.byteLength);

// case: filter
// needs: typed-arrays
const a = new Int16Array([5, -1, 7, 0]);
const f = a.filter(x => x > 0);
console.log(f, f.buffer.byteLength, a.filter(x => false), new Float64Array([NaN, 1, NaN]).filter(x => x !== x), new BigUint64Array([1n, 2n]).filter(x => x > 1n));

// case: every-and-some
// needs: typed-arrays
const a = new Int32Array([1, 2, 3]);
console.log(a.every(x => x > 0), a.every(x => x > 1), a.some(x => x > 2), a.some(x => x > 3));
console.log(new Float32Array(0).every(x => false), new Float32Array(0).some(x => true), new BigInt64Array([-1n]).some(x => x < 0n), new Float64Array([NaN]).every(x => x !== x));

// case: every-and-some-stop-early
// needs: typed-arrays
const seen = [];
new Uint16Array([1, 2, 3]).every(x => { seen.push(x); return x < 2; });
new Uint16Array([4, 5, 6]).some(x => { seen.push(x); return x > 4; });
console.log(seen);

// case: for-each
// needs: typed-arrays
const out = [];
new Int8Array([-1, 1]).forEach(x => out.push(x));
new Float64Array([-0, 0.5]).forEach(x => out.push(x));
new BigUint64Array([18446744073709551615n]).forEach(x => out.push(x));
new Int16Array(0).forEach(x => out.push(x));
console.log(out);

// case: keys-values-entries
// needs: typed-arrays
const a = new Int16Array([-1, 300]);
console.log([...a.keys()], [...a.values()], [...a.entries()], [...a]);
console.log(Array.from(new Float32Array([0.1, -0]).values()), Array.from(new BigInt64Array([-1n]).entries()), [...new Float64Array(0).keys()]);

// case: for-of
// needs: typed-arrays
const out = [];
for (let x of new Uint32Array([4294967295, 0])) out.push(x);
for (let x of new Float64Array([NaN, -0])) out.push(x);
for (let x of new BigInt64Array([2n ** 63n - 1n])) out.push(x);
console.log(out);

// case: iteration-of-a-subarray
// needs: typed-arrays
const s = new Int16Array([1, 2, 3, 4]).subarray(1, 3);
console.log([...s.entries()], [...s.keys()], Array.from(s));

// case: values-are-live
// needs: typed-arrays
const a = new Int16Array([1, 2, 3]);
const out = [];
for (let x of a.values()) {
  out.push(x);
  a[2] = -7;
}
console.log(out);

// case: buffer-find-and-find-last
// needs: typed-arrays
const b = Buffer.from('0105030702', 'hex');
console.log(b.find(x => x > 4), b.findLast(x => x > 4), b.find(x => x > 100), b.findLast(x => x > 100), Buffer.alloc(0).find(x => true));

// case: buffer-reduce-and-reduce-right
// needs: typed-arrays
const b = Buffer.from('01020304', 'hex');
console.log(b.reduce((acc, x) => acc + x), b.reduce((acc, x) => acc * 10 + x, 0), b.reduceRight((acc, x) => acc * 10 + x), b.reduceRight((acc, x) => acc - x, 100));
console.log(Buffer.from('ff', 'hex').reduce((acc, x) => acc + x + 1000), Buffer.alloc(0).reduce((acc, x) => acc + x, 5), Buffer.alloc(0).reduceRight((acc, x) => acc + x, 6));

// case: buffer-reduce-empty-without-initial-value
// needs: typed-arrays
Buffer.alloc(0).reduce((acc, x) => acc + x);

// case: buffer-reduce-right-empty-without-initial-value
// needs: typed-arrays
Buffer.from('abc').subarray(3).reduceRight((acc, x) => acc + x);
