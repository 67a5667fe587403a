package dev.nodebuffer.tck;

/** The one piece of JSON writing the kit needs: a string literal. */
final class Json {
  private Json() {}

  /** {@code text} as a JSON string literal: quotes, backslashes and control characters escaped. */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
