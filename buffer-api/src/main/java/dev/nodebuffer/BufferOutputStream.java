package dev.nodebuffer;

import java.io.EOFException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * {@link Buffer#asOutputStream()}: writes into a fixed range of a backing array from its start,
 * and fails with {@link EOFException} on a write that does not fit, writing none of it. Not
 * synchronised, as a {@code Buffer} is not.
 */
final class BufferOutputStream extends OutputStream {
  // A cursor over one range of the backing array, as BufferInputStream is: hence the same fields.

  private final byte[] bytes;
  private final int start;
  private final int end;
  private int position;

  /** Writes {@code bytes[start, end)}; the caller checked the range. */
  BufferOutputStream(byte[] bytes, int start, int end) {
    this.bytes = bytes;
    this.start = start;
    this.end = end;
    this.position = start;
  }

  @Override
  public void write(int b) throws EOFException {
    if (position == end) {
      throw overflow(1);
    }
    bytes[position++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws EOFException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len > end - position) {
      throw overflow(len);
    }
    System.arraycopy(b, off, bytes, position, len);
    position += len;
  }

  private EOFException overflow(int len) {
    return new EOFException(
        "buffer full: cannot write "
            + len
            + " byte(s) at index "
            + (position - start)
            + " of a buffer of length "
            + (end - start));
  }

  /** Has no effect: the bytes are already in the buffer, and further writes still work. */
  @Override
  public void close() {}
}
