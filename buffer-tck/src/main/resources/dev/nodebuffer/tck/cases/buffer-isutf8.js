// section: buffer.isUtf8(input)

// case: valid-text
console.log(buffer.isUtf8(Buffer.from('h\u00e9llo w\u00f6rld \u20ac\ud83d\ude00')));

// case: empty
console.log(buffer.isUtf8(Buffer.alloc(0)), buffer.isUtf8(new ArrayBuffer(0)));

// case: invalid-sequences
// Bytes built with latin1 (one byte per character). Overlong, encoded surrogate, above U+10FFFF,
// cut off at the end: all invalid.
const b = (s) => Buffer.from(s, 'latin1');
console.log(buffer.isUtf8(b('\xc0\x80')), buffer.isUtf8(b('\xed\xa0\x80')),
  buffer.isUtf8(b('\xf4\x90\x80\x80')), buffer.isUtf8(b('\xe2\x82')));

// case: stray-bytes
const b = (s) => Buffer.from(s, 'latin1');
console.log(buffer.isUtf8(b('\x80')), buffer.isUtf8(b('a\xbfb')), buffer.isUtf8(b('\xc1\xbf')),
  buffer.isUtf8(b('\xf5\x80\x80\x80')), buffer.isUtf8(b('\xff')));

// case: edges-that-are-valid
// U+10FFFF, the noncharacter U+FFFE, a byte-order mark, the smallest 3- and 4-byte forms.
const b = (s) => Buffer.from(s, 'latin1');
console.log(buffer.isUtf8(b('\xf4\x8f\xbf\xbf')), buffer.isUtf8(b('\xef\xbf\xbe')),
  buffer.isUtf8(b('\xef\xbb\xbf')), buffer.isUtf8(b('\xe0\xa0\x80')), buffer.isUtf8(b('\xf0\x90\x80\x80')));

// case: long-input
// The last byte decides, after a long valid prefix.
const prefix = 'a\u00e9\u20ac'.repeat(300);
console.log(buffer.isUtf8(Buffer.from(prefix + 'z')), buffer.isUtf8(Buffer.from(prefix + '\xff', 'latin1')));

// case: only-the-view-counts
// Two pooled buffers share a slab; each is checked on its own bytes.
const bad = Buffer.from('\xff', 'latin1');
const good = Buffer.from('abc');
console.log(bad.buffer === good.buffer, buffer.isUtf8(good), buffer.isUtf8(bad));

// case: array-buffer
// An ArrayBuffer is checked whole: transcode returns a buffer with an ArrayBuffer of its own.
const ab = buffer.transcode(Buffer.from('h\xe9', 'latin1'), 'latin1', 'latin1').buffer;
console.log(ab.byteLength, buffer.isUtf8(ab), buffer.isUtf8(new ArrayBuffer(3)));

// case: null
// needs: null-arguments
buffer.isUtf8(null);
