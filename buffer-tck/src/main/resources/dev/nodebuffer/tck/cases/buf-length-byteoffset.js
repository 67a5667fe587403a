// section: buf.length and buf.byteOffset

// case: doc-example-length
// Create a `Buffer` and write a shorter string to it using UTF-8.

const buf = Buffer.alloc(1234);

console.log(buf.length);
// Prints: 1234

buf.write('some string', 0, 'utf8');

console.log(buf.length);
// Prints: 1234

// case: doc-example-byteoffset
// needs: typed-arrays
// (the doc makes the view and prints nothing: the case prints its elements)
// Create a buffer smaller than `Buffer.poolSize`.
const nodeBuffer = Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

// When casting the Node.js Buffer to an Int8Array, use the byteOffset
// to refer only to the part of `nodeBuffer.buffer` that contains the memory
// for `nodeBuffer`.
console.log(Array.from(new Int8Array(nodeBuffer.buffer, nodeBuffer.byteOffset, nodeBuffer.length)));
