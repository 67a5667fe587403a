// section: buf.toString([encoding[, start[, end]]])

// case: utf8-round-trip
const buf = Buffer.from('héllo wörld €😀');
console.log(buf.toString(), buf.length);

// case: lone-surrogate-round-trip
// A lone surrogate is written as U+FFFD, so it reads back as U+FFFD.
console.log(Buffer.from('\ud800').toString().length, Buffer.from('a\udfffb').toString());
