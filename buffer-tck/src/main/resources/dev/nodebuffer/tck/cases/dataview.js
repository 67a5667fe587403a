// section: DataView

// A DataView reads and writes numbers of any width at any offset of an ArrayBuffer, in either
// byte order (big-endian when littleEndian is left out). Node 22 has no getFloat16/setFloat16.

// case: constructors
// needs: typed-arrays
const ab = new ArrayBuffer(16);
for (let dv of [new DataView(ab), new DataView(ab, 3), new DataView(ab, 3, 4), new DataView(ab, 16), new DataView(ab, 16, 0), new DataView(ab, 0, 0)]) {
  console.log(dv.buffer === ab, dv.byteOffset, dv.byteLength);
}

// case: empty-array-buffer
// needs: typed-arrays
const dv = new DataView(new ArrayBuffer(0));
console.log(dv.byteOffset, dv.byteLength, dv.buffer.byteLength);

// case: to-string
// needs: typed-arrays
console.log(String(new DataView(new ArrayBuffer(2))));

// case: over-a-pooled-buffer
// needs: typed-arrays
// A view over the slab of a pooled Buffer, where the Buffer's bytes are: they share memory.
const buf = Buffer.from('0102030405060708', 'hex');
const dv = new DataView(buf.buffer, buf.byteOffset, buf.length);
console.log(dv.buffer === buf.buffer, dv.byteOffset === buf.byteOffset, dv.byteLength);
console.log(dv.getUint32(0), dv.getUint32(4, true), dv.getUint8(7));
dv.setUint16(1, 0xabcd);
dv.setInt32(4, -2, true);
console.log(buf);
buf[0] = 0x80;
console.log(dv.getInt8(0), dv.getUint16(0, true));

// case: views-share-memory
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const a = new DataView(ab, 2);
const b = new DataView(ab, 4, 2);
a.setUint32(2, 0x11223344);
console.log(b.getUint16(0), b.getUint16(0, true), Buffer.from(ab));

// case: offsets-are-relative-to-the-view
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const dv = new DataView(ab, 3, 4);
dv.setUint8(0, 1);
dv.setUint8(3, 4);
console.log(Buffer.from(ab), dv.getUint8(0), dv.getUint8(3));

// case: getters-big-endian-by-default
// needs: typed-arrays
const ab = new ArrayBuffer(8);
Buffer.from(ab).write('fedcba9876543210', 'hex');
const dv = new DataView(ab);
console.log(dv.getInt8(0), dv.getUint8(0), dv.getInt16(0), dv.getUint16(0), dv.getInt32(0), dv.getUint32(0));
console.log(dv.getFloat32(0), dv.getFloat64(0), dv.getBigInt64(0), dv.getBigUint64(0));

// case: getters-big-endian
// needs: typed-arrays
const ab = new ArrayBuffer(8);
Buffer.from(ab).write('fedcba9876543210', 'hex');
const dv = new DataView(ab);
console.log(dv.getInt16(0, false), dv.getUint16(0, false), dv.getInt32(0, false), dv.getUint32(0, false));
console.log(dv.getFloat32(0, false), dv.getFloat64(0, false), dv.getBigInt64(0, false), dv.getBigUint64(0, false));

// case: getters-little-endian
// needs: typed-arrays
const ab = new ArrayBuffer(8);
Buffer.from(ab).write('fedcba9876543210', 'hex');
const dv = new DataView(ab);
console.log(dv.getInt16(0, true), dv.getUint16(0, true), dv.getInt32(0, true), dv.getUint32(0, true));
console.log(dv.getFloat32(0, true), dv.getFloat64(0, true), dv.getBigInt64(0, true), dv.getBigUint64(0, true));

// case: getters-at-every-offset
// needs: typed-arrays
// Unaligned reads: each getter at every offset where its value fits in a 9-byte view.
const ab = new ArrayBuffer(9);
Buffer.from(ab).write('0102030405060708ff', 'hex');
const dv = new DataView(ab);
for (let [name, width] of [['getInt16', 2], ['getUint16', 2], ['getInt32', 4], ['getUint32', 4], ['getBigInt64', 8], ['getBigUint64', 8]]) {
  let parts = [];
  for (let i = 0; i + width <= 9; i++) parts.push(String(dv[name](i)) + '/' + String(dv[name](i, true)));
  console.log(name, parts.join(' '));
}

// case: getters-at-the-last-fitting-offset
// needs: typed-arrays
const dv = new DataView(new ArrayBuffer(10), 1, 8);
dv.setUint8(7, 0x7f);
console.log(dv.getInt8(7), dv.getUint8(7), dv.getInt16(6), dv.getUint16(6, true), dv.getInt32(4), dv.getUint32(4, true));
console.log(dv.getFloat32(4), dv.getFloat64(0), dv.getBigInt64(0), dv.getBigUint64(0, true));

// case: getters-extremes
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const dv = new DataView(ab);
const mem = Buffer.from(ab);
for (let hex of ['0000000000000000', 'ffffffffffffffff', '8000000000000000', '7fffffffffffffff', '0000000000000080', '00000000000000ff']) {
  mem.write(hex, 'hex');
  console.log(hex, dv.getInt8(0), dv.getUint8(0), dv.getInt16(0), dv.getUint16(0), dv.getInt32(0), dv.getUint32(0),
    dv.getBigInt64(0), dv.getBigUint64(0), dv.getBigInt64(0, true), dv.getBigUint64(0, true));
}

// case: setters-big-endian-by-default
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const dv = new DataView(ab);
const mem = Buffer.from(ab);
dv.setInt8(0, -2); console.log(mem);
dv.setUint8(1, 0xfe); console.log(mem);
dv.setInt16(0, -2); console.log(mem);
dv.setUint16(2, 0xabcd); console.log(mem);
dv.setInt32(0, -2); console.log(mem);
dv.setUint32(4, 0x89abcdef); console.log(mem);
dv.setFloat32(0, 1.5); console.log(mem);
dv.setFloat64(0, 1.5); console.log(mem);
dv.setBigInt64(0, -2n); console.log(mem);
dv.setBigUint64(0, 0x0102030405060708n); console.log(mem);

// case: setters-big-endian
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const dv = new DataView(ab);
const mem = Buffer.from(ab);
dv.setInt16(0, -2, false); console.log(mem, dv.getInt16(0, false));
dv.setUint16(2, 0xabcd, false); console.log(mem, dv.getUint16(2, false));
dv.setInt32(0, -2, false); console.log(mem, dv.getInt32(0, false));
dv.setUint32(4, 0x89abcdef, false); console.log(mem, dv.getUint32(4, false));
dv.setFloat32(0, 1.5, false); console.log(mem, dv.getFloat32(0, false));
dv.setFloat64(0, -1.5, false); console.log(mem, dv.getFloat64(0, false));
dv.setBigInt64(0, -2n, false); console.log(mem, dv.getBigInt64(0, false));
dv.setBigUint64(0, 0x0102030405060708n, false); console.log(mem, dv.getBigUint64(0, false));

// case: setters-little-endian
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const dv = new DataView(ab);
const mem = Buffer.from(ab);
dv.setInt16(0, -2, true); console.log(mem, dv.getInt16(0, true));
dv.setUint16(2, 0xabcd, true); console.log(mem, dv.getUint16(2, true));
dv.setInt32(0, -2, true); console.log(mem, dv.getInt32(0, true));
dv.setUint32(4, 0x89abcdef, true); console.log(mem, dv.getUint32(4, true));
dv.setFloat32(0, 1.5, true); console.log(mem, dv.getFloat32(0, true));
dv.setFloat64(0, -1.5, true); console.log(mem, dv.getFloat64(0, true));
dv.setBigInt64(0, -2n, true); console.log(mem, dv.getBigInt64(0, true));
dv.setBigUint64(0, 0x0102030405060708n, true); console.log(mem, dv.getBigUint64(0, true));

// case: setters-at-the-last-fitting-offset
// needs: typed-arrays
const ab = new ArrayBuffer(10);
const dv = new DataView(ab, 1, 8);
const mem = Buffer.from(ab);
dv.setInt8(7, 1); dv.setUint8(7, 2); console.log(mem);
dv.setInt16(6, 3); dv.setUint16(6, 4, true); console.log(mem);
dv.setInt32(4, 5, true); dv.setUint32(4, 6); console.log(mem);
dv.setFloat32(4, 1); console.log(mem);
dv.setFloat64(0, 1, true); console.log(mem);
dv.setBigInt64(0, 7n); console.log(mem);
dv.setBigUint64(0, 8n, true); console.log(mem);

// case: setters-return-undefined
// needs: typed-arrays
const dv = new DataView(new ArrayBuffer(8));
console.log(dv.setInt8(0, 1), dv.setUint8(0, 1), dv.setInt16(0, 1), dv.setUint16(0, 1), dv.setInt32(0, 1));
console.log(dv.setUint32(0, 1), dv.setFloat32(0, 1), dv.setFloat64(0, 1), dv.setBigInt64(0, 1n), dv.setBigUint64(0, 1n));

// case: integer-setters-keep-the-low-bits
// needs: typed-arrays
// ToInt8, ToUint8, ToInt16, ToUint16, ToUint32: the value modulo 2 ** bits.
const dv = new DataView(new ArrayBuffer(4));
dv.setUint8(0, 300); dv.setUint8(1, -1); dv.setInt8(2, 200); dv.setInt8(3, -129);
console.log(dv.getUint8(0), dv.getUint8(1), dv.getInt8(2), dv.getInt8(3));
dv.setUint16(0, -1); dv.setInt16(2, 70000);
console.log(dv.getUint16(0), dv.getInt16(2), dv.getUint16(2));
dv.setInt16(0, 32768); dv.setUint16(2, 65536);
console.log(dv.getInt16(0), dv.getUint16(2));
dv.setUint32(0, -1);
console.log(dv.getUint32(0), dv.getInt32(0));
dv.setUint32(0, 4294967296);
console.log(dv.getUint32(0));
dv.setUint32(0, -2147483648);
console.log(dv.getUint32(0), dv.getInt32(0));
dv.setInt32(0, -2147483648);
console.log(dv.getUint32(0), dv.getInt32(0));

// case: integer-setters-beyond-32-bits
// needs: typed-arrays, large-numbers
// ToInt32 of numbers an int cannot hold.
const dv = new DataView(new ArrayBuffer(4));
dv.setInt32(0, 4294967295); console.log(dv.getInt32(0));
dv.setInt32(0, 2 ** 32 + 5); console.log(dv.getInt32(0));
dv.setUint32(0, 2 ** 53 + 2); console.log(dv.getUint32(0));
dv.setUint8(0, 2 ** 40 + 3); console.log(dv.getUint8(0));

// case: bigint-setters-keep-the-low-64-bits
// needs: typed-arrays
// BigInt.asIntN(64, v) and BigInt.asUintN(64, v): both store the same 64 bits.
const ab = new ArrayBuffer(8);
const dv = new DataView(ab);
dv.setBigInt64(0, 2n ** 64n + 5n); console.log(dv.getBigInt64(0), Buffer.from(ab));
dv.setBigInt64(0, 2n ** 63n); console.log(dv.getBigInt64(0), dv.getBigUint64(0));
dv.setBigUint64(0, -1n); console.log(dv.getBigInt64(0), dv.getBigUint64(0));
dv.setBigUint64(0, -(2n ** 70n) - 3n); console.log(dv.getBigInt64(0), dv.getBigUint64(0), Buffer.from(ab));
dv.setBigUint64(0, 2n ** 64n - 1n, true); console.log(dv.getBigInt64(0, true), dv.getBigUint64(0, true));
dv.setBigInt64(0, -(2n ** 63n), true); console.log(dv.getBigInt64(0, true), Buffer.from(ab));

// case: float32-rounding
// needs: typed-arrays
// The float32 nearest to the value, ties to even; read back widened.
const ab = new ArrayBuffer(4);
const dv = new DataView(ab);
for (let v of [0.1, 1 / 3, 16777217, 16777219, 3.4028235677973366e38, 3.4028236e38, 1e40, 1.401298464324817e-45, 2 ** -150, 2 ** -149 * 1.5, -1e-50]) {
  dv.setFloat32(0, v);
  console.log(v, dv.getFloat32(0), Buffer.from(ab).toString('hex'), dv.getFloat32(0, true));
}

// case: floats-nan-infinity-minus-zero
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const dv = new DataView(ab);
const mem = Buffer.from(ab);
for (let v of [NaN, Infinity, -Infinity, -0, 0]) {
  dv.setFloat64(0, v);
  let be = mem.toString('hex');
  dv.setFloat64(0, v, true);
  let le = mem.toString('hex');
  console.log(v, be, le, dv.getFloat64(0, true), Object.is(dv.getFloat64(0, true), -0));
  mem.fill(0);
  dv.setFloat32(2, v);
  be = mem.toString('hex');
  dv.setFloat32(2, v, true);
  console.log(v, be, mem.toString('hex'), dv.getFloat32(2, true), Object.is(dv.getFloat32(2, true), -0));
}

// case: float-getters-of-special-bits
// needs: typed-arrays
const ab = new ArrayBuffer(8);
const dv = new DataView(ab);
const mem = Buffer.from(ab);
for (let hex of ['7ff0000000000000', 'fff0000000000000', '7ff8000000000000', 'fff8000000000001', '8000000000000000', '0010000000000000', '7fefffffffffffff']) {
  mem.write(hex, 'hex');
  console.log(hex, dv.getFloat64(0), dv.getFloat32(0), dv.getFloat32(4), dv.getFloat64(0, true));
}
// The smallest subnormal is compared, not printed: Rhino prints it as 4.9e-324.
mem.write('0000000000000001', 'hex');
console.log(dv.getFloat64(0) === 5e-324, dv.getFloat64(0) > 0, dv.getFloat64(0, true));

// case: constructor-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8), -1);

// case: constructor-offset-past-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8), 9);

// case: constructor-offset-past-the-end-with-a-length
// needs: typed-arrays
new DataView(new ArrayBuffer(8), 9, 0);

// case: constructor-negative-offset-and-length
// needs: typed-arrays
// The offset is checked first.
new DataView(new ArrayBuffer(8), -1, -1);

// case: constructor-negative-length
// needs: typed-arrays
new DataView(new ArrayBuffer(8), 0, -1);

// case: constructor-negative-length-at-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8), 8, -1);

// case: constructor-length-past-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8), 0, 9);

// case: constructor-offset-plus-length-past-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8), 4, 5);

// case: constructor-int-extremes
// needs: typed-arrays
new DataView(new ArrayBuffer(8), 1, 2147483647);

// case: constructor-largest-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8), 2147483647);

// case: constructor-smallest-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8), -2147483648);

// case: constructor-smallest-length
// needs: typed-arrays
new DataView(new ArrayBuffer(8), 0, -2147483648);

// case: constructor-null-buffer
// needs: typed-arrays
new DataView(null);

// case: constructor-null-buffer-with-an-offset
// needs: typed-arrays
// The buffer is checked before the offset.
new DataView(null, -1, -1);

// case: constructor-no-argument
// needs: typed-arrays, undefined
new DataView();

// case: constructor-of-a-buffer
// needs: typed-arrays, loose-types
// A Buffer is not an ArrayBuffer.
new DataView(Buffer.alloc(4));

// case: get-int8-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getInt8(-1);

// case: get-int8-does-not-fit
// needs: typed-arrays
// The buffer has room; the view does not.
new DataView(new ArrayBuffer(16), 1, 9).getInt8(9);

// case: get-int8-offset-at-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getInt8(8);

// case: set-int8-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setInt8(-1, 1);

// case: set-int8-does-not-fit
// needs: typed-arrays
// Nothing is written.
const ab = new ArrayBuffer(16);
try { new DataView(ab, 1, 9).setInt8(9, 1); } catch (e) { console.log('threw', Buffer.from(ab).toString('hex')); }
new DataView(ab, 1, 9).setInt8(9, 1);

// case: get-uint8-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getUint8(-1);

// case: get-uint8-does-not-fit
// needs: typed-arrays
// The buffer has room; the view does not.
new DataView(new ArrayBuffer(16), 1, 9).getUint8(9);

// case: get-uint8-offset-at-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getUint8(8);

// case: set-uint8-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setUint8(-1, 1);

// case: set-uint8-does-not-fit
// needs: typed-arrays
// Nothing is written.
const ab = new ArrayBuffer(16);
try { new DataView(ab, 1, 9).setUint8(9, 1); } catch (e) { console.log('threw', Buffer.from(ab).toString('hex')); }
new DataView(ab, 1, 9).setUint8(9, 1);

// case: get-int16-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getInt16(-1);

// case: get-int16-does-not-fit
// needs: typed-arrays
// The buffer has room; the view does not.
new DataView(new ArrayBuffer(16), 1, 9).getInt16(8);

// case: get-int16-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getInt16(7, true);

// case: get-int16-offset-at-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getInt16(8);

// case: set-int16-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setInt16(-1, 1);

// case: set-int16-does-not-fit
// needs: typed-arrays
// Nothing is written.
const ab = new ArrayBuffer(16);
try { new DataView(ab, 1, 9).setInt16(8, 1); } catch (e) { console.log('threw', Buffer.from(ab).toString('hex')); }
new DataView(ab, 1, 9).setInt16(8, 1);

// case: set-int16-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setInt16(7, 1, true);

// case: get-uint16-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getUint16(-1);

// case: get-uint16-does-not-fit
// needs: typed-arrays
// The buffer has room; the view does not.
new DataView(new ArrayBuffer(16), 1, 9).getUint16(8);

// case: get-uint16-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getUint16(7, true);

// case: get-uint16-offset-at-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getUint16(8);

// case: set-uint16-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setUint16(-1, 1);

// case: set-uint16-does-not-fit
// needs: typed-arrays
// Nothing is written.
const ab = new ArrayBuffer(16);
try { new DataView(ab, 1, 9).setUint16(8, 1); } catch (e) { console.log('threw', Buffer.from(ab).toString('hex')); }
new DataView(ab, 1, 9).setUint16(8, 1);

// case: set-uint16-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setUint16(7, 1, true);

// case: get-int32-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getInt32(-1);

// case: get-int32-does-not-fit
// needs: typed-arrays
// The buffer has room; the view does not.
new DataView(new ArrayBuffer(16), 1, 9).getInt32(6);

// case: get-int32-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getInt32(5, true);

// case: get-int32-offset-at-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getInt32(8);

// case: set-int32-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setInt32(-1, 1);

// case: set-int32-does-not-fit
// needs: typed-arrays
// Nothing is written.
const ab = new ArrayBuffer(16);
try { new DataView(ab, 1, 9).setInt32(6, 1); } catch (e) { console.log('threw', Buffer.from(ab).toString('hex')); }
new DataView(ab, 1, 9).setInt32(6, 1);

// case: set-int32-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setInt32(5, 1, true);

// case: get-uint32-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getUint32(-1);

// case: get-uint32-does-not-fit
// needs: typed-arrays
// The buffer has room; the view does not.
new DataView(new ArrayBuffer(16), 1, 9).getUint32(6);

// case: get-uint32-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getUint32(5, true);

// case: get-uint32-offset-at-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getUint32(8);

// case: set-uint32-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setUint32(-1, 1);

// case: set-uint32-does-not-fit
// needs: typed-arrays
// Nothing is written.
const ab = new ArrayBuffer(16);
try { new DataView(ab, 1, 9).setUint32(6, 1); } catch (e) { console.log('threw', Buffer.from(ab).toString('hex')); }
new DataView(ab, 1, 9).setUint32(6, 1);

// case: set-uint32-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setUint32(5, 1, true);

// case: get-float32-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getFloat32(-1);

// case: get-float32-does-not-fit
// needs: typed-arrays
// The buffer has room; the view does not.
new DataView(new ArrayBuffer(16), 1, 9).getFloat32(6);

// case: get-float32-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getFloat32(5, true);

// case: get-float32-offset-at-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getFloat32(8);

// case: set-float32-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setFloat32(-1, 1);

// case: set-float32-does-not-fit
// needs: typed-arrays
// Nothing is written.
const ab = new ArrayBuffer(16);
try { new DataView(ab, 1, 9).setFloat32(6, 1); } catch (e) { console.log('threw', Buffer.from(ab).toString('hex')); }
new DataView(ab, 1, 9).setFloat32(6, 1);

// case: set-float32-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setFloat32(5, 1, true);

// case: get-float64-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getFloat64(-1);

// case: get-float64-does-not-fit
// needs: typed-arrays
// The buffer has room; the view does not.
new DataView(new ArrayBuffer(16), 1, 9).getFloat64(2);

// case: get-float64-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getFloat64(1, true);

// case: get-float64-offset-at-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getFloat64(8);

// case: set-float64-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setFloat64(-1, 1);

// case: set-float64-does-not-fit
// needs: typed-arrays
// Nothing is written.
const ab = new ArrayBuffer(16);
try { new DataView(ab, 1, 9).setFloat64(2, 1); } catch (e) { console.log('threw', Buffer.from(ab).toString('hex')); }
new DataView(ab, 1, 9).setFloat64(2, 1);

// case: set-float64-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setFloat64(1, 1, true);

// case: get-bigint64-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getBigInt64(-1);

// case: get-bigint64-does-not-fit
// needs: typed-arrays
// The buffer has room; the view does not.
new DataView(new ArrayBuffer(16), 1, 9).getBigInt64(2);

// case: get-bigint64-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getBigInt64(1, true);

// case: get-bigint64-offset-at-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getBigInt64(8);

// case: set-bigint64-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setBigInt64(-1, 1n);

// case: set-bigint64-does-not-fit
// needs: typed-arrays
// Nothing is written.
const ab = new ArrayBuffer(16);
try { new DataView(ab, 1, 9).setBigInt64(2, 1n); } catch (e) { console.log('threw', Buffer.from(ab).toString('hex')); }
new DataView(ab, 1, 9).setBigInt64(2, 1n);

// case: set-bigint64-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setBigInt64(1, 1n, true);

// case: get-biguint64-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getBigUint64(-1);

// case: get-biguint64-does-not-fit
// needs: typed-arrays
// The buffer has room; the view does not.
new DataView(new ArrayBuffer(16), 1, 9).getBigUint64(2);

// case: get-biguint64-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getBigUint64(1, true);

// case: get-biguint64-offset-at-the-end
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getBigUint64(8);

// case: set-biguint64-negative-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setBigUint64(-1, 1n);

// case: set-biguint64-does-not-fit
// needs: typed-arrays
// Nothing is written.
const ab = new ArrayBuffer(16);
try { new DataView(ab, 1, 9).setBigUint64(2, 1n); } catch (e) { console.log('threw', Buffer.from(ab).toString('hex')); }
new DataView(ab, 1, 9).setBigUint64(2, 1n);

// case: set-biguint64-does-not-fit-little-endian
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setBigUint64(1, 1n, true);

// case: get-on-an-empty-view
// needs: typed-arrays
new DataView(new ArrayBuffer(8), 8).getUint8(0);

// case: largest-int-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).getFloat64(2147483647);

// case: smallest-int-offset
// needs: typed-arrays
new DataView(new ArrayBuffer(8)).setFloat64(-2147483648, 0);

// case: set-bigint64-undefined
// needs: typed-arrays, undefined
new DataView(new ArrayBuffer(8)).setBigInt64(0, undefined);

// case: set-biguint64-undefined
// needs: typed-arrays, undefined
new DataView(new ArrayBuffer(8)).setBigUint64(0, undefined, true);

// case: set-bigint64-undefined-negative-offset-first
// needs: typed-arrays, undefined
// V8 checks the offset's sign (ToIndex), then the value (ToBigInt), then that 8 bytes fit.
new DataView(new ArrayBuffer(8)).setBigInt64(-1, undefined);

// case: set-biguint64-undefined-before-the-fit
// needs: typed-arrays, undefined
new DataView(new ArrayBuffer(4)).setBigUint64(0, undefined);

// case: set-bigint64-null
// needs: typed-arrays, loose-types
// JavaScript's null is not undefined here: V8 names it.
new DataView(new ArrayBuffer(8)).setBigInt64(0, null);

// case: set-biguint64-number
// needs: typed-arrays, loose-types
new DataView(new ArrayBuffer(8)).setBigUint64(0, 1);

// case: set-bigint64-number-before-the-fit
// needs: typed-arrays, loose-types
new DataView(new ArrayBuffer(4)).setBigInt64(0, 1);

// case: fractional-offsets-truncate
// needs: typed-arrays, fractional-numbers
const dv = new DataView(new ArrayBuffer(4));
dv.setUint8(1.9, 7);
console.log(dv.getUint8(1), dv.getUint8(1.5), dv.getUint8(-0.5), dv.getUint8(NaN));

// case: fractional-values
// needs: typed-arrays, fractional-numbers
const dv = new DataView(new ArrayBuffer(4));
dv.setInt8(0, -1.9); dv.setUint8(1, 255.9); dv.setUint8(2, NaN); dv.setUint8(3, Infinity);
console.log(dv.getInt8(0), dv.getUint8(1), dv.getUint8(2), dv.getUint8(3));
dv.setUint32(0, -0.5); console.log(dv.getUint32(0));

// case: omitted-offset-and-value
// needs: typed-arrays, undefined
const dv = new DataView(new ArrayBuffer(8));
dv.setUint8(0, 5);
console.log(dv.getUint8(), dv.getUint16(undefined, undefined));
dv.setFloat64(0);
console.log(dv.getFloat64(0));

// case: offset-beyond-int
// needs: typed-arrays, large-numbers
new DataView(new ArrayBuffer(8)).getUint8(2 ** 53);

// case: offset-beyond-safe-integers
// needs: typed-arrays, large-numbers
new DataView(new ArrayBuffer(8)).getUint8(2 ** 53 + 2);

// case: truthy-little-endian
// needs: typed-arrays, loose-types
const dv = new DataView(new ArrayBuffer(2));
dv.setUint16(0, 1, 'yes');
console.log(dv.getUint16(0, 1), dv.getUint16(0, 0), dv.getUint16(0, ''));

// case: no-float16
// needs: typed-arrays, prototype-calls
console.log(typeof DataView.prototype.getFloat16, typeof DataView.prototype.setFloat16);
