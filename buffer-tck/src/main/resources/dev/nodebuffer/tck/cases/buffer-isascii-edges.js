// section: buffer.isAscii(input)

// case: high-byte-at-every-position
const r = [];
for (let at of [0, 1, 7, 8, 9, 15, 16, 31, 32, 39]) {
  let b = Buffer.alloc(40, 0x7f);
  b[at] = 0x80;
  r.push(at + ':' + [0, 1, 5].map((s) => (buffer.isAscii(b.subarray(s)) ? 1 : 0) + '' + (buffer.isAscii(b.subarray(s, at)) ? 1 : 0)).join('/'));
}
console.log(r.join(' '), buffer.isAscii(Buffer.alloc(40, 0x7f)), buffer.isAscii(Buffer.alloc(0)));
