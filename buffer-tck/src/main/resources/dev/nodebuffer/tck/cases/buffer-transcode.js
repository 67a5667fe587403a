// section: buffer.transcode(source, fromEnc, toEnc)

// case: doc-example
const newBuf = buffer.transcode(Buffer.from('\u20ac'), 'utf8', 'ascii');
console.log(newBuf.toString('ascii'));

// case: utf8-to-latin1
// What latin1 cannot hold becomes '?' (3f), one per character.
console.log(buffer.transcode(Buffer.from('h\u00e9llo \u20ac\ud83d\ude00'), 'utf8', 'latin1'));

// case: utf8-to-ucs2-and-back
const ucs2 = buffer.transcode(Buffer.from('a\u00e9\u20ac\ud83d\ude00'), 'utf8', 'ucs2');
console.log(ucs2, buffer.transcode(ucs2, 'ucs2', 'utf8'));

// case: latin1-and-ascii-sources
const src = Buffer.from('A\xe9\x80', 'latin1');
console.log(buffer.transcode(src, 'latin1', 'utf8'), buffer.transcode(src, 'latin1', 'ascii'),
  buffer.transcode(src, 'latin1', 'ucs2'));

// case: ascii-source-high-bytes
// An ascii byte >= 0x80 is illegal: U+FFFD into utf8, '?' into ascii and latin1, but into ucs2
// the byte is read as latin1.
const src = Buffer.from('A\xe9', 'latin1');
console.log(buffer.transcode(src, 'ascii', 'utf8'), buffer.transcode(src, 'ascii', 'latin1'),
  buffer.transcode(src, 'ascii', 'ascii'), buffer.transcode(src, 'ascii', 'ucs2'));

// case: invalid-utf8-to-latin1-and-utf8
// One '?' (or one U+FFFD) per maximal ill-formed subsequence: E2 82 is one, ED A0 80 is three.
const src = Buffer.from('A\xe2\x82B\xed\xa0\x80', 'latin1');
console.log(buffer.transcode(src, 'utf8', 'latin1'), buffer.transcode(src, 'utf8', 'utf8'));

// case: invalid-utf8-to-ucs2
buffer.transcode(Buffer.from('A\xe2\x82B', 'latin1'), 'utf8', 'ucs2');

// case: lone-surrogate-ucs2-to-latin1-and-ucs2
const src = Buffer.from('a\ud800b', 'ucs2');
console.log(buffer.transcode(src, 'ucs2', 'latin1'), buffer.transcode(src, 'ucs2', 'ucs2'));

// case: lone-surrogate-ucs2-to-utf8
buffer.transcode(Buffer.from('a\udc00', 'ucs2'), 'ucs2', 'utf8');

// case: odd-trailing-byte
// Ignored, except into ucs2, where it becomes U+FFFD.
const src = Buffer.from('ABC', 'latin1');
console.log(buffer.transcode(src, 'ucs2', 'latin1'), buffer.transcode(src, 'ucs2', 'utf8'),
  buffer.transcode(src, 'ucs2', 'ucs2'));

// case: one-byte-ucs2-to-utf8
// No code unit at all: nothing to convert counts as a failure.
buffer.transcode(Buffer.from('A', 'latin1'), 'ucs2', 'utf8');

// case: default-ignorables-vanish
// ICU drops a byte-order mark, U+200B and the like instead of writing '?'; U+00AD maps to latin1.
const src = Buffer.from('a\u200bb\ufeffc\u00ad');
console.log(buffer.transcode(src, 'utf8', 'ascii'), buffer.transcode(src, 'utf8', 'latin1'));

// case: encoding-aliases
const src = Buffer.from('\u00e9');
console.log(buffer.transcode(src, 'UTF-8', 'binary'), buffer.transcode(src, 'Utf8', 'UCS-2'),
  buffer.transcode(src, '', 'utf-16le'), buffer.transcode(src, 'utf8', 'LATIN1'));

// case: name-read-up-to-nul
// The native side reads the name as a C string.
console.log(buffer.transcode(Buffer.from('\u00e9'), 'utf8', 'latin1\u0000whatever'));

// case: unsupported-target
buffer.transcode(Buffer.from('abc'), 'utf8', 'hex');

// case: unsupported-source
buffer.transcode(Buffer.from('abc'), 'base64', 'utf8');

// case: near-miss-name
buffer.transcode(Buffer.from('abc'), 'utf16', 'utf8');

// case: empty-source-skips-encoding-check
const out = buffer.transcode(Buffer.alloc(0), 'hex', 'bogus');
console.log(out, out.buffer.byteLength);

// case: fresh-buffer-not-pooled
const src = Buffer.from('abc');
const out = buffer.transcode(src, 'utf8', 'ucs2');
const next = Buffer.allocUnsafe(1);
console.log(out.buffer.byteLength, out.byteOffset, out.buffer === src.buffer, next.byteOffset - src.byteOffset);

// case: null-source
buffer.transcode(null, 'utf8', 'latin1');
