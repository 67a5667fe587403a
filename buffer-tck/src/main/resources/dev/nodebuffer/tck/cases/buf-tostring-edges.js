// section: buf.toString([encoding[, start[, end]]])

// case: utf8-one-replacement-per-maximal-subpart
// Each ill-formed sequence alone, then between 'a' and 'b'; the output is printed as UTF-16
// code units in hex.
const units = (s) => { let u = []; for (let i = 0; i < s.length; i++) u.push(s.charCodeAt(i).toString(16)); return u.join(' '); };
const seqs = [
  '80', 'bf', '8080', 'c0', 'c080', 'c1bf', 'c2', 'c241', 'c2c2', 'df', 'dfbf',
  'e0', 'e080', 'e08080', 'e09fbf', 'e0a0', 'e0a041', 'e1', 'e180', 'e18041', 'ec80',
  'ed', 'ed80', 'ed9fbf', 'eda080', 'edbfbf', 'edc0', 'ee80', 'efbf', 'efbfbf', 'efbfc0',
  'f0', 'f080', 'f08080', 'f0808080', 'f08fbfbf', 'f090', 'f09080', 'f0908041', 'f1', 'f18080',
  'f3bfbf', 'f4', 'f48f', 'f48fbf', 'f48fbfbf', 'f490', 'f4908080', 'f5', 'f5808080', 'f7bfbfbf',
  'f8', 'f888808080', 'fc8480808080', 'fe', 'ff', 'fffe',
];
for (let h of seqs) {
  let b = Buffer.from(h, 'hex');
  console.log(h, units(b.toString()), '|', units(Buffer.concat([Buffer.from('a'), b, Buffer.from('b')]).toString()));
}

// case: utf8-well-formed-edges
// The smallest and largest character of each length.
const units = (s) => { let u = []; for (let i = 0; i < s.length; i++) u.push(s.charCodeAt(i).toString(16)); return u.join(' '); };
for (let h of ['00', '7f', 'c280', 'dfbf', 'e0a080', 'ed9fbf', 'ee8080', 'efbfbf', 'f0908080', 'f48fbfbf', 'efbbbf']) {
  console.log(h, units(Buffer.from(h, 'hex').toString()));
}

// case: utf8-replacement-at-every-position
// One bad byte moved through a long ASCII text: the U+FFFD lands where the byte was.
for (let at of [0, 1, 7, 8, 15, 16, 17, 31, 32, 63, 64, 65, 1023, 1024, 1025, 4095, 4096]) {
  let b = Buffer.alloc(4200, 'a');
  b[at] = 0xff;
  let s = b.toString();
  console.log(at, s.length, s.indexOf('\ufffd'), s.lastIndexOf('\ufffd'), s.charAt(at + 1));
}

// case: utf8-sequences-across-every-position
// A 3-byte character, a 4-byte one and a truncated one at positions around 8, 16, 64 and 1024.
for (let at of [6, 7, 8, 14, 15, 16, 62, 63, 64, 1022, 1023, 1024]) {
  let b = Buffer.alloc(1100, 'x');
  b.write('\u20ac\ud83d\ude00', at);
  b[1090] = 0xe2;
  b[1091] = 0x82;
  let s = b.toString();
  console.log(at, s.length, s.indexOf('\u20ac'), s.indexOf('\ud83d\ude00'), s.indexOf('\ufffd'), JSON.stringify(s.slice(1088, 1093)));
}

// case: utf8-range-cuts-a-character
// A range that ends inside a character gives one U+FFFD for the part inside it.
const b = Buffer.from('a\u20acb\ud83d\ude00c');
for (let end of [1, 2, 3, 4, 5, 6, 7, 8, 9]) {
  console.log(end, JSON.stringify(b.toString('utf8', 0, end)), JSON.stringify(b.toString('utf8', end)));
}

// case: utf8-long-mixed-text
// A long decoded text: its length, a checksum of its code units and a few slices.
const sum = (s) => { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; };
const text = 'h\u00e9llo w\u00f6rld \u20ac\ud83d\ude00 '.repeat(500);
const s = Buffer.from(text).toString();
console.log(s.length, sum(s), s === text, s.slice(4990, 5010));

// case: utf8-long-with-bad-bytes
const sum = (s) => { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; };
const b = Buffer.from('abc\u00e9\u20ac\ud83d\ude00'.repeat(700));
for (let i = 5; i < b.length; i += 997) b[i] = 0x80 + (i % 0x7f);
const s = b.toString();
console.log(b.length, s.length, sum(s), JSON.stringify(s.slice(0, 12)));

// case: ascii-masks-high-bytes-at-every-position
const sum = (s) => { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; };
for (let at of [0, 1, 7, 8, 63, 64, 2999]) {
  let b = Buffer.alloc(3000, 'q');
  b[at] = 0xe9;
  b[2999 - (at % 7)] = 0xff;
  let s = b.toString('ascii');
  console.log(at, s.length, s.charCodeAt(at), s.charCodeAt(2999 - (at % 7)), sum(s));
}

// case: latin1-and-ascii-long
const sum = (s) => { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; };
const b = Buffer.alloc(5000);
for (let i = 0; i < b.length; i++) b[i] = (i * 7) & 0xff;
const l = b.toString('latin1');
const a = b.toString('ascii', 3, 4003);
console.log(l.length, sum(l), a.length, sum(a), JSON.stringify(a.slice(0, 6)));

// case: ucs2-long-and-odd
const sum = (s) => { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; };
const b = Buffer.alloc(4001);
for (let i = 0; i < b.length; i++) b[i] = (i * 13 + 5) & 0xff;
const s = b.toString('ucs2');
const t = b.toString('utf16le', 1, 4000);
console.log(s.length, sum(s), s.charCodeAt(0).toString(16), t.length, sum(t), t.charCodeAt(0).toString(16));

// case: hex-long
const sum = (s) => { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; };
const b = Buffer.alloc(3000);
for (let i = 0; i < b.length; i++) b[i] = (i * 31 + 7) & 0xff;
const s = b.toString('hex');
console.log(s.length, sum(s), s.slice(0, 16), s.slice(-16), b.toString('hex', 2999), b.toString('hex', 1, 3));

// case: base64-long-every-remainder
// Around 3 KiB and 6 KiB of input, with every remainder modulo 3, from the start and from an
// offset.
const sum = (s) => { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; };
const b = Buffer.alloc(9300);
for (let i = 0; i < b.length; i++) b[i] = (i * 131 + (i >> 8)) & 0xff;
for (let n of [3071, 3072, 3073, 3074, 6143, 6144, 6145, 9217]) {
  let s = b.toString('base64', 0, n);
  let u = b.toString('base64url', 5, 5 + n);
  console.log(n, s.length, sum(s), s.slice(-6), u.length, sum(u), u.slice(-6));
}
const whole = b.subarray(0, 6146);
console.log(whole.toString('base64').length, sum(whole.toString('base64')), sum(Buffer.from(whole).toString('base64url')));

// case: utf8-four-byte-characters-beside-bad-bytes
// Text that holds an ill-formed byte and characters of every length, U+10000 and U+10FFFF too.
const units = (s) => { let u = []; for (let i = 0; i < s.length; i++) u.push(s.charCodeAt(i).toString(16)); return u.join(' '); };
for (let h of ['fff0908080', 'f0908080ff', 'c0f48fbfbf41', 'e0a080eda080f09f9880', '80c280dfbfe0a080efbfbff0908080f48fbfbf']) {
  console.log(h, units(Buffer.from(h, 'hex').toString()));
}

// case: hex-string-too-long
// Two characters per byte: 0x0ffffff5 bytes would make 0x1fffffea characters, two too many.
Buffer.alloc(0x0ffffff5).toString('hex');

// case: hex-string-longest
// 0x0ffffff4 bytes make 0x1fffffe8 characters, the most a string can hold.
const b = Buffer.alloc(0x0ffffff4);
console.log(b.toString('hex', 0x0ffffff0).length, b.toString('hex').length);
