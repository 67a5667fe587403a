// section: buf.write(string[, offset[, length]][, encoding])

// case: utf8-after-ascii-runs-of-every-length
// An ASCII run, then one character of each UTF-8 length and a lone surrogate: the bytes written
// and a checksum of the buffer.
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
for (let n of [0, 1, 15, 16, 17, 23, 24, 25, 1023, 1024, 1025, 1040, 2049]) {
  let s = 'k'.repeat(n) + '\u00e9\u20ac\ud83d\ude00\udc00z' + 'y'.repeat(n % 5);
  let b = Buffer.alloc(n + 20);
  let w = b.write(s);
  console.log(n, w, sum(b), b.subarray(Math.max(0, n - 2), n + 14));
}

// case: utf8-every-room
// A long mixed string into every room from 0 to its full length, and one byte more: characters
// are written whole or not at all.
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
const s = 'ab\u00e9\u20ac\ud83d\ude00\ud800c\u07ff\u0800\udfff\ud83d'.repeat(3) + 'xyz';
const full = Buffer.byteLength(s);
const out = [];
for (let room = 0; room <= full + 1; room++) {
  let b = Buffer.alloc(full + 8, 0xaa);
  out.push(b.write(s, 2, room) + ':' + sum(b));
}
console.log(full, out.join(' '));

// case: utf8-long-into-short-rooms
// Long text whose room runs out in the middle, near the end, and just where it fits.
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
const s = '\u00e9\u20ac\ud83d\ude00a'.repeat(400) + 'tail';
const full = Buffer.byteLength(s);
for (let room of [0, 12, 13, 14, 100, 1000, 3999, full - 13, full - 12, full - 5, full - 4, full - 1, full]) {
  let b = Buffer.alloc(full + 4, 0x55);
  let w = b.write(s, 1, room);
  console.log(room, w, sum(b), b.subarray(Math.max(0, w - 4), w + 4));
}

// case: utf8-pairs-across-chunks
// Surrogate pairs and lone halves at every position around 1024 units after a non-ASCII start.
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
for (let at of [1020, 1021, 1022, 1023, 1024, 1025, 1026, 2047, 2048]) {
  let s = '\u00e9' + 'q'.repeat(at - 1) + '\ud83d\ude00' + '\ud800' + 'r'.repeat(7) + '\udc00\ud83d';
  let b = Buffer.alloc(Buffer.byteLength(s));
  let w = b.write(s);
  console.log(at, s.length, w, sum(b), b.subarray(at, at + 9));
}

// case: utf8-characters-of-every-class
// One of each BMP class per unit, many times, so that each is written in the middle of a long text.
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
const s = '\u0000\u007f\u0080\u07ff\u0800\ud7ff\ue000\uffff\ufeff'.repeat(200) + 'end';
const b = Buffer.alloc(Buffer.byteLength(s) + 2);
console.log(b.write(s), b.length, sum(b), b.subarray(0, 24));

// case: hex-malformed-forms
// Reading stops at the first pair that is not two hex digits; a lone last digit is dropped.
const b = () => Buffer.alloc(6, 0xee);
for (let s of ['', 'a', 'ab', 'abc', 'g0', '0g', 'ag12', 'GG', 'AbCd', 'a b', ' ab', 'ab ', '0x12',
               'abcdef123', '12zz34', '\u0130\u0131', '\u0161b', 'ab\u0000', '++', 'fF0', '-1']) {
  let buf = b();
  console.log(s, buf.write(s, 'hex'), buf, Buffer.from(s, 'hex'), Buffer.byteLength(s, 'hex'));
}

// case: hex-long
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
let s = '';
for (let i = 0; i < 3000; i++) s += ((i * 37) & 0xff).toString(16).padStart(2, '0');
const b = Buffer.from(s, 'hex');
const c = Buffer.from(s.slice(0, 3001) + 'zz' + s.slice(3001), 'hex');
const d = Buffer.alloc(100);
console.log(b.length, sum(b), c.length, sum(c), d.write(s, 3, 50, 'hex'), sum(d));

// case: base64-long-canonical
// Canonical text of 4096 units and more, in both alphabets.
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
const src = Buffer.alloc(9000);
for (let i = 0; i < src.length; i++) src[i] = (i * 89 + (i >> 7)) & 0xff;
for (let n of [3072, 3073, 3074, 3075, 6144, 6145, 6146, 9000]) {
  let s = src.toString('base64', 0, n);
  let u = src.toString('base64url', 0, n);
  let a = Buffer.from(s, 'base64');
  let c = Buffer.from(u, 'base64url');
  console.log(n, s.length, a.length, sum(a), c.length, sum(c), a.equals(src.subarray(0, n)), c.equals(a));
}

// case: base64-long-not-canonical
// Long text with junk, padding, alphabets mixed or a lone digit in its first, second or last 4096
// units: the lenient rules apply wherever it is.
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
const src = Buffer.alloc(9000);
for (let i = 0; i < src.length; i++) src[i] = (i * 89 + (i >> 7)) & 0xff;
const s = src.toString('base64');
const u = src.toString('base64url');
const at = (t, i, ins) => t.slice(0, i) + ins + t.slice(i);
const variants = [
  ['space-first', at(s, 100, ' ')], ['space-second', at(s, 5000, '\n')], ['space-last', at(s, 11000, '*')],
  ['pad-first', at(s, 100, '=')], ['pad-second', at(s, 4200, '==')], ['pad-last', s + '=='],
  ['url-then-std', u.slice(0, 4096) + s.slice(4096)], ['std-then-url', s.slice(0, 8192) + u.slice(8192)],
  ['url-all', u], ['lone-digit', s.slice(0, 8193)], ['two-digits', s.slice(0, 8194)],
  ['three-digits', s.slice(0, 4099)], ['bad-unit', at(s, 4096, '\u0141')], ['cut-pad', s.slice(0, 4094) + '=='],
];
for (let [name, t] of variants) {
  let b = Buffer.from(t, 'base64');
  console.log(name, t.length, b.length, sum(b), Buffer.byteLength(t, 'base64'));
}

// case: base64-long-into-short-rooms
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
const src = Buffer.alloc(7000);
for (let i = 0; i < src.length; i++) src[i] = (i * 89 + (i >> 7)) & 0xff;
const s = src.toString('base64');
for (let room of [0, 1, 2, 3, 3071, 3072, 3073, 5000, 6143, 6144, 6145, 6999, 7000]) {
  let b = Buffer.alloc(7002, 0x11);
  let w = b.write(s, 2, room, 'base64');
  console.log(room, w, sum(b));
}

// case: ucs2-and-latin1-long
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
let s = '';
for (let i = 0; i < 3000; i++) s += String.fromCharCode((i * 977) & 0xffff);
const u = Buffer.alloc(6001, 0x22);
const l = Buffer.alloc(3001, 0x22);
console.log(u.write(s, 'ucs2'), sum(u), u.write(s, 1, 4001, 'utf16le'), sum(u));
console.log(l.write(s, 'latin1'), sum(l), l.write(s, 2, 1000, 'binary'), sum(l), l.write(s, 'ascii'), sum(l));

// case: utf8-first-two-byte-character
// U+0080, the first character of two bytes, at the start, inside the first 16 units, and after them.
for (let s of ['\u0080', 'a\u0080', '\u007f\u0080\u07ff\u0800', 'ab\u0080' + 'c'.repeat(30), 'c'.repeat(20) + '\u0080' + 'c'.repeat(10),
    '\u00e9' + '\u0080'.repeat(30) + '\u007f'.repeat(5)]) {
  let b = Buffer.alloc(Buffer.byteLength(s) + 2);
  console.log(s.length, b.write(s), Buffer.byteLength(s), b.subarray(0, 8), Buffer.from(s).toString('hex').length);
}

// case: base64-units-beyond-latin1-in-whole-groups
// Each unit counts by its low 8 bits: U+0141 reads as 'A', U+0151 as 'Q', U+013D as '='.
console.log(Buffer.from('\u0141UJD', 'base64'), Buffer.from('QU\u0141D\u0151UJD', 'base64'), Buffer.from('QUJD\u013dQUJD', 'base64'));
console.log(Buffer.from('QU!JD\u00e9QUJD', 'base64'), Buffer.from('Q U J D', 'base64'), Buffer.from('QUJ*', 'base64'));

// case: utf8-long-text-into-ample-room
// Non-ASCII text written into far more room than it needs: nothing past the bytes written changes.
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
for (let s of ['\u00e9'.repeat(100), '\u00e9'.repeat(100) + 'xyz', '\u20ac'.repeat(1030) + 'ab', 'x'.repeat(30) + '\u00e9'.repeat(50) + 'wxyz']) {
  let b = Buffer.alloc(4000, 0xaa);
  let w = b.write(s, 3);
  console.log(s.length, w, sum(b), b.subarray(w - 2 + 3, w + 8));
}

// case: base64-padding-at-a-chunk-end
// '=' ends the text wherever it is, also where the first 4096 units end.
const src = Buffer.alloc(9000);
for (let i = 0; i < src.length; i++) src[i] = (i * 89 + (i >> 7)) & 0xff;
const s = src.toString('base64');
for (let t of [s.slice(0, 4094) + '==' + s.slice(4096), s.slice(0, 4095) + '=' + s.slice(4096), s.slice(0, 8190) + '==' + s.slice(8192)]) {
  let b = Buffer.from(t, 'base64');
  console.log(t.length, b.length, b.subarray(-3), Buffer.byteLength(t, 'base64'));
}

// case: base64-units-beyond-latin1-at-every-place-in-a-group
console.log(Buffer.from('\u0151UJD', 'base64'), Buffer.from('Q\u0155JD', 'base64'), Buffer.from('QU\u014aD', 'base64'), Buffer.from('QUJ\u0144QUJD', 'base64'));
