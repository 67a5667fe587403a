// section: Static method: Buffer.from(string[, encoding])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: base64-padding-optional
// Padding may be whole, partial or absent, in either alphabet; a lone last character is dropped.
const forms = ['', 'K', 'Kg==', 'Kg', 'Kio=', 'Kio', 'Kioq', 'KioqKg==', 'KioqKg', 'KioqKio=', 'KioqKio'];
console.log(forms.map((s) => Buffer.from(s, 'base64').toString()));
console.log(forms.map((s) => Buffer.from(s, 'base64url').length));

// case: base64-both-alphabets
console.log(Buffer.from('//++/++/++//', 'base64'), Buffer.from('__--_--_--__', 'base64'));
console.log(Buffer.from('//++/++/++//+w==', 'base64url'), Buffer.from('__--_--_--__', 'base64url'));

// case: base64-lengths-with-and-without-padding
const a = '72INjkR5fchcxk9+VgdGPFJDxUBFR5/rMFsghgxADiw';
const b = 'w69jACy6BgZmaFvv96HG6MYksWytuZu3T1FvGnulPg';
console.log(Buffer.from(a + '==', 'base64').length, Buffer.from(a + '=', 'base64').length, Buffer.from(a, 'base64').length);
console.log(Buffer.from(b + '==', 'base64url').length, Buffer.from(b + '=', 'base64url').length, Buffer.from(b, 'base64url').length);

// case: base64-stops-at-padding
console.log(Buffer.from('YW55=======', 'base64'), Buffer.from('=bad'.repeat(100), 'base64').length);
console.log(Buffer.from('w0  ', 'base64'), Buffer.from(' YWJvcnVtLg', 'base64'), Buffer.from('A', 'base64').length);

// case: base64-skips-whitespace-and-other-characters
const plain = 'Man is distinguished, not only by his reason';
const enc = Buffer.from(plain).toString('base64');
const noisy = enc.slice(0, 20) + ' \n' + enc.slice(20, 40) + ' \x80\xff' + enc.slice(40, 50) + '\x00\x98\x03' + enc.slice(50);
console.log(Buffer.from(noisy, 'base64').toString(), Buffer.from(noisy, 'base64url').toString() === plain);

// case: utf16le-names
for (let e of ['ucs2', 'ucs-2', 'utf16le', 'utf-16le']) {
  console.log(e, Buffer.from('über', e), Buffer.from('привет', e).toString(e));
}
console.log(Buffer.from('\ud83d\udc4d', 'utf-16le'));

// case: ascii-encodes-like-latin1
console.log(Buffer.from('über', 'ascii'), Buffer.from('über', 'latin1'), Buffer.from('über'));

// case: nul-characters-and-digits-stay-text
console.log(Buffer.from('\0').length, Buffer.from('\0\0').length, Buffer.from('99').length, Buffer.from('13.37').length);

// case: longer-than-the-pool
const s = 'h'.repeat(Buffer.poolSize + 5);
const big = Buffer.from(s);
console.log(big.length, big.toString() === s, big.every((x) => x === 0x68));

// case: buffer-is-not-an-encoding
Buffer.from('', 'buffer');
