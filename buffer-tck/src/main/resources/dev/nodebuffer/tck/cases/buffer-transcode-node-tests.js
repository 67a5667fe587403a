// section: buffer.transcode(source, fromEnc, toEnc)
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: utf8-to-each-and-back
const orig = Buffer.from('těst ☕', 'utf8');
console.log(buffer.transcode(orig, 'utf8', 'latin1'), buffer.transcode(orig, 'utf8', 'ascii'), buffer.transcode(orig, 'utf8', 'ucs2'));
console.log(buffer.transcode(buffer.transcode(orig, 'utf8', 'ucs2'), 'ucs2', 'utf8').toString());

// case: one-byte-sources-to-utf16le
const u = new Uint8Array(2);
u[0] = 0x68;
u[1] = 0xe4;
console.log(buffer.transcode(Buffer.from('hi', 'ascii'), 'ascii', 'utf16le'), buffer.transcode(Buffer.from('hä', 'latin1'), 'latin1', 'utf16le'), buffer.transcode(u, 'latin1', 'utf16le'));
console.log(buffer.transcode(new Uint8Array(0), 'utf8', 'latin1').length, buffer.transcode(Buffer.alloc(1), 'utf16le', 'ucs2'));

// case: many-euro-signs
const e8 = Buffer.from('€'.repeat(4000));
const e16 = Buffer.from('€'.repeat(4000), 'ucs2');
console.log(buffer.transcode(e8, 'utf8', 'ucs2').equals(e16), buffer.transcode(e16, 'ucs2', 'utf8').equals(e8));
