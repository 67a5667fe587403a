// section: buf.toLocaleString(), buf.parent, buf.offset

// case: same-as-tostring
const b = Buffer.from('héllo');
console.log(b.toLocaleString(), b.toLocaleString('hex'), b.toLocaleString('latin1', 1), b.toLocaleString('utf8', 0, 1));

// case: unknown-encoding
Buffer.from('abc').toLocaleString('bogus');

// case: parent-and-offset
const a = Buffer.from('abc');
const b = Buffer.from('def');
console.log(a.parent === a.buffer, a.offset, b.offset - a.offset, b.parent === a.parent);

// case: parent-and-offset-of-a-view
const a = Buffer.alloc(8);
const s = a.subarray(3);
console.log(s.parent === a.buffer, s.offset, a.offset);
