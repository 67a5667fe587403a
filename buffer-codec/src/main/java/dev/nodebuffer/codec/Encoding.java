package dev.nodebuffer.codec;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The encodings Node's {@code Buffer} accepts, with Node's name resolution.
 *
 * <p>Only {@code utf8} is implemented so far; every other name is unknown until its codec lands,
 * so that no encoding is ever half-supported.
 */
public enum Encoding implements Codec {
  /**
   * {@code utf8}, alias {@code utf-8}: WHATWG UTF-8 as Node 22 does it. A surrogate pair encodes
   * as 4 bytes and every lone surrogate as U+FFFD ({@code EF BF BD}); a partial write stops at the
   * first character that does not fit. Decoding replaces each maximal ill-formed subsequence with
   * one U+FFFD (so an encoded surrogate {@code ED A0 80} gives three) and keeps a BOM.
   * {@code byteLength} is exact; it throws {@link ArithmeticException} only for a string so long
   * (over 715 million code units) that its UTF-8 length does not fit an {@code int}.
   */
  UTF8("utf8") {
    @Override
    public int byteLength(String s) {
      return Utf8.byteLength(s);
    }

    @Override
    public int encode(String s, byte[] dst, int offset, int length) {
      return Utf8.encode(s, dst, offset, length);
    }

    @Override
    public String decode(byte[] src, int offset, int length) {
      return Utf8.decode(src, offset, length);
    }
  };

  private final String nodeName;

  Encoding(String nodeName) {
    this.nodeName = nodeName;
  }

  /** The canonical name Node uses for this encoding, for example {@code "utf8"}. */
  public String nodeName() {
    return nodeName;
  }

  /**
   * Resolves an encoding name as Node's {@code normalizeEncoding} does: the name as given, or
   * else its lower-case form, must be one of the accepted spellings ({@code "UTF-8"} works,
   * {@code "utf16"} does not).
   *
   * @return the encoding, or {@code null} if Node would not know the name
   */
  public static @Nullable Encoding lookup(String name) {
    Encoding exact = spelling(name);
    return exact != null ? exact : spelling(name.toLowerCase(Locale.ROOT));
  }

  private static @Nullable Encoding spelling(String name) {
    switch (name) {
      case "utf8":
      case "utf-8":
        return UTF8;
      default:
        return null;
    }
  }
}
