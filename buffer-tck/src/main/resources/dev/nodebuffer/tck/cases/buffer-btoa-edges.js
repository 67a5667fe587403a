// section: Global function: btoa(data)

// case: every-remainder-and-byte
const r = [];
for (let s of ['', '\u0000', '\u00ff', '\u00ff\u00fe', '\u00ff\u00fe\u00fd', 'abcd', 'abcde', '\u0080\u0081\u0082\u0083']) r.push(buffer.btoa(s));
console.log(r.join(' '));
let all = '';
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
const b = buffer.btoa(all);
console.log(b.length, b.slice(0, 20), b.slice(-20), b === Buffer.from(all, 'latin1').toString('base64'));
