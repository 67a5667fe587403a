// section: buf.toString([encoding[, start[, end]]])

// case: utf8-round-trip
const buf = Buffer.from('héllo wörld €😀');
console.log(buf.toString(), buf.length);

// case: lone-surrogate-round-trip
// A lone surrogate is written as U+FFFD, so it reads back as U+FFFD.
console.log(Buffer.from('\ud800').toString().length, Buffer.from('a\udfffb').toString());

// case: doc-example
const buf1 = Buffer.from('abcdefghijklmnopqrstuvwxyz');
console.log(buf1.toString('utf8'));
console.log(buf1.toString('utf8', 0, 5));
const buf2 = Buffer.from('tést');
console.log(buf2.toString('hex'));
console.log(buf2.toString('utf8', 0, 3));

// case: ranges-are-clamped
const b = Buffer.from('abcdef');
console.log(b.toString('utf8', 1, 3), b.toString('utf8', -1, 3), b.toString('utf8', 3, 1));
console.log(b.toString('utf8', 1, 100), b.toString('utf8', 100), b.toString('utf8', 6), b.toString('utf8', 1, -1));
console.log(b.toString('hex', 2));

// case: start-beyond-int
// needs: large-numbers
console.log(Buffer.from('abcdef').toString('latin1', 4294967297));

// case: empty-range-skips-encoding-check
console.log(Buffer.from('abc').toString('bogus', 5), Buffer.from('abc').toString('bogus', 2, 1));

// case: unknown-encoding
Buffer.from('abc').toString('bogus');

// case: empty-encoding-is-unknown
Buffer.from('abc').toString('', 0);

// case: encodings
const b = Buffer.from('héllo wörld');
console.log(b.toString('hex'), b.toString('base64'), b.toString('base64url'));
console.log(b.toString('latin1'), b.toString('binary'), b.toString('ascii'));
console.log(b.toString('ucs2'), b.toString('utf16le'), b.toString('UTF-16LE'));

// case: slicing-through-a-character
const e = Buffer.from('a€b');
console.log(e.toString('utf8', 0, 2), e.toString('utf8', 2));

// case: ascii-masks-high-bit
console.log(Buffer.from('é€ÿ', 'latin1').toString('ascii'));

// case: utf16le-odd-length
console.log(Buffer.from('abc').toString('utf16le'), Buffer.from('a').toString('ucs2'));

// case: string-too-long
// Node refuses to make a string longer than 0x1fffffe8 characters; for UTF-8 it compares bytes.
Buffer.alloc(0x1fffffe9).toString();

// case: doc-example-whole
const buf1 = Buffer.allocUnsafe(26);

for (let i = 0; i < 26; i++) {
  // 97 is the decimal ASCII value for 'a'.
  buf1[i] = i + 97;
}

console.log(buf1.toString('utf8'));
// Prints: abcdefghijklmnopqrstuvwxyz
console.log(buf1.toString('utf8', 0, 5));
// Prints: abcde

const buf2 = Buffer.from('tést');

console.log(buf2.toString('hex'));
// Prints: 74c3a97374
console.log(buf2.toString('utf8', 0, 3));
// Prints: té
// (the example's last line, toString(undefined, 0, 3), is the case doc-example-undefined-encoding)

// case: doc-example-undefined-encoding
// needs: undefined
const buf2 = Buffer.from('tést');

console.log(buf2.toString(undefined, 0, 3));
// Prints: té
