// section: Static method: Buffer.from(string[, encoding])

// case: reservation-exact-fit
// 1022 units reserve 4088 bytes, exactly the room left after 8 + 4088: the string stays on the
// slab, and the next one follows it.
const a = Buffer.allocUnsafe(8);
const b = Buffer.allocUnsafe(4088);
const s = Buffer.from('a'.repeat(1022));
const t = Buffer.from('b');
console.log(s.buffer === a.buffer, s.byteOffset, s.length, t.buffer === a.buffer, t.byteOffset);

// case: reservation-one-past-the-room
const a = Buffer.allocUnsafe(8);
const b = Buffer.allocUnsafe(4088);
const s = Buffer.from('a'.repeat(1023));
console.log(s.buffer === a.buffer, s.byteOffset, s.length);
