// section: buffer.isAscii(input)

// case: ascii-text
console.log(buffer.isAscii(Buffer.from('hello, world\n\x00\x7f')));

// case: non-ascii
console.log(buffer.isAscii(Buffer.from('h\u00e9llo')), buffer.isAscii(Buffer.from('\x80', 'latin1')),
  buffer.isAscii(Buffer.from('\xff', 'latin1')));

// case: empty
console.log(buffer.isAscii(Buffer.alloc(0)), buffer.isAscii(new ArrayBuffer(0)));

// case: one-high-byte-anywhere
// A long ASCII run with a single byte >= 0x80 at each of several positions.
const s = 'x'.repeat(100);
const at = (i) => buffer.isAscii(Buffer.from(s.slice(0, i) + '\x80' + s.slice(i + 1), 'latin1'));
console.log(at(0), at(7), at(8), at(15), at(16), at(63), at(64), at(99), buffer.isAscii(Buffer.from(s)));

// case: only-the-view-counts
const high = Buffer.from('\xe9', 'latin1');
const low = Buffer.from('abc');
console.log(high.buffer === low.buffer, buffer.isAscii(low), buffer.isAscii(high));

// case: array-buffer
const ab = buffer.transcode(Buffer.from('h\xe9', 'latin1'), 'latin1', 'latin1').buffer;
console.log(buffer.isAscii(ab), buffer.isAscii(new ArrayBuffer(8)));

// case: null
// needs: null-arguments
buffer.isAscii(null);
