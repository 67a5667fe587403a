// section: buf[index]

// case: doc-example
const str = 'Node.js';
const buf = Buffer.allocUnsafe(str.length);
for (let i = 0; i < str.length; i++) {
  buf[i] = str.charCodeAt(i);
}
console.log(buf.toString('utf8'));

// case: read
const b = Buffer.from('00017fff', 'hex');
console.log(b[0], b[1], b[2], b[3]);

// case: store-is-touint8
const b = Buffer.alloc(8);
b[0] = 257;
b[1] = -1;
b[2] = 1.9;
b[3] = 256.5;
b[4] = -0.5;
b[5] = -129;
b[6] = 65535;
b[7] = 2147483648;
console.log(b);

// case: store-coerces-non-integers
const b = Buffer.alloc(6);
b[0] = '7';
b[1] = NaN;
b[2] = Infinity;
b[3] = 1e10;
b[4] = -Infinity;
b[5] = 4294967297;
console.log(b);

// case: out-of-range-read-is-undefined
const b = Buffer.from('ab');
console.log(b[2], b[100], b[-1]);

// case: out-of-range-store-is-ignored
const b = Buffer.from('ab');
b[2] = 1;
b[100] = 1;
console.log(b, b.length, b[2]);

// case: view-index-is-relative
const b = Buffer.from('abcdef');
const s = b.subarray(2);
s[0] = 0x7a;
console.log(b.toString(), s[0], s[3], s[4]);

// case: uint8array
const u = new Uint8Array(3);
u[0] = 300;
u[2] = -2;
u[3] = 9;
console.log(u[0], u[1], u[2], u[3], u.length);
