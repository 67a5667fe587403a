/**
 * Node.js's pool for small buffers ({@code Buffer.poolSize}, lib/buffer.js's {@code allocPool}):
 * where each pooled buffer is carved from which slab, byte for byte as Node 22 does it, over slabs
 * the caller makes. Thread-safe, one pool shared or one per thread; each pool instance holds
 * mutable state (see the package's "Global state").
 */
module dev.nodebuffer.pool {
  requires static transitive org.jspecify;

  exports dev.nodebuffer.pool;
}
