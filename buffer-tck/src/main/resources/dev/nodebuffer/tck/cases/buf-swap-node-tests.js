// section: buf.swap16(), buf.swap32(), buf.swap64()
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: sixteen-bytes-each-way
const b = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex');
console.log(b.swap16() === b, b.toString('hex'));
console.log(b.swap16().swap32().toString('hex'));
console.log(b.swap32().swap64().toString('hex'));

// case: views-swap-in-place
const b = Buffer.from([1, 2, 3, 4, 5, 6, 7]);
b.slice(1, 5).swap32();
console.log(b);
b.slice(1, 5).swap16();
console.log(b);
const c = Buffer.alloc(32);
for (let i = 0; i < 32; i++) c[i] = (i % 16) + 1;
c.slice(2, 18).swap64();
console.log(c);

// case: unaligned-long-views
const d = Buffer.alloc(2048);
for (let i = 0; i < d.length; i++) d[i] = i % 8;
d.slice(1, d.length - 7).swap64();
console.log(d.slice(0, 18), d.slice(-10));
const e = Buffer.alloc(2048);
for (let i = 0; i < e.length; i++) e[i] = i % 4;
e.slice(1, e.length - 3).swap32();
console.log(e.slice(0, 10), e.slice(-6));

// case: swap32-of-a-two-byte-view
Buffer.from([1, 2, 3, 4, 5, 6, 7]).slice(1, 3).swap32();

// case: swap64-of-1025-bytes
Buffer.alloc(1025).swap64();

// case: swap16-over-uint32-array-memory
// needs: typed-arrays
const data = new Uint32Array(256).fill(0x04030201);
const buf = Buffer.from(data.buffer, data.byteOffset);
buf.swap16();
const other = new Uint32Array(256).fill(0x03040102);
console.log(buf.equals(Buffer.from(other.buffer)), buf.slice(0, 8), data[0] === 0x03040102, data[255] === 0x03040102);

// case: swap32-over-uint32-array-memory
// needs: typed-arrays
const data = new Uint32Array(256).fill(0x04030201);
const buf = Buffer.from(data.buffer);
buf.swap32();
const other = new Uint32Array(256).fill(0x01020304);
console.log(buf.equals(Buffer.from(other.buffer)), buf.slice(0, 8), data[0] === 0x01020304, data[255] === 0x01020304);
