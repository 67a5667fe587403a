/** Node.js's string encodings as pure functions over {@code byte[]} ranges. */
module dev.nodebuffer.codec {
  requires static transitive org.jspecify;

  exports dev.nodebuffer.codec;
}
