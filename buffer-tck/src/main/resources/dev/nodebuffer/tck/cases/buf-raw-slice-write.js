// section: Undocumented raw bindings: buf.utf8Slice(), buf.hexWrite() and the others

// case: slices
const b = Buffer.from('héllo');
console.log(b.utf8Slice(), b.utf8Slice(1), b.utf8Slice(0, 3), b.latin1Slice(1, 3), b.asciiSlice(1, 3));
console.log(b.hexSlice(), b.hexSlice(4), b.base64Slice(), b.base64urlSlice(0, 4), b.ucs2Slice(0, 4));

// case: slice-empty-ranges
const b = Buffer.from('abc');
console.log(b.latin1Slice(2, 1), b.latin1Slice(3), b.utf8Slice(3, 3), b.hexSlice(0, 0), Buffer.alloc(0).utf8Slice());

// case: slice-negative-start
Buffer.from('abc').latin1Slice(-1);

// case: slice-negative-end
Buffer.from('abc').utf8Slice(0, -1);

// case: slice-end-past-length
Buffer.from('abc').utf8Slice(0, 4);

// case: slice-start-past-length
Buffer.from('abc').hexSlice(4);

// case: slice-start-past-length-with-end
Buffer.from('abc').hexSlice(4, 4);

// case: wrapped-writes
const b = Buffer.alloc(6);
console.log(b.utf8Write('é'), b.latin1Write('é', 2), b.asciiWrite('xyz', 3, 2), b);
console.log(b.utf8Write('xyzw', 4, 9), b.latin1Write('a', 6), b.utf8Write('a😀', 2, 3), b);

// case: native-writes
const b = Buffer.alloc(6);
console.log(b.hexWrite('abcdzz'), b.base64Write('QUJD', 2), b.base64urlWrite('_-8', 5, 1), b);
console.log(b.ucs2Write('xyz', 1), b.hexWrite('ab', 6), b.hexWrite('0102030405060708', 0, 9), b);

// case: utf8write-offset-past-length
Buffer.from('abc').utf8Write('a', 4);

// case: utf8write-negative-offset
Buffer.from('abc').utf8Write('a', -1);

// case: latin1write-negative-length
Buffer.from('abc').latin1Write('a', 0, -1);

// case: asciiwrite-checks-range-before-string
Buffer.from('abc').asciiWrite(null, 4);

// case: utf8write-not-a-string
Buffer.from('abc').utf8Write(null);

// case: hexwrite-offset-past-length
Buffer.from('abc').hexWrite('ab', 4);

// case: hexwrite-negative-offset
Buffer.from('abc').hexWrite('ab', -1);

// case: base64write-negative-length
Buffer.from('abc').base64Write('QUJD', 0, -1);

// case: ucs2write-not-a-string-first
Buffer.from('abc').ucs2Write(null, -1);
