// section: Static method: Buffer.alloc(size[, fill[, encoding]])

// case: size-above-k-max-length
// java-skip: sizes are int in Java; 2**53 cannot be passed
Buffer.alloc(2 ** 53);

// case: unsafe-size-above-k-max-length
// java-skip: sizes are int in Java; 2**53 cannot be passed
Buffer.allocUnsafe(2 ** 53);
