// section: Static method: Buffer.compare(buf1, buf2)

// case: doc-example
const buf1 = Buffer.from('1234');
const buf2 = Buffer.from('0123');
const arr = [buf1, buf2];
console.log(arr.sort(Buffer.compare));

// case: results
const a = Buffer.from('010203', 'hex');
const c = Buffer.from('01020304', 'hex');
console.log(Buffer.compare(a, c), Buffer.compare(c, a), Buffer.compare(a, a), Buffer.compare(a, Buffer.from('010203', 'hex')), Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)));
console.log(Buffer.compare(Buffer.from('80', 'hex'), Buffer.from('7f', 'hex')), Buffer.compare(Buffer.from('00', 'hex'), Buffer.from('ff', 'hex')), Buffer.compare(Buffer.from('0200', 'hex'), Buffer.from('01ff', 'hex')));
console.log(Buffer.compare(Buffer.alloc(0), a), Buffer.compare(a, Buffer.alloc(0)), Buffer.compare(Buffer.alloc(200).fill(7), Buffer.alloc(200).fill(7)), Buffer.compare(Buffer.alloc(200).fill(7).fill(8, 199), Buffer.alloc(200).fill(7)));

// case: uint8array
const u = new Uint8Array(2);
u[0] = 1;
console.log(Buffer.compare(u, Buffer.from('0100', 'hex')), Buffer.compare(u, Buffer.from('01', 'hex')), Buffer.compare(Buffer.from('02', 'hex'), u), Buffer.compare(u, u));

// case: pooled-views
const a = Buffer.from('abc');
const c = Buffer.from('abd');
console.log(a.buffer === c.buffer, Buffer.compare(a, c), Buffer.compare(c, a));

// case: buf1-null
Buffer.compare(null, Buffer.alloc(1));

// case: buf2-null
Buffer.compare(Buffer.alloc(1), null);

// case: both-null-names-buf1
Buffer.compare(null, null);

// case: string-argument
// needs: loose-types
Buffer.compare('a', Buffer.alloc(1));
