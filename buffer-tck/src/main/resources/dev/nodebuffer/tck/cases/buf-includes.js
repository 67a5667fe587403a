// section: buf.includes(value[, byteOffset][, encoding])

// case: doc-example
const buf = Buffer.from('this is a buffer');
console.log(buf.includes('this'), buf.includes('is'), buf.includes(Buffer.from('a buffer')), buf.includes(97), buf.includes(Buffer.from('a buffer example')));
console.log(buf.includes('this', 4));

// case: doc-example-slice
const buf = Buffer.from('this is a buffer');
console.log(buf.includes(Buffer.from('a buffer example').slice(0, 8)));

// case: shapes
const b = Buffer.from('abcabc');
console.log(b.includes(98), b.includes(98, 5), b.includes(98, 'bogus'), b.includes(98, -2, 'bogus'), b.includes(0x163));
console.log(b.includes('ca'), b.includes('ca', 3), b.includes('6361', 'hex'), b.includes('6361', 3, 'hex'), b.includes('c', -1, 'latin1'));
console.log(b.includes(Buffer.from('ca')), b.includes(Buffer.from('ca'), 3), b.includes(Buffer.from('ca'), 'ucs2'), b.includes(Buffer.from('ab'), 3, 'ucs2'));

// case: empty-needle
const b = Buffer.from('abc');
console.log(b.includes(''), b.includes('', 100), b.includes('', -100), Buffer.alloc(0).includes(''), Buffer.alloc(0).includes(Buffer.alloc(0)), Buffer.alloc(0).includes(0));

// case: unknown-encoding
Buffer.from('abc').includes('a', 'bogus');

// case: null-value
// needs: null-arguments
Buffer.from('abc').includes(null, 0, 'utf8');
