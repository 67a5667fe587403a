/** Node.js's slab allocation policy for small buffers ({@code Buffer.poolSize}). */
module dev.nodebuffer.pool {
  requires static transitive org.jspecify;

  exports dev.nodebuffer.pool;
}
