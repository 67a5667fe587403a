// section: buffer.isUtf8(input)

// case: every-kind-of-sequence
const seqs = ['', '7f', 'c280', 'c2', 'c1bf', 'dfbf', 'e0a080', 'e09fbf', 'ed9fbf', 'eda080', 'efbfbf', 'efbf',
  'f0908080', 'f08fbfbf', 'f48fbfbf', 'f4908080', 'f5808080', 'f1808080', 'f18080', '80', 'ff', 'c0af'];
console.log(seqs.map((h) => buffer.isUtf8(Buffer.from(h, 'hex')) ? 1 : 0).join(''));

// case: bad-byte-at-every-position
// One bad byte (or a truncated character) moved through ASCII text, seen through views of every
// alignment.
const r = [];
for (let at of [0, 1, 6, 7, 8, 9, 15, 16, 17, 23, 24, 31, 32, 33]) {
  let b = Buffer.alloc(40, 'a');
  b[at] = 0x80;
  let t = Buffer.alloc(40, 'a');
  t[at] = 0xe2;
  r.push(at + ':' + [0, 1, 3].map((s) => (buffer.isUtf8(b.subarray(s)) ? 1 : 0) + '' + (buffer.isUtf8(t.subarray(s, at + 1)) ? 1 : 0) + (buffer.isUtf8(t.subarray(s)) ? 1 : 0)).join('/'));
}
console.log(r.join(' '));

// case: valid-characters-at-every-alignment
const r = [];
for (let at of [0, 5, 6, 7, 8, 13, 14, 15, 16]) {
  let b = Buffer.alloc(32, 'a');
  b.write('\ud83d\ude00', at);
  r.push(at + ':' + (buffer.isUtf8(b) ? 1 : 0) + (buffer.isUtf8(b.subarray(0, at + 3)) ? 1 : 0) + (buffer.isUtf8(b.subarray(at + 1)) ? 1 : 0));
}
console.log(r.join(' '));
