/**
 * Node.js's {@code Buffer} string encodings over {@code byte[]} ranges (utf8, utf16le, latin1,
 * ascii, base64, base64url, hex), as Node 22 does them, with the byte-level functions around them:
 * UTF-8 and ASCII validation ({@code buffer.isUtf8}, {@code isAscii}), {@code buffer.transcode},
 * and forgiving base64 ({@code atob}, {@code btoa}). Results depend on the arguments alone; some
 * working memory is reused across calls and threads (see the package's "Global state").
 */
module dev.nodebuffer.codec {
  requires static transitive org.jspecify;

  exports dev.nodebuffer.codec;
}
