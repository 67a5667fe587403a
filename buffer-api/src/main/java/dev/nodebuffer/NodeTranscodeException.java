package dev.nodebuffer;

/**
 * The {@code Error} Node's {@code buffer.transcode} throws when ICU cannot convert: {@code
 * code} is ICU's error name and {@link #errno()} its number, and the message quotes the name.
 *
 * <ul>
 *   <li>{@code U_ILLEGAL_ARGUMENT_ERROR}, errno 1: an encoding transcode does not support
 *       ({@code 'hex'}, {@code 'base64'}, {@code 'utf16'}...).
 *   <li>{@code U_INVALID_CHAR_FOUND}, errno 10: ill-formed UTF-8 converted to ucs2, a lone
 *       surrogate in ucs2 converted to utf8, or a one-byte ucs2 source converted to utf8.
 * </ul>
 *
 * <p>An {@link IllegalArgumentException}: the argument cannot be transcoded.
 */
public final class NodeTranscodeException extends IllegalArgumentException implements NodeError {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int errno;

  NodeTranscodeException(String code, int errno) {
    super("Unable to transcode Buffer [" + code + "]");
    this.code = code;
    this.errno = errno;
  }

  /** Node's {@code err.code}: ICU's error name, for example {@code "U_INVALID_CHAR_FOUND"}. */
  @Override
  public String code() {
    return code;
  }

  /** Always {@code "Error"}. */
  @Override
  public String name() {
    return "Error";
  }

  /** Node's {@code err.errno}: ICU's error number, 1 or 10. */
  public int errno() {
    return errno;
  }

  /**
   * Node's {@code String(err)}, which has no {@code [code]} part for this error: {@code "Error:
   * Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]"}.
   */
  @Override
  public String toString() {
    return name() + ": " + getMessage();
  }
}
