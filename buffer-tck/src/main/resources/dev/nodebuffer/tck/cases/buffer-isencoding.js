// section: Static method: Buffer.isEncoding(encoding)

// case: doc-example
console.log(Buffer.isEncoding('utf8'));
console.log(Buffer.isEncoding('hex'));
console.log(Buffer.isEncoding('utf/8'));
console.log(Buffer.isEncoding(''));

// case: every-name
const names = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex'];
console.log(names.map((n) => Buffer.isEncoding(n)).join(' '));
console.log(names.map((n) => Buffer.isEncoding(n.toUpperCase())).join(' '));

// case: not-encodings
const names = ['utf16', 'utf-16', 'latin-1', 'us-ascii', 'buffer', 'raw', 'raws', 'ucs2le', 'UTF8 ', 'base-64'];
console.log(names.map((n) => Buffer.isEncoding(n)).join(' '));
