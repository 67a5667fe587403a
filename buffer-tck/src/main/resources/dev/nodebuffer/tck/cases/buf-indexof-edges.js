// section: buf.indexOf(value[, byteOffset][, encoding])

// case: long-haystack-string-needles
// A haystack long enough for every search strategy, needles of several lengths that almost match
// many times before they match.
const h = Buffer.from('abcab'.repeat(200) + 'abcabd' + 'xyz'.repeat(150) + 'abcabd!' + 'q'.repeat(300));
const r = [];
for (let n of ['a', 'd', 'ab', 'bd', 'abcabd', 'cabd', 'abcabd!', 'dxyz', 'zq', 'qqqq', 'q'.repeat(300), 'q'.repeat(301), 'abcabx', '!']) {
  r.push(n.length + ':' + h.indexOf(n) + ',' + h.indexOf(n, 1001) + ',' + h.indexOf(n, -400) + ',' + h.indexOf(n, -1));
}
console.log(h.length, r.join(' '));

// case: long-haystack-buffer-and-view-needles
const h = Buffer.from('0123456789'.repeat(60) + 'needle' + '9876543210'.repeat(40) + 'needle.');
const pooled = Buffer.from('needle.');
const view = Buffer.from('xxneedle.yy').subarray(2, 9);
const raw = new Uint8Array(6);
raw.set(Buffer.from('needle'));
console.log(h.indexOf(pooled), h.indexOf(view), h.indexOf(raw), h.indexOf(raw, 607), h.indexOf(view, -7), h.indexOf(view, -6));
console.log(h.indexOf(Buffer.from('0123456789'.repeat(30))), h.indexOf(Buffer.from('0123456789'.repeat(30)), 301), h.indexOf(Buffer.from('43210n')));

// case: long-haystack-every-encoding
const h = Buffer.from('h\u00e9llo w\u00f6rld \u20ac\ud83d\ude00 '.repeat(40) + 'The End \u00e9\u20ac\ud83d\ude00');
for (let [needle, enc] of [['\u00e9\u20ac\ud83d\ude00', 'utf8'], ['End', 'utf-8'], ['\u00e9', 'latin1'], ['The', 'binary'], ['End', 'ascii'],
    ['456e64', 'hex'], ['RW5k', 'base64'], ['RW5k', 'base64url'], ['w\u00f6', 'ucs2'], ['End', 'utf16le']]) {
  console.log(enc, h.indexOf(needle, enc), h.indexOf(needle, 100, enc), h.indexOf(needle, -30, enc), h.includes(needle, 900, enc));
}

// case: utf16le-string-needles-at-odd-positions
// A UTF-16 text searched from odd and even offsets, in a whole buffer and in a view of it.
const t = Buffer.from('\u039a\u0391\u03a3\u03a3\u0395 abc abc \u20ac'.repeat(30), 'ucs2');
const v = Buffer.concat([Buffer.from('zz'), t]).subarray(2);
for (let [n, o] of [['\u03a3', 0], ['\u03a3', 5], ['\u03a3', 6], ['\u03a3', 7], ['abc', 33], ['c \u20ac', -11], ['c \u20ac', -12], ['\u20ac\u039a', 0], ['x', 0]]) {
  console.log(n, o, t.indexOf(n, o, 'ucs2'), v.indexOf(n, o, 'utf16le'), t.lastIndexOf(n, o, 'ucs2'), v.includes(n, o, 'utf16le'));
}
const odd = Buffer.from('a\u0000b\u0000c', 'latin1');
console.log(odd.indexOf('b', 'ucs2'), odd.indexOf('c', 'ucs2'), odd.indexOf('ab', 'ucs2'), odd.lastIndexOf('b', 'ucs2'));

// case: number-needles-in-long-haystacks
const h = Buffer.alloc(2000);
for (let i = 0; i < h.length; i++) h[i] = i % 251;
console.log(h.indexOf(250), h.indexOf(250, 251), h.indexOf(0, 1), h.indexOf(255), h.indexOf(250 - 256), h.indexOf(250 + 512, -1000));
console.log(h.lastIndexOf(250), h.lastIndexOf(250, 1750), h.lastIndexOf(0, -1), h.lastIndexOf(255), h.includes(250, 1757), h.includes(0, 1757));
