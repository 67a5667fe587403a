// section: TypedArray elements: storing and reading numbers

// case: int8-wraps
// needs: typed-arrays
const a = new Int8Array(8);
a[0] = 127;
a[1] = 128;
a[2] = -129;
a[3] = 255;
a[4] = 1.9;
a[5] = -1.9;
a[6] = 2 ** 53 + 2;
a[7] = 2 ** 64 - 1;
console.log(a);

// case: uint8-wraps
// needs: typed-arrays
const a = new Uint8Array(new ArrayBuffer(4));
a[0] = -1;
a[1] = 256;
a[2] = 511.9;
a[3] = -0.5;
console.log(a);

// case: uint8-clamped-rounds-half-to-even
// needs: typed-arrays
const a = new Uint8ClampedArray(10);
a[0] = 0.5;
a[1] = 1.5;
a[2] = 2.5;
a[3] = 254.5;
a[4] = 254.51;
a[5] = 253.49;
a[6] = 300;
a[7] = -5;
a[8] = 0.49999999999999994;
a[9] = 1e300;
console.log(a);

// case: int16-wraps
// needs: typed-arrays
const a = new Int16Array(5);
a[0] = 32768;
a[1] = 65535;
a[2] = -32769;
a[3] = 70000;
a[4] = -70000.7;
console.log(a);

// case: uint16-wraps
// needs: typed-arrays
const a = new Uint16Array(4);
a[0] = -1;
a[1] = 65536;
a[2] = 65537.9;
a[3] = 2 ** 32 + 7;
console.log(a);

// case: int32-wraps
// needs: typed-arrays
const a = new Int32Array(6);
a[0] = 2 ** 31;
a[1] = 2 ** 32 + 5;
a[2] = -(2 ** 31) - 1;
a[3] = 4294967295;
a[4] = 2 ** 53 + 2;
a[5] = -1.5;
console.log(a);

// case: uint32-wraps
// needs: typed-arrays
const a = new Uint32Array(5);
a[0] = -1;
a[1] = 2 ** 32;
a[2] = 2 ** 32 + 1.5;
a[3] = -(2 ** 32) - 1;
a[4] = 2 ** 64 + 2 ** 12;
console.log(a);

// case: float32-rounds
// needs: typed-arrays
const a = new Float32Array(8);
a[0] = 0.1;
a[1] = 16777217;
a[2] = 16777219;
a[3] = 1e40;
a[4] = -1e40;
a[5] = 3.4028235e38;
a[6] = 1e-46;
a[7] = -1e-46;
console.log(a);

// case: float32-subnormals
// needs: typed-arrays
const a = new Float32Array(3);
a[0] = 1.401298464324817e-45;
a[1] = 7e-46;
a[2] = 1.1754942e-38;
console.log(a);

// case: float64-keeps-every-double
// needs: typed-arrays
const a = new Float64Array(5);
a[0] = 0.1;
a[1] = 2 ** 53 + 1;
a[2] = -0;
a[3] = 2.5e-323;
a[4] = Number.MAX_VALUE;
// Rhino prints the smallest denormal as 4.9e-324: it is compared, not printed.
console.log(a, new Float64Array([5e-324])[0] === Number.MIN_VALUE);

// case: nan-infinity-and-negative-zero
// needs: typed-arrays
const i8 = new Int8Array(3);
const c = new Uint8ClampedArray(3);
const u32 = new Uint32Array(3);
const f32 = new Float32Array(4);
const f64 = new Float64Array(3);
i8[0] = NaN;
i8[1] = Infinity;
i8[2] = -0;
c[0] = NaN;
c[1] = Infinity;
c[2] = -Infinity;
u32[0] = NaN;
u32[1] = -Infinity;
u32[2] = -0;
f32[0] = NaN;
f32[1] = Infinity;
f32[2] = -Infinity;
f32[3] = -0;
f64[0] = -Infinity;
f64[1] = NaN;
f64[2] = -0;
console.log(i8, c, u32);
console.log(f32, f64, Object.is(f32[3], -0), Object.is(f64[2], -0));

// case: bigint64-wraps
// needs: typed-arrays
const a = new BigInt64Array(5);
a[0] = 2n ** 63n;
a[1] = -(2n ** 63n) - 1n;
a[2] = 2n ** 64n + 5n;
a[3] = -1n;
a[4] = 9223372036854775807n;
console.log(a, typeof a[0]);

// case: biguint64-wraps
// needs: typed-arrays
const a = new BigUint64Array(4);
a[0] = -1n;
a[1] = 2n ** 64n;
a[2] = 2n ** 65n + 3n;
a[3] = -(2n ** 64n) - 2n;
console.log(a);

// case: number-into-a-bigint-kind
// needs: typed-arrays, loose-types
const a = new BigInt64Array(1);
a[0] = 1;

// case: bigint-into-a-number-kind
// needs: typed-arrays, loose-types
const a = new Int32Array(1);
a[0] = 1n;

// case: out-of-range-index
// needs: typed-arrays
const a = new Int16Array(2);
a[2] = 5;
a[100] = 5;
console.log(a, a[2], a[100], new BigInt64Array(1)[1], new Float64Array(0)[0]);

// case: little-endian-bytes
// needs: typed-arrays
const ab = new ArrayBuffer(16);
const u8 = new Uint8Array(ab);
new Int16Array(ab)[0] = -2;
new Uint32Array(ab)[1] = 0x01020304;
new Float64Array(ab)[1] = -0;
console.log(u8);
new BigInt64Array(ab)[1] = -2n;
new Float32Array(ab)[0] = 1;
console.log(u8, new Int32Array(ab)[0], new Float64Array(ab)[1]);

// case: views-of-one-buffer-share-elements
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const f64 = new Float64Array(ab);
const u32 = new Uint32Array(ab);
const i16 = new Int16Array(ab, 6, 1);
f64[0] = 1;
console.log(u32, i16);
i16[0] = -1;
console.log(f64, new BigUint64Array(ab));
