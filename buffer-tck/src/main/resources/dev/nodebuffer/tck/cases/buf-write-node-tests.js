// section: buf.write(string[, offset[, length]][, encoding])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: base64-chunks-at-offsets
const b = Buffer.alloc(64);
let pos = 0;
for (let p of ['TWFkbmVzcz8h', 'IFRoaXM=', 'IGlz', 'IG5vZGUuanMh']) pos += b.write(p, pos, 'base64');
const u = Buffer.alloc(64);
let upos = 0;
for (let p of ['TWFkbmVzcz8h', 'IFRoaXM', 'IGlz', 'IG5vZGUuanMh']) upos += u.write(p, upos, 'base64url');
console.log(pos, b.toString('latin1', 0, pos), upos, u.toString('latin1', 0, upos));

// case: base64-with-whitespace
const plain = 'Man is distinguished, not only by his reason';
const enc = Buffer.from(plain).toString('base64');
const spaced = enc.slice(0, 20) + ' \n' + enc.slice(20, 40) + ' \n' + enc.slice(40) + '\n';
const b = Buffer.alloc(64);
const n = b.write(spaced, 0, 'base64');
console.log(n, b.toString('ascii', 0, n));

// case: length-limits-every-encoding
const encs = ['ascii', 'utf8', 'hex', 'base64', 'latin1', 'binary', 'ucs2'];
console.log(encs.map((e) => Buffer.alloc(1).write('aaaaaa', 0, 1, e)));

// case: length-and-offset-together
const b = Buffer.alloc(4, 0xff);
console.log(b.write('abcd', 1, 2, 'utf8'), b);
b.fill(0xff);
console.log(b.write('abcd', 1, 4), b);
b.fill(0xff);
console.log(b.write('abcdef', 1, 2, 'hex'), b);
b.fill(0xff);
console.log(b.write('abcd', 0, 2, 'utf-16le'), b);

// case: whole-utf8-characters-and-nul
const b = Buffer.alloc(2);
console.log(b.write(''), b.write('\0'), b.write('a\0'), b.write('あ'), b.write('\0あ'), b.write('\0\0あ'));
const c = Buffer.alloc(10);
console.log(c.write('あいう'), c.write('あいう\0'));

// case: latin1-keeps-the-low-byte
const b = Buffer.from([0xde, 0xad, 0xbe, 0xef]);
console.log(b.write('\uffff', 0, 'latin1'), b);
console.log(b.write('\uaaee', 0, 'binary'), b);

// case: a-view-does-not-write-past-its-end
const whole = Buffer.alloc(5);
const view = whole.slice(0, 4);
console.log(view.write('12345', 'latin1'), view.write('12345', 'binary'), whole);

// case: base64-into-a-short-pooled-buffer
const a = Buffer.allocUnsafe(3);
const next = Buffer.from('xxx');
console.log(a.write('aaaaaaaa', 'base64'), next.toString(), a.buffer === next.buffer);

// case: utf16le-needs-two-bytes
const x = Buffer.allocUnsafe(4).fill(0);
const y = Buffer.allocUnsafe(4).fill(1);
console.log(x.write('ыыыыыы', 3, 'ucs2'), x, y, x.buffer === y.buffer);
const z = Buffer.alloc(4);
console.log(z.write('\u0001', 3, 'ucs2'), z.write('abcd', 2), z, Buffer.alloc(4).write('ыыыыыы'.repeat(100), 3, 'utf16le'));
const w = Buffer.alloc(8);
console.log(w.write('ыы', 1, 'utf16le'), w);

// case: utf16le-at-an-odd-offset
for (let e of ['ucs2', 'ucs-2', 'utf16le', 'utf-16le']) {
  let b = Buffer.alloc(11);
  console.log(b.write('あいうえお', 1, e), b.toString(e, 1));
}

// case: encoding-names-in-any-case
const names = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'ascii', 'latin1', 'binary', 'utf16le', 'utf-16le'];
const all = names.concat(names.map((e) => e.toUpperCase()));
console.log(all.map((e) => { const b = Buffer.alloc(6); b.write('foo', 0, Buffer.byteLength('foo', e), e); return b.toString('hex'); }));
const other = [['Zm9v', 'base64'], ['Zm9v', 'BASE64URL'], ['666f6f', 'HEX']];
console.log(other.map((p) => { const b = Buffer.alloc(4); return b.write(p[0], p[1]) + ' ' + b.toString('hex'); }));

// case: string-offset-is-a-type-error
// needs: loose-types
Buffer.from('abcdes').write('o', '1', 'ascii');

// case: encoding-before-offset-is-a-type-error
// needs: loose-types
Buffer.alloc(8).write('test', 'utf8', 0);
