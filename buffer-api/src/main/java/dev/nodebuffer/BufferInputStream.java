package dev.nodebuffer;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@link Buffer#asInputStream()}: reads a range of a backing array, live (bytes changed in the
 * buffer before they are read are read as changed). Like {@link java.io.ByteArrayInputStream},
 * but not synchronised (as a {@code Buffer} is not), and it never hands the backing array itself
 * to anyone: for a pooled buffer that array is the whole slab, holding other buffers' bytes.
 */
final class BufferInputStream extends InputStream {
  /** The most {@link #transferTo} copies at a time, so that its scratch array stays small. */
  private static final int TRANSFER_CHUNK = 8192;

  private final byte[] bytes;
  private final int end;
  private int position;
  private int mark;

  /** Reads {@code bytes[start, end)}; the caller checked the range. */
  BufferInputStream(byte[] bytes, int start, int end) {
    this.bytes = bytes;
    this.end = end;
    this.position = start;
    this.mark = start;
  }

  @Override
  public int read() {
    return position < end ? bytes[position++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    int n = Math.min(len, end - position);
    if (n <= 0) {
      return -1;
    }
    System.arraycopy(bytes, position, b, off, n);
    position += n;
    return n;
  }

  @Override
  public byte[] readAllBytes() {
    byte[] rest = Arrays.copyOfRange(bytes, position, end);
    position = end;
    return rest;
  }

  @Override
  public byte[] readNBytes(int len) {
    if (len < 0) {
      throw new IllegalArgumentException("len < 0");
    }
    int n = Math.min(len, end - position);
    byte[] some = Arrays.copyOfRange(bytes, position, position + n);
    position += n;
    return some;
  }

  @Override
  public int readNBytes(byte[] b, int off, int len) {
    int n = read(b, off, len);
    return n < 0 ? 0 : n;
  }

  @Override
  public long skip(long n) {
    long k = Math.max(0, Math.min(n, end - position));
    position += (int) k;
    return k;
  }

  @Override
  public void skipNBytes(long n) throws IOException {
    if (n > end - position) {
      position = end;
      throw new EOFException("skipNBytes(" + n + ") past the end of the buffer");
    }
    skip(n);
  }

  @Override
  public int available() {
    return end - position;
  }

  @Override
  public long transferTo(OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    int total = end - position;
    // A chunked copy, not out.write(bytes, ...): the backing array may be a slab shared with
    // other buffers, and an OutputStream may keep the array it is given.
    byte[] chunk = new byte[Math.min(total, TRANSFER_CHUNK)];
    while (position < end) {
      int n = Math.min(chunk.length, end - position);
      System.arraycopy(bytes, position, chunk, 0, n);
      out.write(chunk, 0, n);
      position += n;
    }
    return total;
  }

  @Override
  public boolean markSupported() {
    return true;
  }

  /** Marks the current position; {@code readlimit} is ignored, as the whole range stays readable. */
  @Override
  public void mark(int readlimit) {
    mark = position;
  }

  /** Goes back to the last mark, or to the start if nothing was marked. */
  @Override
  public void reset() {
    position = mark;
  }

  /** Has no effect: the stream stays readable, as a {@link java.io.ByteArrayInputStream} does. */
  @Override
  public void close() {}
}
