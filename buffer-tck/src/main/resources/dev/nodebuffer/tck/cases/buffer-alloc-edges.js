// section: Static method: Buffer.alloc(size[, fill[, encoding]])

// case: size-above-k-max-length
// needs: large-numbers
Buffer.alloc(2 ** 53);

// case: unsafe-size-above-k-max-length
// needs: large-numbers
Buffer.allocUnsafe(2 ** 53);
