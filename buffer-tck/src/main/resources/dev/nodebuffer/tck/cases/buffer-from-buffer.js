// section: Static method: Buffer.from(buffer)

// case: doc-example
const buf1 = Buffer.from('buffer');
const buf2 = Buffer.from(buf1);
buf1[0] = 0x61;
console.log(buf1.toString());
console.log(buf2.toString());

// case: uint8array
const u = new Uint8Array(3);
u[0] = 1;
u[2] = 255;
const buf = Buffer.from(u);
u[1] = 7;
console.log(buf, Buffer.isBuffer(buf));

// case: copies-only-the-view
const ab = new ArrayBuffer(6);
const whole = Buffer.from(ab);
whole.fill(9);
const part = Buffer.from(ab, 2, 3);
const copy = Buffer.from(part);
console.log(copy, copy.buffer === ab, copy.length);

// case: pooled
const source = Buffer.alloc(5, 1);
const a = Buffer.from(source);
const b = Buffer.from(source);
console.log(a.buffer.byteLength, a.buffer === b.buffer, b.byteOffset - a.byteOffset, a.byteOffset);

// case: large-is-not-pooled
const buf = Buffer.from(Buffer.alloc(4096, 2));
console.log(buf.buffer.byteLength, buf.byteOffset, buf[4095]);

// case: empty
const buf = Buffer.from(Buffer.alloc(0));
console.log(buf, buf.buffer.byteLength);
