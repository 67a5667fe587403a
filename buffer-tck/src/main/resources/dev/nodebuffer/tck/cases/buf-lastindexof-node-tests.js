// section: buf.lastIndexOf(value[, byteOffset][, encoding])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: offsets-for-each-needle-kind
const b = Buffer.from('abcdef');
for (let n of ['a', Buffer.from('a'), 0x61]) {
  console.log(b.lastIndexOf(n), b.lastIndexOf(n, 1), b.lastIndexOf(n, -1), b.lastIndexOf(n, -4), b.lastIndexOf(n, -b.length), b.lastIndexOf(n, -b.length - 1));
}
const bc = Buffer.from('bc');
console.log(b.lastIndexOf('b', 1), b.lastIndexOf('c', 1), b.lastIndexOf(bc), b.lastIndexOf(bc, 2), b.lastIndexOf(bc, -1), b.lastIndexOf(bc, -5), b.lastIndexOf(bc, -6));
console.log(b.lastIndexOf(Buffer.alloc(0)), b.lastIndexOf(Buffer.alloc(0), 1), b.lastIndexOf(Buffer.alloc(0), b.length + 1), b.lastIndexOf(0));

// case: nan-and-infinite-offsets
// needs: fractional-numbers, loose-types
const b = Buffer.from('abcdef');
console.log(b.lastIndexOf('a', NaN), b.lastIndexOf('a', -Infinity), b.lastIndexOf('a', Infinity), b.lastIndexOf(0x61, NaN), b.lastIndexOf('b', [2]));

// case: needles-longer-than-the-haystack
const b = Buffer.from('abcdef');
const a15 = 'aaaaaaaaaaaaaaa';
console.log(b.lastIndexOf(a15, 'ucs2'), b.lastIndexOf(a15, 'utf8'), b.lastIndexOf(a15, 'latin1'), b.lastIndexOf(a15, 'binary'), b.lastIndexOf(Buffer.from(a15)));
console.log(b.lastIndexOf(a15, 2, 'ucs2'), b.lastIndexOf(a15, 3, 'utf8'), b.lastIndexOf(a15, 5, 'latin1'), b.lastIndexOf(Buffer.from(a15), 7));
const bc = Buffer.from('bc');
console.log(bc.lastIndexOf('你好', 'ucs2'), bc.lastIndexOf('你好', 'utf8'), bc.lastIndexOf('你好', 'latin1'), bc.lastIndexOf(Buffer.from('你好')));
console.log(bc.lastIndexOf('你好', 2, 'ucs2'), bc.lastIndexOf('你好', 3, 'utf8'), bc.lastIndexOf('你好', 5, 'binary'), bc.lastIndexOf(Buffer.from('你好'), 7));

// case: a-man-a-plan
const p = Buffer.from('a man a plan a canal panama');
console.log(p.lastIndexOf('canal'), p.lastIndexOf('panama'), p.lastIndexOf('a man a plan a canal panama'), p.lastIndexOf('a man a plan a canal mexico'));
console.log(p.lastIndexOf('a man a plan a canal mexico city'), p.lastIndexOf(Buffer.from('a'.repeat(1000))), p.lastIndexOf('a man a plan', 4));
console.log(p.lastIndexOf('a '), p.lastIndexOf('a ', 13), p.lastIndexOf('a ', 12), p.lastIndexOf('a ', 5), p.lastIndexOf('a ', -1), p.lastIndexOf('a ', -27), p.lastIndexOf('a ', -28));

// case: first-byte-found-where-the-needle-cannot-fit
console.log(Buffer.from('µaaaa¶bbbb', 'latin1').lastIndexOf('µ'), Buffer.from('µaaaa¶bbbb', 'binary').lastIndexOf('µ'), Buffer.from('bc').lastIndexOf('ab'), Buffer.from('abc').lastIndexOf('qa'));
console.log(Buffer.from('abcdef').lastIndexOf('qabc'), Buffer.from('bc').lastIndexOf(Buffer.from('ab')), Buffer.from('bc', 'ucs2').lastIndexOf('ab', 'ucs2'), Buffer.from('bc', 'ucs2').lastIndexOf(Buffer.from('ab', 'ucs2')));
console.log(Buffer.from('abc').lastIndexOf('ab'), Buffer.from('abc').lastIndexOf('ab', 1), Buffer.from('abc').lastIndexOf('ab', 2), Buffer.from('abc').lastIndexOf('ab', 3));

// case: self-similar-pattern
let s = 'A';
for (let i = 66; i < 76; i++) s = s + String.fromCharCode(i) + s;
const long = Buffer.from(s);
console.log(long.lastIndexOf('JABACABADABACABA'), long.lastIndexOf('JABACABADABACABA', 1535), long.lastIndexOf('JABACABADABACABA', 1534));
