package dev.nodebuffer;

import dev.nodebuffer.codec.Encoding;

/**
 * Node's {@code util.inspect} of byte views: {@code <Buffer 01 02 ... 48 more bytes>} for a
 * {@link Buffer} (Node's {@code Buffer.prototype[util.inspect.custom]}) and {@code Uint8Array(2)
 * [ 1, 2 ]} for a plain {@link Uint8Array} (Node's {@code formatTypedArray} with the default
 * options: {@code breakLength} 80, {@code compact} 3, {@code maxArrayLength} 100), and the
 * {@code buffer} module's {@code INSPECT_MAX_BYTES}.
 */
final class Inspect {
  /** Node's default {@code buffer.INSPECT_MAX_BYTES}. */
  static final int DEFAULT_MAX_BYTES = 50;

  private static final int BREAK_LENGTH = 80;
  private static final int COMPACT = 3;
  private static final int MAX_ARRAY_LENGTH = 100;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** One value for the whole JVM, as Node has one per process (per isolate). */
  private static volatile int maxBytes = DEFAULT_MAX_BYTES;

  private Inspect() {}

  static int maxBytes() {
    return maxBytes;
  }

  static void setMaxBytes(int value) {
    if (value < 0) {
      throw Errors.outOfRange("INSPECT_MAX_BYTES", ">= 0", value);
    }
    maxBytes = value;
  }

  /**
   * {@code <Buffer 01 02 ... N more bytes>}: the first {@code INSPECT_MAX_BYTES} bytes in hex.
   *
   * <p>Node's inspect starts with {@code this.hexSlice(0, shown)}, so more than 268435444 bytes to
   * show ({@code INSPECT_MAX_BYTES} raised that far, on a buffer that long) fail as that slice
   * does: {@code ERR_STRING_TOO_LONG} (Node 22, {@code INSPECT_MAX_BYTES = Infinity} on {@code
   * Buffer.alloc(268435445)}). Below, Node 22 gives the text up to about 3e7 bytes and then
   * aborts the process in V8's regular expression replace ({@code Fatal JavaScript invalid size
   * error}, at 5e7); this gives the text, at most 805306342 characters.
   */
  static String buffer(Uint8Array view) {
    int max = maxBytes;
    int shown = Math.min(max, view.length);
    long remaining = (long) view.length - max;
    if (Strings.decodedLength(Encoding.HEX, shown) > Strings.K_STRING_MAX_LENGTH) {
      throw Errors.stringTooLong();
    }
    StringBuilder out = new StringBuilder(10 + 3 * shown).append("<Buffer ");
    byte[] bytes = view.buffer.bytes;
    for (int i = 0; i < shown; i++) {
      int b = bytes[view.byteOffset + i] & 0xFF;
      if (i > 0) {
        out.append(' ');
      }
      out.append(HEX[b >>> 4]).append(HEX[b & 0xF]);
    }
    if (remaining > 0) {
      out.append(" ... ").append(remaining).append(" more byte").append(remaining > 1 ? "s" : "");
    }
    return out.append('>').toString();
  }

  /**
   * {@code util.inspect} of an empty view, as Node's messages quote one: {@code <Buffer >}, {@code
   * Uint16Array(0) []}, or a {@code DataView}'s properties.
   */
  static String emptyView(ArrayBufferView view) {
    if (view instanceof Buffer) {
      return "<Buffer >";
    }
    if (view instanceof TypedArray<?> typed) {
      return typedArray(typed);
    }
    ArrayBuffer memory = view.buffer();
    StringBuilder contents = new StringBuilder();
    for (int i = 0; i < Math.min(memory.bytes.length, 50); i++) {
      contents.append(i == 0 ? "" : " ").append(HEX[(memory.bytes[i] >> 4) & 0xF]).append(HEX[memory.bytes[i] & 0xF]);
    }
    if (memory.bytes.length > 50) {
      int more = memory.bytes.length - 50;
      contents.append(" ... ").append(more).append(" more byte").append(more > 1 ? "s" : "");
    }
    return "DataView {\n  [byteLength]: " + view.byteLength() + ",\n  [byteOffset]: " + view.byteOffset()
        + ",\n  [buffer]: ArrayBuffer { [Uint8Contents]: <" + contents + ">, [byteLength]: "
        + memory.bytes.length + " }\n}";
  }

  /** {@code util.inspect(typedArray)}: {@code Int16Array(3) [ 1, -2, 3 ]}, grouped in columns when long. */
  static String typedArray(TypedArray<?> view) {
    String open = view.kind.typeName + "(" + view.length + ") [";
    if (view.length == 0) {
      return open + "]";
    }
    int shown = Math.min(MAX_ARRAY_LENGTH, view.length);
    int remaining = view.length - shown;
    String[] output = new String[shown + (remaining > 0 ? 1 : 0)];
    for (int i = 0; i < shown; i++) {
      output[i] = TypedArrays.elementString(view, i, true);
    }
    if (remaining > 0) {
      output[shown] = "... " + remaining + " more item" + (remaining > 1 ? "s" : "");
    }
    int entries = output.length;
    if (entries > 6) {
      output = groupArrayElements(output, remaining > 0);
    }
    if (entries == output.length) {
      int start = output.length + open.length() + 10;
      if (isBelowBreakLength(output, start)) {
        return open + " " + String.join(", ", output) + " ]";
      }
    }
    return open + "\n  " + String.join(",\n  ", output) + "\n]";
  }

  private static boolean isBelowBreakLength(String[] output, int start) {
    int totalLength = output.length + start;
    if (totalLength + output.length > BREAK_LENGTH) {
      return false;
    }
    for (String entry : output) {
      totalLength += entry.length();
      if (totalLength > BREAK_LENGTH) {
        return false;
      }
    }
    return true;
  }

  /** Node's {@code groupArrayElements} at indentation 0, for numbers (right-aligned columns). */
  private static String[] groupArrayElements(String[] output, boolean hasMore) {
    int totalLength = 0;
    int maxLength = 0;
    int outputLength = hasMore ? output.length - 1 : output.length;
    int separatorSpace = 2;
    int[] dataLen = new int[outputLength];
    for (int i = 0; i < outputLength; i++) {
      int len = output[i].length();
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      maxLength = Math.max(maxLength, len);
    }
    int actualMax = maxLength + separatorSpace;
    if (actualMax * 3 < BREAK_LENGTH && ((double) totalLength / actualMax > 5 || maxLength <= 6)) {
      double approxCharHeights = 2.5;
      double averageBias = Math.sqrt(actualMax - (double) totalLength / output.length);
      double biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      int columns =
          (int)
              Math.min(
                  Math.min(
                      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
                      Math.floorDiv(BREAK_LENGTH, actualMax)),
                  Math.min(COMPACT * 4, 15));
      if (columns <= 1) {
        return output;
      }
      int[] maxLineLength = new int[columns];
      for (int i = 0; i < columns; i++) {
        int lineMaxLength = 0;
        for (int j = i; j < outputLength; j += columns) {
          lineMaxLength = Math.max(lineMaxLength, dataLen[j]);
        }
        maxLineLength[i] = lineMaxLength + separatorSpace;
      }
      int lines = (outputLength + columns - 1) / columns;
      String[] grouped = new String[lines + (hasMore ? 1 : 0)];
      for (int i = 0, line = 0; i < outputLength; i += columns, line++) {
        int max = Math.min(i + columns, outputLength);
        StringBuilder str = new StringBuilder();
        int j = i;
        for (; j < max - 1; j++) {
          padStart(str, output[j] + ", ", maxLineLength[j - i]);
        }
        padStart(str, output[j], maxLineLength[j - i] - separatorSpace);
        grouped[line] = str.toString();
      }
      if (hasMore) {
        grouped[lines] = output[outputLength];
      }
      return grouped;
    }
    return output;
  }

  private static void padStart(StringBuilder out, String text, int width) {
    for (int i = text.length(); i < width; i++) {
      out.append(' ');
    }
    out.append(text);
  }
}
