// section: TypedArray constructors, BYTES_PER_ELEMENT, from() and of()

// case: length
// needs: typed-arrays
console.log(new Int8Array(2), new Uint8ClampedArray(2), new Int16Array(2), new Uint16Array(2));
console.log(new Int32Array(2), new Uint32Array(2), new Float32Array(2), new Float64Array(2));
console.log(new BigInt64Array(2), new BigUint64Array(2));

// case: length-allocates-its-own-buffer
// needs: typed-arrays
const a = new Int32Array(3);
const b = new Float64Array(0);
console.log(a.length, a.byteLength, a.byteOffset, a.buffer, b, b.buffer);

// case: negative-length
// needs: typed-arrays
new Int16Array(-1);

// case: array
// needs: typed-arrays
console.log(new Int8Array([1, -1, 127, -128]), new Int16Array([1, -2]), new Uint16Array([0, 65535]));
console.log(new Int32Array([-2147483648, 2147483647]), new Uint32Array([0, 4294967295]));
console.log(new Float32Array([0.5, -0, 0.001]), new Float64Array([0.1, -0, NaN, -Infinity]));
console.log(new BigInt64Array([1n, -1n]), new BigUint64Array([0n, 18446744073709551615n]));

// case: array-elements-are-converted
// needs: typed-arrays
console.log(new Int8Array([200, -129]), new Uint8ClampedArray([300, -5]), new Uint16Array([-1, 65536]));
console.log(new Uint32Array([-1]), new BigInt64Array([2n ** 63n]), new BigUint64Array([-1n, 2n ** 64n + 1n]));

// case: array-fractions-are-converted
// needs: typed-arrays, fractional-numbers
console.log(new Int16Array([1.5, -1.5, 2.9]), new Uint8ClampedArray([0.5, 1.5, 2.5, 254.5]), new Int8Array([NaN, Infinity]));

// case: array-int32-beyond-int
// needs: typed-arrays, large-numbers
console.log(new Int32Array([2147483648, 4294967295]), new Uint16Array([2 ** 53]));

// case: array-bigint-into-a-number-kind
// needs: typed-arrays, loose-types
new Int16Array([1n]);

// case: array-number-into-a-bigint-kind
// needs: typed-arrays, loose-types
new BigInt64Array([1]);

// case: copy-of-a-typed-array
// needs: typed-arrays
const src = new Int16Array([1, -1, 300]);
const copy = new Int16Array(src);
src[0] = 9;
console.log(copy, copy.buffer === src.buffer, copy.byteOffset);

// case: copy-converts-across-kinds
// needs: typed-arrays
const src = new Int16Array([1, -1, 300]);
console.log(new Uint8Array(src), new Int8Array(src), new Uint8ClampedArray(src), new Uint32Array(src));
console.log(new Float32Array(src), new Float64Array(new Uint32Array([4294967295])));

// case: copy-converts-floats
// needs: typed-arrays
const f = new Float64Array([1.5, -1.5, 2.5, NaN, 70000.9, -Infinity, -0]);
console.log(new Int16Array(f), new Uint8ClampedArray(f), new Uint32Array(f), new Float32Array(f));

// case: copy-of-a-view-copies-its-elements-only
// needs: typed-arrays
const view = new Int8Array([1, 2, 3, 4]).subarray(1, 3);
console.log(new Float64Array(view), new Int16Array(Buffer.from('abc')));

// case: copy-between-bigint-kinds
// needs: typed-arrays
console.log(new BigInt64Array(new BigUint64Array([18446744073709551615n])), new BigUint64Array(new BigInt64Array([-2n])));

// case: copy-number-kind-into-bigint-kind
// needs: typed-arrays
new BigInt64Array(new Int16Array(2));

// case: copy-bigint-kind-into-number-kind
// needs: typed-arrays
new Float64Array(new BigUint64Array(1));

// case: over-an-array-buffer
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const whole = new Int16Array(ab);
const tail = new Int16Array(ab, 4);
const mid = new Int16Array(ab, 2, 2);
mid[0] = -1;
tail[1] = 0x1234;
console.log(whole, tail, mid, new Uint8Array(ab));
console.log(whole.length, tail.length, tail.byteOffset, tail.byteLength, mid.byteOffset, mid.byteLength, mid.buffer === ab);

// case: over-an-array-buffer-empty-views
// needs: typed-arrays
const ab = new ArrayBuffer(8);
console.log(new Float64Array(ab, 8), new Int16Array(ab, 2, 0), new BigInt64Array(new ArrayBuffer(0)));

// case: over-an-array-buffer-explicit-length-ignores-the-rest
// needs: typed-arrays
const a = new Int16Array(new ArrayBuffer(5), 2, 1);
console.log(a, a.byteOffset, a.byteLength);

// case: start-offset-not-aligned
// needs: typed-arrays
new Int16Array(new ArrayBuffer(4), 1);

// case: start-offset-not-aligned-float64
// needs: typed-arrays
new Float64Array(new ArrayBuffer(16), 4);

// case: start-offset-alignment-checked-first
// needs: typed-arrays
new Int32Array(new ArrayBuffer(3), 2, 9);

// case: byte-length-not-a-multiple
// needs: typed-arrays
new Int32Array(new ArrayBuffer(6));

// case: byte-length-not-a-multiple-after-an-offset
// needs: typed-arrays
new Int16Array(new ArrayBuffer(5), 2);

// case: byte-length-checked-before-the-offset-range
// needs: typed-arrays
new Int16Array(new ArrayBuffer(3), 4);

// case: start-offset-past-the-end
// needs: typed-arrays
new Int16Array(new ArrayBuffer(4), 6);

// case: negative-start-offset
// needs: typed-arrays
new Int16Array(new ArrayBuffer(4), -2);

// case: length-past-the-end
// needs: typed-arrays
new Int16Array(new ArrayBuffer(4), 2, 2);

// case: negative-length-over-an-array-buffer
// needs: typed-arrays
new BigInt64Array(new ArrayBuffer(8), 0, -1);

// case: bytes-per-element-static
// needs: typed-arrays
console.log(Int8Array.BYTES_PER_ELEMENT, Uint8Array.BYTES_PER_ELEMENT, Uint8ClampedArray.BYTES_PER_ELEMENT);
console.log(Int16Array.BYTES_PER_ELEMENT, Uint16Array.BYTES_PER_ELEMENT, Int32Array.BYTES_PER_ELEMENT, Uint32Array.BYTES_PER_ELEMENT);
console.log(Float32Array.BYTES_PER_ELEMENT, Float64Array.BYTES_PER_ELEMENT, BigInt64Array.BYTES_PER_ELEMENT, BigUint64Array.BYTES_PER_ELEMENT);

// case: bytes-per-element-instance
// needs: typed-arrays
const ab = new ArrayBuffer(16);
console.log(new Int8Array(1).BYTES_PER_ELEMENT, new Uint8ClampedArray(0).BYTES_PER_ELEMENT, new Uint16Array(ab, 2).BYTES_PER_ELEMENT);
console.log(new Int32Array(ab).BYTES_PER_ELEMENT, new Float32Array(1).BYTES_PER_ELEMENT, new Float64Array(ab, 8).BYTES_PER_ELEMENT, new BigUint64Array(0).BYTES_PER_ELEMENT);

// case: of
// needs: typed-arrays
console.log(Int8Array.of(1, -1, 200), Uint8ClampedArray.of(300, -1), Int16Array.of(), Uint16Array.of(70000));
console.log(Int32Array.of(-5), Uint32Array.of(-1), Float32Array.of(0.1), Float64Array.of(-0, NaN));
console.log(BigInt64Array.of(-1n, 2n ** 63n), BigUint64Array.of(-1n), Uint8Array.of(1, 256));

// case: from-an-array
// needs: typed-arrays
console.log(Int16Array.from([1, 2, 70000]), Uint8Array.from([1, 256]), Float32Array.from([16777217]), BigInt64Array.from([1n, -1n]));

// case: from-a-typed-array
// needs: typed-arrays
const src = new Int8Array([-1, 2]);
const f = Int8Array.from(src);
src[0] = 5;
console.log(f, f.buffer === src.buffer, Float64Array.from(src), Uint16Array.from(src), BigUint64Array.from(new BigInt64Array([-1n])));

// case: from-fractions
// needs: typed-arrays, fractional-numbers
console.log(Int16Array.from([1.5, -2.5]), Uint8ClampedArray.from([1.5, 2.5]), Uint8ClampedArray.of(0.5));

// case: from-bigint-kind-into-number-kind
// needs: typed-arrays
Int16Array.from(new BigInt64Array(1));

// case: from-number-kind-into-bigint-kind
// needs: typed-arrays
BigInt64Array.from(new Int16Array([7]));

// case: of-number-into-bigint-kind
// needs: typed-arrays, loose-types
BigInt64Array.of(1);

// case: is-view
// needs: typed-arrays
const ab = new ArrayBuffer(8);
console.log(ArrayBuffer.isView(new Int16Array(ab)), ArrayBuffer.isView(new BigUint64Array(1)), ArrayBuffer.isView(new Float32Array(0)));
console.log(ArrayBuffer.isView(Buffer.alloc(1)), ArrayBuffer.isView(new Uint8Array(1)), ArrayBuffer.isView(ab), ArrayBuffer.isView([1, 2]));
