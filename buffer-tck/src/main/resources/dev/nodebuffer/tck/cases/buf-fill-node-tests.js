// section: buf.fill(value[, offset[, end]][, encoding])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: ranges-in-every-encoding
console.log(Buffer.alloc(12).fill('a\u0234b', 4).toString('hex'), Buffer.alloc(12).fill('a\u0234b', 4, 11).toString('hex'));
console.log(Buffer.alloc(12).fill('a\u0234b', 4, 'latin1').toString('hex'), Buffer.alloc(12).fill('a\u0234b', 2, 11, 'ucs2').toString('hex'));
console.log(Buffer.alloc(12).fill('61c8b462', 3, 'hex').toString('hex'), Buffer.alloc(12).fill('Yci0Ysi1', 1, 10, 'base64').toString('hex'));
console.log(Buffer.alloc(12).fill('Yci0Ysi1', 1, 'base64url').toString('hex'), Buffer.alloc(12).fill('abc', 5, 1).toString('hex'));

// case: one-byte-of-a-wide-character
console.log(Buffer.alloc(1).fill('\u0222'), Buffer.alloc(1).fill('\u0222', 'ucs2'), Buffer.alloc(1).fill('\u0222', 'latin1'));

// case: utf16le-and-odd-lengths
console.log(Buffer.allocUnsafeSlow(16).fill('ab', 'utf16le'), Buffer.allocUnsafeSlow(15).fill('ab', 'utf16le'));
console.log(Buffer.alloc(16).fill('\u0409', 'utf16le').toString('utf16le'), Buffer.alloc(16).fill('\u0409', 'latin1').toString('latin1'), Buffer.alloc(16).fill('\u0409', 'utf8').toString());

// case: numbers-and-ranges
const b = Buffer.alloc(8, 10);
console.log(b.fill(11, 0, 4));
console.log(b.fill(1, 2, 6));
console.log(b.fill('h'), b.fill(0));

// case: repeated-string-pattern
const b = Buffer.alloc(10, 'abc');
console.log(b.toString(), b.fill('\u0567').toString());

// case: buffer-value-ranges
const two = Buffer.alloc(1, 2);
const hex = Buffer.alloc(2).fill('0102', 'hex');
console.log(Buffer.alloc(4).fill(two), Buffer.alloc(4).fill(two, 1), Buffer.alloc(4).fill(two, 1, 3), Buffer.alloc(4).fill(two, 1, 1));
console.log(Buffer.alloc(4).fill(hex), Buffer.alloc(4).fill(hex, 1), Buffer.alloc(4).fill(hex, 1, 3), Buffer.alloc(4).fill(hex, 1, 1));

// case: empty-string-end-negative
Buffer.alloc(8).fill('', 1, -1);

// case: empty-string-end-beyond-length
Buffer.alloc(8).fill('', 0, 9);

// case: null-fills-zeros
// needs: null-arguments
console.log(Buffer.alloc(4, 1).fill(null));

// case: encoding-not-a-string
// needs: loose-types
Buffer.alloc(4).fill('a', 0, 0, false);
