// section: buf.equals(otherBuffer)

// case: doc-example
const buf1 = Buffer.from('ABC');
const buf2 = Buffer.from('414243', 'hex');
const buf3 = Buffer.from('ABCD');
console.log(buf1.equals(buf2), buf1.equals(buf3));

// case: results
const a = Buffer.from('abc');
const u = new Uint8Array(3);
u[0] = 97;
u[1] = 98;
u[2] = 99;
console.log(a.equals(a), a.equals(u), a.equals(Buffer.from('abd')), a.equals(Buffer.from('ab')), Buffer.alloc(0).equals(Buffer.alloc(0)), Buffer.alloc(0).equals(new Uint8Array(0)));
console.log(Buffer.alloc(300).fill('x').equals(Buffer.alloc(300).fill('x')), Buffer.alloc(300).fill('x').equals(Buffer.alloc(300).fill('x').fill('y', 299)));

// case: null
// needs: null-arguments
Buffer.from('abc').equals(null);

// case: string
// needs: loose-types
Buffer.from('abc').equals('abc');

// case: undefined
// needs: undefined
Buffer.from('abc').equals();
