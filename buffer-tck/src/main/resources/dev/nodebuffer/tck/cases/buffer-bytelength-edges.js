// section: Static method: Buffer.byteLength(string[, encoding])

// case: utf8-after-ascii-runs-of-every-length
// An ASCII run of each length, then characters of 2, 3 and 4 bytes and lone halves.
const r = [];
for (let n of [0, 1, 15, 16, 17, 22, 23, 24, 25, 1023, 1024, 1025, 2048, 2049]) {
  let a = 'a'.repeat(n);
  r.push(n + ':' + [a, a + '\u00e9', a + '\u20ac', a + '\ud83d\ude00', a + '\ud83d', a + '\ude00\ud83d', a + '\u07ff\u0800', '\u00e9' + a]
    .map((s) => Buffer.byteLength(s)).join(','));
}
console.log(r.join(' '));

// case: utf8-pairs-and-halves-everywhere
const s = '\ud83d\ude00\ud83d\ud83d\ude00\ude00\udbff\udfff\ud800x\udc00\ud800';
const r = [];
for (let n of [0, 1, 2, 3, 5, 11, 23, 24, 40]) r.push(Buffer.byteLength('q'.repeat(n) + s + 'q'.repeat(n)));
console.log(Buffer.byteLength(s), r.join(' '), Buffer.byteLength(s.repeat(300)));

// case: base64-padding-forms
const r = [];
for (let s of ['', '=', '==', '===', 'Q', 'Q=', 'QQ', 'QQ=', 'QQ==', 'QQ===', 'QUJD', 'QUJD=', 'a=b=', '\u013d', 'QQ\u013d']) {
  r.push(JSON.stringify(s) + ':' + Buffer.byteLength(s, 'base64') + ',' + Buffer.byteLength(s, 'base64url'));
}
console.log(r.join(' '));
