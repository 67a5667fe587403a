package dev.nodebuffer;

import dev.nodebuffer.codec.Encoding;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * {@link Buffer}'s strings: {@code toString} and {@code toLocaleString} with an encoding and a
 * range, {@code write}, and {@code fill} with a number, a string in any encoding or a view; plus
 * the encoding-name resolution that {@code Buffer}'s factories share. The encodings themselves
 * are {@link Encoding}'s (module {@code dev.nodebuffer.codec}).
 *
 * <p>One of the package-private facets that {@link Buffer}'s instance surface is cut into, one
 * concern per file (see {@code buffer-api/DESIGN.md}). Users never name this class: its public
 * methods are {@code Buffer}'s, javac gives {@code Buffer} a public bridge for each, and javadoc
 * documents them on {@code Buffer}.
 */
abstract class BufferStrings extends BufferWrites {

  BufferStrings(ArrayBuffer buffer, int byteOffset, int length) {
    super(buffer, byteOffset, length);
  }

  /**
   * The encoding named {@code encoding} for {@code from}, {@code write} and {@code fill}: a
   * missing or empty name is UTF-8 (Node's {@code !encoding}), an unknown one is an error.
   */
  static Encoding encodingOrUtf8(@Nullable String encoding) {
    return encoding == null || encoding.isEmpty() ? Encoding.UTF8 : known(encoding);
  }

  /** The encoding named {@code encoding}, which must be one Node knows. */
  static Encoding known(String encoding) {
    Encoding resolved = Encoding.lookup(encoding);
    if (resolved == null) {
      throw Errors.unknownEncoding(encoding);
    }
    return resolved;
  }

  /** {@code buf.toString()}: the bytes decoded as UTF-8, invalid sequences replaced as Node does. */
  @Override
  public String toString() {
    return decode(Encoding.UTF8, 0, length);
  }

  /** {@code buf.toString(encoding)}: see {@link #toString(String, int, int)}. */
  public String toString(@Nullable String encoding) {
    return toString(encoding, 0, length);
  }

  /** {@code buf.toString(encoding, start)}: see {@link #toString(String, int, int)}. */
  public String toString(@Nullable String encoding, int start) {
    return toString(encoding, start, length);
  }

  /**
   * {@code buf.toString(encoding, start, end)}: bytes {@code [start, end)} decoded with {@code
   * encoding}.
   *
   * <p>Never throws for positions, as in Node: a negative {@code start} means 0, an {@code end}
   * past the length means the length, and an empty range gives {@code ""}, <em>before</em> the
   * encoding is looked at ({@code toString("bogus", 10)} on a short buffer is {@code ""}). A
   * {@code null} encoding means UTF-8, as {@code undefined} does in Node; {@code ""} is unknown.
   *
   * @throws NodeArgumentException {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know
   *     (when the range is not empty); {@code ERR_STRING_TOO_LONG} (an {@code Error}) when the
   *     result would be longer than Node's {@code kStringMaxLength}, 536870888 characters (for
   *     UTF-8 Node compares the byte count)
   */
  public String toString(@Nullable String encoding, int start, int end) {
    int from = Math.max(start, 0);
    if (from >= length) {
      return "";
    }
    int to = Math.min(end, length);
    if (to <= from) {
      return "";
    }
    return decode(encoding == null ? Encoding.UTF8 : known(encoding), from, to);
  }

  final String decode(Encoding encoding, int start, int end) {
    if (Strings.decodedLength(encoding, end - start) > Strings.K_STRING_MAX_LENGTH) {
      throw Errors.stringTooLong();
    }
    return encoding.decode(buffer.bytes, byteOffset + start, end - start);
  }

  /** {@code buf.write(string)}: writes {@code string} as UTF-8 from offset 0; see {@link #write(String, int, int, String)}. */
  public int write(String string) {
    return writeChecked(string, Encoding.UTF8, 0, length);
  }

  /** {@code buf.write(string, encoding)}: from offset 0; see {@link #write(String, int, int, String)}. */
  public int write(String string, @Nullable String encoding) {
    return writeChecked(string, encodingOrUtf8(encoding), 0, length);
  }

  /** {@code buf.write(string, offset)}: as UTF-8; see {@link #write(String, int, int, String)}. */
  public int write(String string, int offset) {
    return write(string, offset, length - checkWriteOffset(offset), null);
  }

  /** {@code buf.write(string, offset, encoding)}: see {@link #write(String, int, int, String)}. */
  public int write(String string, int offset, @Nullable String encoding) {
    return write(string, offset, length - checkWriteOffset(offset), encoding);
  }

  /** {@code buf.write(string, offset, length)}: as UTF-8; see {@link #write(String, int, int, String)}. */
  public int write(String string, int offset, int length) {
    return write(string, offset, length, null);
  }

  /**
   * {@code buf.write(string, offset, length, encoding)}: writes {@code string}, encoded, into
   * {@code [offset, offset + length)} and returns the number of bytes written.
   *
   * <p>As in Node, only whole characters are written and writing stops at the first one that does
   * not fit ({@code Buffer.alloc(4).write("a😀")} is 1); hex and base64 text is decoded until
   * the room runs out or, for hex, the first invalid pair. Bytes past the count are untouched.
   * {@code length} must be at most the buffer's length (not the room after {@code offset}) and is
   * then clamped to that room. A {@code null} or empty encoding means UTF-8.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is outside {@code [0,
   *     length()]} or {@code length} outside {@code [0, length()]}
   * @throws NodeArgumentException {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know;
   *     {@code ERR_INVALID_ARG_TYPE} if {@code string} is {@code null} (checked after the encoding)
   */
  public int write(String string, int offset, int length, @Nullable String encoding) {
    checkWriteOffset(offset);
    if (length < 0 || length > this.length) {
      throw Errors.positionOutOfRange("length", ">= 0 && <= " + this.length, length);
    }
    return writeChecked(string, encodingOrUtf8(encoding), offset, Math.min(length, this.length - offset));
  }

  private int checkWriteOffset(int offset) {
    if (offset < 0 || offset > length) {
      throw Errors.positionOutOfRange("offset", ">= 0 && <= " + length, offset);
    }
    return offset;
  }

  final int writeChecked(String string, Encoding encoding, int offset, int room) {
    if (string == null) {
      throw Errors.argumentMustBeAString();
    }
    return encoding.encode(string, buffer.bytes, byteOffset + offset, room);
  }

  /** {@code buf.fill(value)}: fills with {@code value & 0xFF}; see {@link #fill(int, int, int)}. */
  public Buffer fill(int value) {
    return fill(value, 0, length);
  }

  /** {@code buf.fill(value, offset)}: see {@link #fill(int, int, int)}. */
  public Buffer fill(int value, int offset) {
    return fill(value, offset, length);
  }

  /**
   * {@code buf.fill(value, offset, end)}: sets every byte of {@code [offset, end)} to {@code value
   * & 0xFF} (257 gives 1, -1 gives 255), as Node's ToUint8 does, and returns this buffer. An
   * {@code offset} at or past {@code end} (even past the length) changes nothing.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is negative or {@code end}
   *     outside {@code [0, length()]}
   */
  public Buffer fill(int value, int offset, int end) {
    if (checkFillRange(offset, end)) {
      Arrays.fill(buffer.bytes, byteOffset + offset, byteOffset + end, (byte) value);
    }
    return self();
  }

  /** {@code buf.fill(string)}: as UTF-8 over the whole buffer; see {@link #fill(String, int, int, String)}. */
  public Buffer fill(String value) {
    return fill(value, null);
  }

  /** {@code buf.fill(string, encoding)}: over the whole buffer; see {@link #fill(String, int, int, String)}. */
  public Buffer fill(String value, @Nullable String encoding) {
    if (value == null) {
      return fill(0);
    }
    return fillPattern(value, encodingOrUtf8(encoding), 0, length);
  }

  /** {@code buf.fill(string, offset)}: as UTF-8; see {@link #fill(String, int, int, String)}. */
  public Buffer fill(String value, int offset) {
    return fill(value, offset, length, null);
  }

  /** {@code buf.fill(string, offset, encoding)}: see {@link #fill(String, int, int, String)}. */
  public Buffer fill(String value, int offset, @Nullable String encoding) {
    return fill(value, offset, length, encoding);
  }

  /** {@code buf.fill(string, offset, end)}: as UTF-8; see {@link #fill(String, int, int, String)}. */
  public Buffer fill(String value, int offset, int end) {
    return fill(value, offset, end, null);
  }

  /**
   * {@code buf.fill(string, offset, end, encoding)}: repeats the bytes of {@code value}, encoded,
   * over {@code [offset, end)} and returns this buffer. The last copy is cut wherever the range
   * ends, even inside a character ({@code Buffer.alloc(5).fill("😀")} is {@code f0 9f 98 80 f0}).
   * An empty string fills with zeros; so does a {@code null} value, as {@code undefined} does in
   * Node (the encoding is then ignored). A {@code null} or empty encoding means UTF-8.
   *
   * <p>Only the first {@code end - offset} bytes of {@code value}'s encoding are used, so only
   * they are made: a Java string whose whole encoding would pass an {@code int} (longer than any
   * JavaScript string) fills as its beginning does.
   *
   * <p>The order of checks is Node's: the encoding first (even for an empty range), then the
   * range; an empty range ({@code offset >= end}, even with {@code offset} past the length)
   * changes nothing and does not look at {@code value}.
   *
   * @throws NodeArgumentException {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know;
   *     {@code ERR_INVALID_ARG_VALUE} if {@code value} encodes to no bytes (hex {@code "zz"})
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is negative or {@code end}
   *     outside {@code [0, length()]}
   */
  public Buffer fill(String value, int offset, int end, @Nullable String encoding) {
    if (value == null) {
      return fill(0, offset, end);
    }
    Encoding known = encodingOrUtf8(encoding);
    return checkFillRange(offset, end) ? fillPattern(value, known, offset, end) : self();
  }

  /**
   * {@code buf.fill(value)} with a view (a {@link Buffer}, any typed array or a {@code DataView}):
   * its bytes repeated over the whole buffer; see {@link #fill(ArrayBufferView, int, int)}.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_VALUE} if {@code value} is empty (and
   *     this buffer is not)
   */
  public Buffer fill(@Nullable ArrayBufferView value) {
    return value == null ? fill(0) : fillView(value, 0, length);
  }

  /** {@code buf.fill(value, offset)} with a view; see {@link #fill(ArrayBufferView, int, int)}. */
  public Buffer fill(@Nullable ArrayBufferView value, int offset) {
    return fill(value, offset, length);
  }

  /**
   * {@code buf.fill(value, offset, end)} with a view (a {@link Buffer}, any typed array or a {@code
   * DataView}): repeats the bytes {@code value} views (a {@code Uint16Array}'s {@code 0x0102} is
   * {@code 02 01}) over {@code [offset, end)}, the last copy cut where the range ends, and
   * returns this buffer ({@code Buffer.alloc(5).fill(Buffer.from("abc"), 1)} is {@code 00 61 62 63
   * 61}). The pattern is the bytes {@code value} held before the call, even when it views this
   * buffer's own memory. A {@code null} value fills zeros, as {@code undefined} does in Node. An
   * empty range changes nothing and does not look at {@code value}.
   *
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE} if {@code offset} is negative or {@code end}
   *     outside {@code [0, length()]}
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_VALUE} ({@code The argument 'value' is
   *     invalid. Received <Buffer >}, or {@code Received Uint16Array(0) []} for another view) if
   *     {@code value} is empty and the range is not
   */
  public Buffer fill(@Nullable ArrayBufferView value, int offset, int end) {
    if (value == null) {
      return fill(0, offset, end);
    }
    return checkFillRange(offset, end) ? fillView(value, offset, end) : self();
  }

  private Buffer fillView(ArrayBufferView value, int offset, int end) {
    if (offset >= end) {
      return self();
    }
    if (value.byteLength() == 0) {
      throw Errors.invalidArgValue("value", Inspect.emptyView(value));
    }
    // The first copy is a memmove, so a pattern that overlaps the range is read before it is written.
    int first = Math.min(value.byteLength(), end - offset);
    System.arraycopy(value.buffer().bytes, value.byteOffset(), buffer.bytes, byteOffset + offset, first);
    int start = byteOffset + offset;
    int count = end - offset;
    for (int filled = first; filled < count; filled *= 2) {
      System.arraycopy(buffer.bytes, start, buffer.bytes, start + filled, Math.min(filled, count - filled));
    }
    return self();
  }

  private Buffer fillPattern(String value, Encoding encoding, int offset, int end) {
    int start = byteOffset + offset;
    int stop = byteOffset + end;
    if (start >= stop) {
      return self();
    }
    if (value.isEmpty()) {
      Arrays.fill(buffer.bytes, start, stop, (byte) 0);
      return self();
    }
    // Only the bytes the range can show are made, so an int byte count holds them all.
    String source = Strings.encodingPrefix(encoding, value, stop - start);
    int byteLength = encoding.byteLength(source);
    byte[] pattern = new byte[byteLength];
    int patternLength = encoding.encode(source, byteLength, pattern, 0, byteLength);
    if (patternLength == 0) {
      // The message shows 128 characters of the inspected value: more are not made.
      throw Errors.invalidArgValue("value", Strings.inspect(value, 256));
    }
    repeat(pattern, patternLength, buffer.bytes, start, stop);
    return self();
  }

  /** Node's fill: copies the pattern, then doubles what is written until the range is full. */
  private static void repeat(byte[] pattern, int patternLength, byte[] dst, int start, int stop) {
    int first = Math.min(patternLength, stop - start);
    System.arraycopy(pattern, 0, dst, start, first);
    for (int filled = first; filled < stop - start; filled *= 2) {
      System.arraycopy(dst, start, dst, start + filled, Math.min(filled, stop - start - filled));
    }
  }

  /** Node's fill range checks; returns whether {@code [offset, end)} is non-empty. */
  private boolean checkFillRange(int offset, int end) {
    if (offset < 0) {
      throw Errors.positionOutOfRange("offset", ">= 0 && <= " + Errors.K_MAX_LENGTH, offset);
    }
    if (end < 0 || end > length) {
      throw Errors.positionOutOfRange("end", ">= 0 && <= " + length, end);
    }
    return offset < end;
  }

  /** {@code buf.toLocaleString()}: the same as {@link #toString()}, as in Node. */
  public String toLocaleString() {
    return toString();
  }

  /** {@code buf.toLocaleString(encoding)}: the same as {@link #toString(String)}. */
  public String toLocaleString(@Nullable String encoding) {
    return toString(encoding);
  }

  /** {@code buf.toLocaleString(encoding, start)}: the same as {@link #toString(String, int)}. */
  public String toLocaleString(@Nullable String encoding, int start) {
    return toString(encoding, start);
  }

  /** {@code buf.toLocaleString(encoding, start, end)}: the same as {@link #toString(String, int, int)}. */
  public String toLocaleString(@Nullable String encoding, int start, int end) {
    return toString(encoding, start, end);
  }
}
