// section: buf.slice([start[, end]])

// case: doc-example-shares-memory
const buf1 = Buffer.allocUnsafe(26);
for (let i = 0; i < 26; i++) {
  buf1[i] = i + 97;
}
const buf2 = buf1.slice(0, 3);
console.log(buf2.toString('ascii', 0, buf2.length));
buf1[0] = 33;
console.log(buf2.toString('ascii', 0, buf2.length));

// case: doc-example-negative-indexes
const buf = Buffer.from('buffer');
console.log(buf.slice(-6, -1).toString());
console.log(buf.slice(-6, -2).toString());
console.log(buf.slice(-5, -2).toString());

// case: doc-example-not-a-copy
const buf = Buffer.from('buffer');
const notReallyCopiedBuf = buf.slice();
notReallyCopiedBuf[0]++;
console.log(notReallyCopiedBuf.toString());
console.log(buf.toString());

// case: doc-example-uint8array-slice-copies
// needs: prototype-calls
const buf = Buffer.from('buffer');
const copiedBuf = Uint8Array.prototype.slice.call(buf);
copiedBuf[0]++;
console.log(copiedBuf.toString());
console.log(buf.toString());

// case: defaults-and-clamping
const b = Buffer.from('0102030405', 'hex');
console.log(b.slice(), b.slice(3), b.slice(-1), b.slice(1, -1), b.slice(-100, 100), b.slice(3, 1));

// case: a-view-not-a-copy
const b = Buffer.from('01020304', 'hex');
b.slice(1, 3).fill(9);
console.log(b, b.slice(1).buffer === b.buffer, b.slice(1) instanceof Buffer);
