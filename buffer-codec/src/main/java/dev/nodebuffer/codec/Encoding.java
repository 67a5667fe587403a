package dev.nodebuffer.codec;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The encodings Node's {@code Buffer} accepts, with Node's name resolution ({@link #lookup}).
 *
 * <p>All seven of Node 22's encodings are here: {@code utf8}, {@code utf16le}, {@code latin1},
 * {@code ascii}, {@code base64}, {@code base64url} and {@code hex}, each under all of Node's
 * spellings. Every other name is unknown ({@code lookup} returns {@code null}).
 *
 * <p>In this API's terms, {@code encode} is always string to bytes and {@code decode} bytes to
 * string, whatever the encoding: for {@link #BASE64} and {@link #HEX}, {@code encode} is what Node
 * calls decoding base64 or hex text ({@code Buffer.from(s, 'hex')}), and {@code decode} is {@code
 * buf.toString('hex')}.
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
  UTF8("utf8", Utf8.INSTANCE),

  /**
   * {@code utf16le}, aliases {@code utf-16le}, {@code ucs2}, {@code ucs-2}: each UTF-16 code unit
   * as 2 bytes, little-endian, lone surrogates included, with no validation either way. Decoding
   * ignores an odd final byte. {@code byteLength} is {@code 2 * s.length()}; a partial write
   * writes {@code floor(room / 2)} whole units and leaves an odd final byte untouched. See {@link
   * Utf16le}.
   */
  UTF16LE("utf16le", Utf16le.INSTANCE),

  /**
   * {@code latin1}, alias {@code binary}: each UTF-16 code unit keeps its low 8 bits ({@code "€"},
   * U+20AC, gives {@code ac}); byte {@code b} decodes to U+00{@code b}. {@code byteLength} is
   * {@code s.length()}; a partial write writes {@code min(room, s.length())} bytes. See {@link
   * Latin1}.
   */
  LATIN1("latin1", Latin1.INSTANCE),

  /**
   * {@code ascii}: encodes exactly as {@link #LATIN1} (low 8 bits, no masking, no {@code ?}), but
   * decodes each byte masked with 0x7F ({@code ff} gives U+007F, never U+FFFD). {@code byteLength}
   * is {@code s.length()}; a partial write writes {@code min(room, s.length())} bytes. See {@link
   * Ascii}.
   */
  ASCII("ascii", Ascii.INSTANCE),

  /**
   * {@code base64}: decoding bytes gives the standard alphabet with {@code '='} padding; encoding
   * a string is Node's lenient decoder, shared with {@link #BASE64URL} (each unit's low 8 bits,
   * both alphabets, other units skipped, {@code '='} stops, a lone final digit dropped, writing
   * stops when the range is full). {@code byteLength} is Node's estimate from the length, an upper
   * bound. See {@link Base64}.
   */
  BASE64("base64", Base64.STANDARD),

  /**
   * {@code base64url}: decoding bytes gives the url alphabet ({@code -} and {@code _}) without
   * padding; encoding a string and {@code byteLength} are exactly {@link #BASE64}'s. See {@link
   * Base64}.
   */
  BASE64URL("base64url", Base64.URL),

  /**
   * {@code hex}: decoding bytes gives two lower-case digits per byte; encoding a string reads
   * pairs of units (low 8 bits, either case) and stops at the first pair that is not two hex
   * digits, ignoring an odd final unit. {@code byteLength} is {@code s.length() / 2}, an upper
   * bound. See {@link Hex}.
   */
  HEX("hex", Hex.INSTANCE);

  private final String nodeName;

  /**
   * The functions of this encoding, for example {@link Utf8#INSTANCE}. A call such as {@code
   * encoding.encode(...)} is a call of a final method of this class (this enum has no constant
   * bodies, so the JIT binds and inlines it), a read of this field and one interface call on it:
   * one dynamic dispatch, as when each constant overrode the methods itself (a virtual call then).
   * Where the JIT has seen only one or two codec classes at that call, it inlines them behind a
   * class check, as it did the constants' methods.
   */
  @SuppressWarnings("ImmutableEnumChecker") // every codec is stateless: see package-info
  private final Codec codec;

  Encoding(String nodeName, Codec codec) {
    this.nodeName = nodeName;
    this.codec = codec;
  }

  /** The canonical name Node uses for this encoding, for example {@code "utf8"}. */
  public String nodeName() {
    return nodeName;
  }

  @Override
  public int byteLength(String s) {
    return codec.byteLength(s);
  }

  @Override
  public int encode(String s, byte[] dst, int offset, int length) {
    return codec.encode(s, dst, offset, length);
  }

  @Override
  public int encode(String s, int byteLength, byte[] dst, int offset, int length) {
    return codec.encode(s, byteLength, dst, offset, length);
  }

  @Override
  public String decode(byte[] src, int offset, int length) {
    return codec.decode(src, offset, length);
  }

  /**
   * Resolves an encoding name as Node's {@code Buffer.isEncoding} and {@code normalizeEncoding}
   * do: the name as given, or else its {@code toLowerCase()}, must be one of these spellings:
   *
   * <table>
   *   <caption>Node's spellings</caption>
   *   <tr><th>spelling</th><th>encoding</th></tr>
   *   <tr><td>{@code utf8}, {@code utf-8}</td><td>{@link #UTF8}</td></tr>
   *   <tr><td>{@code utf16le}, {@code utf-16le}, {@code ucs2}, {@code ucs-2}</td>
   *       <td>{@link #UTF16LE}</td></tr>
   *   <tr><td>{@code latin1}, {@code binary}</td><td>{@link #LATIN1}</td></tr>
   *   <tr><td>{@code ascii}</td><td>{@link #ASCII}</td></tr>
   *   <tr><td>{@code base64}</td><td>{@link #BASE64}</td></tr>
   *   <tr><td>{@code base64url}</td><td>{@link #BASE64URL}</td></tr>
   *   <tr><td>{@code hex}</td><td>{@link #HEX}</td></tr>
   * </table>
   *
   * <p>So {@code "UTF-8"}, {@code "Ucs-2"}, {@code "BINARY"} and {@code "Base64URL"} resolve;
   * {@code "utf16"}, {@code "utf-16"}, {@code "latin-1"}, {@code "us-ascii"}, {@code "ucs2le"},
   * {@code "raw"} and the empty string do not. Lower-casing is Unicode's full, locale-independent mapping (JavaScript's
   * {@code toLowerCase()}, here {@code toLowerCase(Locale.ROOT)}), not case-insensitive
   * comparison: {@code "latın1"} (dotless i) is not {@code latin1}, although {@code
   * String.equalsIgnoreCase} would say it is.
   *
   * <p>Node's {@code normalizeEncoding} also maps {@code ''} (and {@code undefined}) to utf8;
   * that is a default of the individual APIs, which differ on it, so it is left to callers, as
   * {@code Buffer.isEncoding('')} is {@code false}.
   *
   * @return the encoding, or {@code null} if Node would not know the name
   */
  public static @Nullable Encoding lookup(String name) {
    Encoding exact = spelling(name);
    return exact != null ? exact : spelling(name.toLowerCase(Locale.ROOT));
  }

  private static @Nullable Encoding spelling(String name) {
    return switch (name) {
      case "utf8", "utf-8" -> UTF8;
      case "utf16le", "utf-16le", "ucs2", "ucs-2" -> UTF16LE;
      case "latin1", "binary" -> LATIN1;
      case "ascii" -> ASCII;
      case "base64" -> BASE64;
      case "base64url" -> BASE64URL;
      case "hex" -> HEX;
      default -> null;
    };
  }
}
