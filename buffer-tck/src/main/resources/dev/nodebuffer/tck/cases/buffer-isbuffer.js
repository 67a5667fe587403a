// section: Static method: Buffer.isBuffer(obj)

// case: doc-example
console.log(Buffer.isBuffer(Buffer.alloc(10)));
console.log(Buffer.isBuffer(Buffer.from('foo')));
console.log(Buffer.isBuffer('a string'));
console.log(Buffer.isBuffer([]));
console.log(Buffer.isBuffer(new Uint8Array(1024)));

// case: every-factory-makes-buffers
console.log(Buffer.isBuffer(Buffer.allocUnsafe(1)), Buffer.isBuffer(Buffer.from([1])), Buffer.isBuffer(Buffer.from(new ArrayBuffer(1))), Buffer.isBuffer(Buffer.concat([])), Buffer.isBuffer(Buffer.of()));

// case: not-buffers
console.log(Buffer.isBuffer(null), Buffer.isBuffer(undefined), Buffer.isBuffer(1), Buffer.isBuffer(new ArrayBuffer(1)), Buffer.isBuffer({ type: 'Buffer', data: [] }));
