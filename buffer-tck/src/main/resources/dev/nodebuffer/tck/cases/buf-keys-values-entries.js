// section: buf.keys(), buf.values(), buf.entries()

// case: doc-example-entries
const buf = Buffer.from('buffer');
for (let pair of buf.entries()) {
  console.log(pair);
}

// case: doc-example-keys
const buf = Buffer.from('buffer');
for (let key of buf.keys()) {
  console.log(key);
}

// case: doc-example-values
const buf = Buffer.from('buffer');
for (let value of buf.values()) {
  console.log(value);
}
for (let value of buf) {
  console.log(value);
}

// case: spread
const b = Buffer.from('ab');
console.log([...b.entries()], [...b.keys()], [...b.values()], [...b]);

// case: empty
const e = Buffer.alloc(0);
console.log([...e.entries()], [...e.keys()], [...e.values()]);

// case: of-a-view
const b = Buffer.from('abcdef').subarray(4);
console.log([...b.entries()]);

// case: live
const b = Buffer.from('abc');
const out = [];
for (let v of b.values()) {
  out.push(v);
  if (v === 97) b[2] = 0x7a;
}
console.log(out);

// case: uint8array
const u = new Uint8Array(3);
u[1] = 300;
console.log([...u.entries()], [...u]);

// case: doc-example-buffers-and-iteration
const buf = Buffer.from('010203', 'hex');
for (let b of buf) {
  console.log(b);
}
