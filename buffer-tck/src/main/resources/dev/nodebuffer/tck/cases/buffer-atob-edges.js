// section: Global function: atob(data)

// case: every-length-and-padding
const r = [];
for (let s of ['', 'QQ', 'QUI', 'QUJD', 'QQ==', 'QUI=', 'QUJDRA', 'QUJDRA==', ' Q Q = = ', 'QQ= =', 'QU\tI\n', 'QUJ\fD',
    'AAAA', '////', '+/+/', 'QUJDRA==\n']) {
  r.push(JSON.stringify(buffer.atob(s)));
}
console.log(r.join(' '));

// case: one-digit-too-many
buffer.atob('QUJDR');

// case: padding-after-a-whole-group
buffer.atob('QUJD=');

// case: padding-inside
buffer.atob('QQ==QQ==');

// case: url-alphabet
buffer.atob('-_');

// case: long-input
const sum = (s) => { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; };
const src = Buffer.alloc(3001);
for (let i = 0; i < src.length; i++) src[i] = (i * 97) & 0xff;
const text = buffer.atob(src.toString('base64'));
const spaced = buffer.atob(src.toString('base64').replace(/(....)/g, '$1 '));
console.log(text.length, sum(text), spaced === text, text.charCodeAt(3000));

// case: first-unit-beyond-ascii
buffer.atob('QQ\u0080=');
