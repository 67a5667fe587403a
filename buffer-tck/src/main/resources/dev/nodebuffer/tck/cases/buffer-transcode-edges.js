// section: buffer.transcode(source, fromEnc, toEnc)

// case: default-ignorables-at-their-edges
// The code point before and after each range ICU drops, and its first and last: into latin1 and
// ascii, from utf8 and from ucs2.
const edges = [[0xad, 0xad], [0x34f, 0x34f], [0x61c, 0x61c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0xffa0, 0xffa0], [0xfff0, 0xfff8], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a], [0xe0000, 0xe0fff]];
for (let [lo, hi] of edges) {
  let s = String.fromCodePoint(lo - 1) + 'a' + String.fromCodePoint(lo) + 'b' + String.fromCodePoint(hi) + 'c' + String.fromCodePoint(hi + 1);
  console.log(lo.toString(16), buffer.transcode(Buffer.from(s), 'utf8', 'latin1').toString('latin1'),
    buffer.transcode(Buffer.from(s, 'ucs2'), 'ucs2', 'ascii').toString('latin1'));
}

// case: utf8-characters-of-every-length
// The first and last character of each UTF-8 length, and the latin1 edge, into every target.
const s = '\u007f\u0080\u00ff\u0100\u07ff\u0800\uffff\ud800\udc00\udbff\udfff';
const src = Buffer.from(s);
console.log(buffer.transcode(src, 'utf8', 'ucs2'), buffer.transcode(src, 'utf8', 'latin1'), buffer.transcode(src, 'utf8', 'ascii'));
console.log(buffer.transcode(Buffer.from(s, 'ucs2'), 'ucs2', 'utf8'), buffer.transcode(Buffer.from(s, 'ucs2'), 'ucs2', 'latin1'));

// case: ucs2-odd-lengths
// A trailing odd byte after a character, a pair, and a lone high or low half, into each target.
for (let s of ['a', '\u00e9', '\ud83d\ude00', '\ud83d', '\ude00', 'a\ud83d']) {
  let src = Buffer.concat([Buffer.from(s, 'ucs2'), Buffer.from([0x41])]);
  let r = [];
  for (let to of ['ucs2', 'latin1', 'ascii']) r.push(buffer.transcode(src, 'ucs2', to).toString('hex'));
  console.log(src.length, r.join(' '));
}
console.log(buffer.transcode(Buffer.from('61004', 'hex'), 'ucs2', 'utf8'), buffer.transcode(Buffer.from('3dd800de41', 'hex'), 'ucs2', 'utf8'));

// case: ucs2-lone-high-half-before-odd-byte-to-utf8
buffer.transcode(Buffer.from('3dd841', 'hex'), 'ucs2', 'utf8');

// case: latin1-to-latin1-and-others-long
const src = Buffer.alloc(600);
for (let i = 0; i < src.length; i++) src[i] = (i * 7) & 0xff;
const sum = (b) => { let h = 0; for (let i = 0; i < b.length; i++) h = (h * 31 + b[i]) | 0; return h; };
for (let [from, to] of [['latin1', 'latin1'], ['latin1', 'utf8'], ['latin1', 'ascii'], ['latin1', 'ucs2'],
    ['ascii', 'ascii'], ['ascii', 'utf8'], ['ascii', 'latin1'], ['ascii', 'ucs2'], ['utf8', 'utf8'], ['utf8', 'latin1']]) {
  let out = buffer.transcode(src.subarray(3), from, to);
  console.log(from, to, out.length, sum(out));
}

// case: non-ascii-letters-in-names
// The names compare ASCII letters only: a dotless i or a long s does not make 'latin1' or 'ascii'.
buffer.transcode(Buffer.from('a'), 'utf8', 'lat\u0131n1');

// case: non-ascii-letters-in-source-name
buffer.transcode(Buffer.from('a'), '\u017fcii', 'utf8');

// case: ucs2-view-ends-on-a-high-half
// The unit after the view is not read: a high half at the end of the view is alone.
const src = Buffer.from('\u00e9\ud83d\ude00z', 'ucs2');
const v = src.subarray(0, 4);
console.log(buffer.transcode(v, 'ucs2', 'ucs2'), buffer.transcode(v, 'ucs2', 'latin1'), buffer.transcode(src.subarray(0, 5), 'ucs2', 'ucs2'));

// case: ucs2-one-byte-to-latin1
console.log(buffer.transcode(Buffer.from('A', 'latin1'), 'ucs2', 'latin1'), buffer.transcode(Buffer.from('A', 'latin1'), 'ucs2', 'ucs2'));
