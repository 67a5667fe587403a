// section: buf.includes(value[, byteOffset][, encoding])

// case: long-haystack-every-needle-type
const h = Buffer.from('0123456789'.repeat(60) + 'needle' + '9876543210'.repeat(40) + 'n\u00e9edle');
const r = [];
for (let [v, o, e] of [['needle', 0, 'utf8'], ['needle', 601, 'utf8'], ['n\u00e9edle', -8, 'utf8'], ['n\u00e9edle', -6, 'utf8'], ['6e65', 0, 'hex'],
    ['n\u00e9', 0, 'latin1'], ['bmVl', 0, 'base64'], ['needle', 0, 'ascii'], ['ne', 0, 'ucs2']]) {
  r.push(h.includes(v, o, e));
}
console.log(r.join(' '), h.includes(Buffer.from('needle')), h.includes(Buffer.from('needle'), 601), h.includes(0xa9), h.includes(0xa9, -1), h.includes(0x6e, -1));
