// section: buf.toJSON()

// case: doc-example-stringify
const buf = Buffer.from([0x1, 0x2, 0x3, 0x4, 0x5]);
const json = JSON.stringify(buf);
console.log(json);
const copy = JSON.parse(json, (key, value) => {
  return value && value.type === 'Buffer' ?
    Buffer.from(value) :
    value;
});
console.log(copy);

// case: shape
const j = Buffer.from('hi').toJSON();
console.log(j, Object.keys(j), j.type, j.data.length);

// case: empty
console.log(Buffer.alloc(0).toJSON(), JSON.stringify(Buffer.alloc(0)));

// case: byte-values
console.log(JSON.stringify(Buffer.from('00017f80ff', 'hex')));

// case: a-snapshot
const b = Buffer.from('ab');
const j = b.toJSON();
b[0] = 0;
console.log(j.data, b.toJSON().data);

// case: view-bytes-only
const b = Buffer.from('abcdef').subarray(2, 4);
console.log(JSON.stringify(b), JSON.stringify({ nested: b }));
