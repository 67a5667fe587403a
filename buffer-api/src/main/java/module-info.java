/** A faithful Java port of Node.js's {@code Buffer}. */
module dev.nodebuffer {
  requires static transitive org.jspecify;
  requires dev.nodebuffer.codec;
  requires dev.nodebuffer.pool;

  exports dev.nodebuffer;
}
