package dev.nodebuffer;

import dev.nodebuffer.codec.Encoding;

/**
 * {@link Buffer}'s raw string bindings, undocumented in Node but public and used by ported code
 * for speed: {@code asciiSlice}, {@code hexWrite}, {@code utf8Slice} ... (a {@code *Slice} and a
 * {@code *Write} for each of ascii, base64, base64url, hex, latin1, ucs2 and utf8), with Node
 * 22's own range checks and errors, which differ from {@code toString}'s and {@code write}'s.
 *
 * <p>The fourteen families are alike by design: each is one of Node's names, and each member is
 * one line that names its encoding and calls the shared {@code rawSlice}, {@code
 * rawWriteWrapped} (Node 22 wraps {@code utf8Write}, {@code latin1Write} and {@code asciiWrite}
 * in JavaScript) or {@code rawWriteNative} ({@code src/node_buffer.cc}, {@code StringWrite}).
 *
 * <p>One of the package-private facets that {@link Buffer}'s instance surface is cut into, one
 * concern per file (see {@code buffer-api/DESIGN.md}). Users never name this class: its public
 * methods are {@code Buffer}'s, javac gives {@code Buffer} a public bridge for each, and javadoc
 * documents them on {@code Buffer}.
 */
abstract class BufferStringBindings extends BufferStrings {

  BufferStringBindings(ArrayBuffer buffer, int byteOffset, int length) {
    super(buffer, byteOffset, length);
  }

  /** {@code buf.asciiSlice()}: the whole buffer decoded as ascii; see {@link #asciiSlice(int, int)}. */
  public String asciiSlice() {
    return rawSlice(Encoding.ASCII, 0, length);
  }

  /** {@code buf.asciiSlice(start)}: see {@link #asciiSlice(int, int)}. */
  public String asciiSlice(int start) {
    return rawSlice(Encoding.ASCII, start, length);
  }

  /**
   * {@code buf.asciiSlice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as ascii, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String asciiSlice(int start, int end) {
    return rawSlice(Encoding.ASCII, start, end);
  }

  /** {@code buf.asciiWrite(string)}: from offset 0; see {@link #asciiWrite(String, int, int)}. */
  public int asciiWrite(String string) {
    return rawWriteWrapped(string, Encoding.ASCII, 0, length);
  }

  /** {@code buf.asciiWrite(string, offset)}: up to the end; see {@link #asciiWrite(String, int, int)}. */
  public int asciiWrite(String string, int offset) {
    return rawWriteWrapped(string, Encoding.ASCII, offset, length);
  }

  /**
   * {@code buf.asciiWrite(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as ascii into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * <p>In Node 22 this binding is a JavaScript wrapper, so its range checks come first and
   * differ from {@code hexWrite}'s.
   *
   * @throws NodeIndexException {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code "offset" is outside of
   *     buffer bounds}) if {@code offset} is outside {@code [0, length()]}; ({@code "length" is
   *     outside of buffer bounds}) if {@code length} is negative
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked after the range)
   */
  public int asciiWrite(String string, int offset, int length) {
    return rawWriteWrapped(string, Encoding.ASCII, offset, length);
  }

  /** {@code buf.base64Slice()}: the whole buffer decoded as base64; see {@link #base64Slice(int, int)}. */
  public String base64Slice() {
    return rawSlice(Encoding.BASE64, 0, length);
  }

  /** {@code buf.base64Slice(start)}: see {@link #base64Slice(int, int)}. */
  public String base64Slice(int start) {
    return rawSlice(Encoding.BASE64, start, length);
  }

  /**
   * {@code buf.base64Slice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as base64, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String base64Slice(int start, int end) {
    return rawSlice(Encoding.BASE64, start, end);
  }

  /** {@code buf.base64Write(string)}: from offset 0; see {@link #base64Write(String, int, int)}. */
  public int base64Write(String string) {
    return rawWriteNative(string, Encoding.BASE64, 0, length);
  }

  /** {@code buf.base64Write(string, offset)}: up to the end; see {@link #base64Write(String, int, int)}. */
  public int base64Write(String string, int offset) {
    return rawWriteNative(string, Encoding.BASE64, offset, length);
  }

  /**
   * {@code buf.base64Write(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as base64 into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} ({@code Index out of range}) if {@code
   *     offset} or {@code length} is negative; {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code
   *     "offset" is outside of buffer bounds}) if {@code offset > length()}
   */
  public int base64Write(String string, int offset, int length) {
    return rawWriteNative(string, Encoding.BASE64, offset, length);
  }

  /** {@code buf.base64urlSlice()}: the whole buffer decoded as base64url; see {@link #base64urlSlice(int, int)}. */
  public String base64urlSlice() {
    return rawSlice(Encoding.BASE64URL, 0, length);
  }

  /** {@code buf.base64urlSlice(start)}: see {@link #base64urlSlice(int, int)}. */
  public String base64urlSlice(int start) {
    return rawSlice(Encoding.BASE64URL, start, length);
  }

  /**
   * {@code buf.base64urlSlice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as base64url, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String base64urlSlice(int start, int end) {
    return rawSlice(Encoding.BASE64URL, start, end);
  }

  /** {@code buf.base64urlWrite(string)}: from offset 0; see {@link #base64urlWrite(String, int, int)}. */
  public int base64urlWrite(String string) {
    return rawWriteNative(string, Encoding.BASE64URL, 0, length);
  }

  /** {@code buf.base64urlWrite(string, offset)}: up to the end; see {@link #base64urlWrite(String, int, int)}. */
  public int base64urlWrite(String string, int offset) {
    return rawWriteNative(string, Encoding.BASE64URL, offset, length);
  }

  /**
   * {@code buf.base64urlWrite(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as base64url into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} ({@code Index out of range}) if {@code
   *     offset} or {@code length} is negative; {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code
   *     "offset" is outside of buffer bounds}) if {@code offset > length()}
   */
  public int base64urlWrite(String string, int offset, int length) {
    return rawWriteNative(string, Encoding.BASE64URL, offset, length);
  }

  /** {@code buf.hexSlice()}: the whole buffer decoded as hex; see {@link #hexSlice(int, int)}. */
  public String hexSlice() {
    return rawSlice(Encoding.HEX, 0, length);
  }

  /** {@code buf.hexSlice(start)}: see {@link #hexSlice(int, int)}. */
  public String hexSlice(int start) {
    return rawSlice(Encoding.HEX, start, length);
  }

  /**
   * {@code buf.hexSlice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as hex, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String hexSlice(int start, int end) {
    return rawSlice(Encoding.HEX, start, end);
  }

  /** {@code buf.hexWrite(string)}: from offset 0; see {@link #hexWrite(String, int, int)}. */
  public int hexWrite(String string) {
    return rawWriteNative(string, Encoding.HEX, 0, length);
  }

  /** {@code buf.hexWrite(string, offset)}: up to the end; see {@link #hexWrite(String, int, int)}. */
  public int hexWrite(String string, int offset) {
    return rawWriteNative(string, Encoding.HEX, offset, length);
  }

  /**
   * {@code buf.hexWrite(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as hex into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} ({@code Index out of range}) if {@code
   *     offset} or {@code length} is negative; {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code
   *     "offset" is outside of buffer bounds}) if {@code offset > length()}
   */
  public int hexWrite(String string, int offset, int length) {
    return rawWriteNative(string, Encoding.HEX, offset, length);
  }

  /** {@code buf.latin1Slice()}: the whole buffer decoded as latin1; see {@link #latin1Slice(int, int)}. */
  public String latin1Slice() {
    return rawSlice(Encoding.LATIN1, 0, length);
  }

  /** {@code buf.latin1Slice(start)}: see {@link #latin1Slice(int, int)}. */
  public String latin1Slice(int start) {
    return rawSlice(Encoding.LATIN1, start, length);
  }

  /**
   * {@code buf.latin1Slice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as latin1, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String latin1Slice(int start, int end) {
    return rawSlice(Encoding.LATIN1, start, end);
  }

  /** {@code buf.latin1Write(string)}: from offset 0; see {@link #latin1Write(String, int, int)}. */
  public int latin1Write(String string) {
    return rawWriteWrapped(string, Encoding.LATIN1, 0, length);
  }

  /** {@code buf.latin1Write(string, offset)}: up to the end; see {@link #latin1Write(String, int, int)}. */
  public int latin1Write(String string, int offset) {
    return rawWriteWrapped(string, Encoding.LATIN1, offset, length);
  }

  /**
   * {@code buf.latin1Write(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as latin1 into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * <p>In Node 22 this binding is a JavaScript wrapper, so its range checks come first and
   * differ from {@code hexWrite}'s.
   *
   * @throws NodeIndexException {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code "offset" is outside of
   *     buffer bounds}) if {@code offset} is outside {@code [0, length()]}; ({@code "length" is
   *     outside of buffer bounds}) if {@code length} is negative
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked after the range)
   */
  public int latin1Write(String string, int offset, int length) {
    return rawWriteWrapped(string, Encoding.LATIN1, offset, length);
  }

  /** {@code buf.ucs2Slice()}: the whole buffer decoded as ucs2; see {@link #ucs2Slice(int, int)}. */
  public String ucs2Slice() {
    return rawSlice(Encoding.UTF16LE, 0, length);
  }

  /** {@code buf.ucs2Slice(start)}: see {@link #ucs2Slice(int, int)}. */
  public String ucs2Slice(int start) {
    return rawSlice(Encoding.UTF16LE, start, length);
  }

  /**
   * {@code buf.ucs2Slice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as ucs2, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String ucs2Slice(int start, int end) {
    return rawSlice(Encoding.UTF16LE, start, end);
  }

  /** {@code buf.ucs2Write(string)}: from offset 0; see {@link #ucs2Write(String, int, int)}. */
  public int ucs2Write(String string) {
    return rawWriteNative(string, Encoding.UTF16LE, 0, length);
  }

  /** {@code buf.ucs2Write(string, offset)}: up to the end; see {@link #ucs2Write(String, int, int)}. */
  public int ucs2Write(String string, int offset) {
    return rawWriteNative(string, Encoding.UTF16LE, offset, length);
  }

  /**
   * {@code buf.ucs2Write(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as ucs2 into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked first)
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} ({@code Index out of range}) if {@code
   *     offset} or {@code length} is negative; {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code
   *     "offset" is outside of buffer bounds}) if {@code offset > length()}
   */
  public int ucs2Write(String string, int offset, int length) {
    return rawWriteNative(string, Encoding.UTF16LE, offset, length);
  }

  /** {@code buf.utf8Slice()}: the whole buffer decoded as utf8; see {@link #utf8Slice(int, int)}. */
  public String utf8Slice() {
    return rawSlice(Encoding.UTF8, 0, length);
  }

  /** {@code buf.utf8Slice(start)}: see {@link #utf8Slice(int, int)}. */
  public String utf8Slice(int start) {
    return rawSlice(Encoding.UTF8, start, length);
  }

  /**
   * {@code buf.utf8Slice(start, end)}: Node's undocumented raw binding, bytes {@code [start,
   * end)} decoded as utf8, without {@link #toString(String, int, int)}'s clamping. An {@code
   * end} before {@code start} means {@code start} (giving {@code ""}).
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} with the plain message {@code Index out
   *     of range} if {@code start} or {@code end} is negative, or the range ends past the
   *     length ({@code end > length()}, or {@code start > length()} when {@code end <= start})
   */
  public String utf8Slice(int start, int end) {
    return rawSlice(Encoding.UTF8, start, end);
  }

  /** {@code buf.utf8Write(string)}: from offset 0; see {@link #utf8Write(String, int, int)}. */
  public int utf8Write(String string) {
    return rawWriteWrapped(string, Encoding.UTF8, 0, length);
  }

  /** {@code buf.utf8Write(string, offset)}: up to the end; see {@link #utf8Write(String, int, int)}. */
  public int utf8Write(String string, int offset) {
    return rawWriteWrapped(string, Encoding.UTF8, offset, length);
  }

  /**
   * {@code buf.utf8Write(string, offset, length)}: Node's undocumented raw binding, {@code
   * string} encoded as utf8 into {@code [offset, offset + length)} (a {@code length} beyond
   * the room is clamped to it), returning the number of bytes written, as {@link #write(String,
   * int, int, String)} writes.
   *
   * <p>In Node 22 this binding is a JavaScript wrapper, so its range checks come first and
   * differ from {@code hexWrite}'s.
   *
   * @throws NodeIndexException {@code ERR_BUFFER_OUT_OF_BOUNDS} ({@code "offset" is outside of
   *     buffer bounds}) if {@code offset} is outside {@code [0, length()]}; ({@code "length" is
   *     outside of buffer bounds}) if {@code length} is negative
   * @throws NodeArgumentException the native {@code ERR_INVALID_ARG_TYPE} {@code argument must
   *     be a string} if {@code string} is {@code null} (checked after the range)
   */
  public int utf8Write(String string, int offset, int length) {
    return rawWriteWrapped(string, Encoding.UTF8, offset, length);
  }

  private String rawSlice(Encoding encoding, int start, int end) {
    if (start < 0 || end < 0) {
      throw Errors.indexOutOfRange();
    }
    int stop = Math.max(start, end);
    if (stop > length) {
      throw Errors.indexOutOfRange();
    }
    return start == stop ? "" : decode(encoding, start, stop);
  }

  /** Node 22's JavaScript wrappers of utf8Write, latin1Write and asciiWrite. */
  private int rawWriteWrapped(String string, Encoding encoding, int offset, int length) {
    if (offset < 0 || offset > this.length) {
      throw Errors.bufferOutOfBounds("offset");
    }
    if (length < 0) {
      throw Errors.bufferOutOfBounds("length");
    }
    return writeChecked(string, encoding, offset, Math.min(length, this.length - offset));
  }

  /** Node's native StringWrite (hexWrite, base64Write, base64urlWrite, ucs2Write). */
  private int rawWriteNative(String string, Encoding encoding, int offset, int length) {
    if (string == null) {
      throw Errors.argumentMustBeAString();
    }
    if (offset < 0) {
      throw Errors.indexOutOfRange();
    }
    if (offset > this.length) {
      throw Errors.bufferOutOfBounds("offset");
    }
    if (length < 0) {
      throw Errors.indexOutOfRange();
    }
    return writeChecked(string, encoding, offset, Math.min(length, this.length - offset));
  }
}
