// section: buf.lastIndexOf(value[, byteOffset][, encoding])

// case: long-haystack-string-needles
// A haystack long enough for every search strategy, searched backwards from several offsets.
const h = Buffer.from('abcab'.repeat(200) + 'abcabd' + 'xyz'.repeat(150) + 'abcabd!' + 'q'.repeat(300));
const r = [];
for (let n of ['a', 'd', 'ab', 'bd', 'abcabd', 'cabd', 'abcabd!', 'dxyz', 'zq', 'qqqq', 'q'.repeat(300), 'q'.repeat(301), 'abcabx', '!', 'abcab'.repeat(60)]) {
  r.push(n.length + ':' + h.lastIndexOf(n) + ',' + h.lastIndexOf(n, 1001) + ',' + h.lastIndexOf(n, -400) + ',' + h.lastIndexOf(n, 3) + ',' + h.lastIndexOf(n, 0));
}
console.log(h.length, r.join(' '));

// case: long-haystack-buffer-needles-and-encodings
const h = Buffer.from('0123456789'.repeat(60) + 'needle' + '9876543210'.repeat(40) + 'needle.' + '\u00e9\u20ac'.repeat(100));
const view = Buffer.from('xxneedle.yy').subarray(2, 8);
console.log(h.lastIndexOf(view), h.lastIndexOf(view, 1000), h.lastIndexOf(view, 600), h.lastIndexOf(view, 599), h.lastIndexOf(Buffer.from('0123456789'.repeat(30))));
console.log(h.lastIndexOf('6e656564', 'hex'), h.lastIndexOf('bmVlZA', 'base64url'), h.lastIndexOf('\u00e9', 'latin1'), h.lastIndexOf('\u00e9\u20ac'), h.lastIndexOf('\u20ac\u00e9', -3));
console.log(h.lastIndexOf(0x65), h.lastIndexOf(0x65, 1000), h.lastIndexOf(0xac, -2), h.lastIndexOf(0x30, 0), h.lastIndexOf(0x31, 0));

// case: utf16le-long
const t = Buffer.from('\u039a\u0391\u03a3\u03a3\u0395 abc abc \u20ac'.repeat(30), 'ucs2');
console.log(t.lastIndexOf('\u03a3', 'ucs2'), t.lastIndexOf('\u03a3', 100, 'ucs2'), t.lastIndexOf('\u03a3', 101, 'ucs2'), t.lastIndexOf('c \u20ac\u039a', -1, 'utf16le'), t.lastIndexOf('\u039a', 0, 'ucs2'), t.lastIndexOf('zz', 'ucs2'));
