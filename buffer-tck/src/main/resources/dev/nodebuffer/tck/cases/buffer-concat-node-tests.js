// section: Static method: Buffer.concat(list[, totalLength])
// Behaviours Node's own test/parallel/test-buffer-*.js files check (map: NODE-TESTS.md).

// case: lengths
const ten = Buffer.alloc(10, 1);
const empty = Buffer.alloc(0);
const list = [];
for (let i = 0; i < 10; i++) list.push(Buffer.from('asdf'));
console.log(Buffer.concat(list).toString(), Buffer.concat(list, 40).length, Buffer.concat([], 100).length, Buffer.concat([ten], 0).length);
console.log(Buffer.concat([ten, ten], 10), Buffer.concat([empty, ten]), Buffer.concat([ten, empty, empty]));
const padded = Buffer.concat([empty], 4096);
console.log(padded.length, padded.every((x) => x === 0), Buffer.concat([ten], 40));
