// section: Class: SlowBuffer

// case: like-allocunsafeslow
const buf = buffer.SlowBuffer(3);
console.log(buf.length, buf.buffer.byteLength, buf.byteOffset, Buffer.isBuffer(buf));

// case: never-pooled
buffer.SlowBuffer(16);
console.log(Buffer.allocUnsafe(1).byteOffset);

// case: zero-size
console.log(buffer.SlowBuffer(0).length);

// case: negative-size
buffer.SlowBuffer(-1);
