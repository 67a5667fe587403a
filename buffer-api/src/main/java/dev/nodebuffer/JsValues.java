package dev.nodebuffer;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * JavaScript's view of the Java values that stand for JavaScript ones where a factory takes an
 * object ({@code Buffer.from(Map)}, the elements of {@code concat}'s list): ToNumber, ToUint8, and
 * the {@code Received ...} text of {@code ERR_INVALID_ARG_TYPE}.
 *
 * <p>The mapping: {@code null} is {@code undefined}; a {@link Number} is a number (its {@code
 * double} value); a {@link Boolean} a boolean; a {@link CharSequence} a string; a {@link Map} a
 * plain object; a {@link List} or a Java array an {@code Array}.
 */
final class JsValues {
  /** ECMAScript's StrDecimalLiteral (after trimming), without {@code Infinity}. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?");

  private JsValues() {}

  /**
   * ECMAScript's ToUint8 of {@code value}: ToNumber, then truncation toward zero, then modulo 256;
   * NaN and the infinities give 0.
   */
  static int toUint8(@Nullable Object value) {
    return toUint8(toNumber(value));
  }

  /** ToUint8 of a number. */
  static int toUint8(double number) {
    if (Double.isNaN(number) || Double.isInfinite(number)) {
      return 0;
    }
    double modulo = (number < 0 ? Math.ceil(number) : Math.floor(number)) % 256;
    return (int) (modulo < 0 ? modulo + 256 : modulo);
  }

  /**
   * ECMAScript's ToNumber: {@code null} ({@code undefined}) is NaN, a boolean 1 or 0, a string
   * by StringToNumber, any other object by ToNumber of its {@code toString()} (as JavaScript
   * converts an object through its {@code toString}).
   */
  static double toNumber(@Nullable Object value) {
    if (value == null) {
      return Double.NaN;
    }
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof Boolean bool) {
      return bool ? 1 : 0;
    }
    return stringToNumber(value.toString());
  }

  /**
   * ECMAScript's StringToNumber: white space trimmed; empty is 0; {@code 0x}, {@code 0o}, {@code
   * 0b} integers; {@code Infinity} with an optional sign; decimal literals; anything else NaN.
   */
  static double stringToNumber(String string) {
    String text = trim(string);
    if (text.isEmpty()) {
      return 0;
    }
    if (text.length() > 2 && text.charAt(0) == '0') {
      char prefix = Character.toLowerCase(text.charAt(1));
      int radix = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 0;
      if (radix != 0) {
        double result = 0;
        for (int i = 2; i < text.length(); i++) {
          int digit = Character.digit(text.charAt(i), radix);
          if (digit < 0 || text.charAt(i) > 'z') {
            return Double.NaN;
          }
          result = result * radix + digit;
        }
        return result;
      }
    }
    return switch (text) {
      case "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
      case "-Infinity" -> Double.NEGATIVE_INFINITY;
      default -> DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
    };
  }

  /** Trims ECMAScript's WhiteSpace and LineTerminator characters from both ends. */
  private static String trim(String string) {
    int start = 0;
    int end = string.length();
    while (start < end && isJsSpace(string.charAt(start))) {
      start++;
    }
    while (end > start && isJsSpace(string.charAt(end - 1))) {
      end--;
    }
    return string.substring(start, end);
  }

  private static boolean isJsSpace(char c) {
    return c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0xA0
        || c == 0x2028 || c == 0x2029 || c == 0xFEFF || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** Whether {@code value} is what JavaScript's {@code Array.isArray} accepts here: a list or a Java array. */
  static boolean isArray(@Nullable Object value) {
    return value instanceof List || (value != null && value.getClass().isArray());
  }

  /** The length of an array ({@link #isArray}). */
  static int arrayLength(Object array) {
    return array instanceof List ? ((List<?>) array).size() : java.lang.reflect.Array.getLength(array);
  }

  /** Element {@code index} of an array ({@link #isArray}). */
  static @Nullable Object arrayElement(Object array, int index) {
    return array instanceof List ? ((List<?>) array).get(index) : java.lang.reflect.Array.get(array, index);
  }

  /**
   * Node's {@code Received ...} text of {@code ERR_INVALID_ARG_TYPE} for {@code value}: {@code
   * null}, {@code type string ('b')} (cut to 25 characters and {@code ...} beyond 28), {@code type
   * number (5)}, {@code type boolean (true)}, or {@code an instance of X} with X the JavaScript
   * class the Java value stands for ({@code Buffer}, {@code Uint8Array}, {@code ArrayBuffer},
   * {@code Object} for a map, {@code Array} for a list or an array), else the Java class's simple
   * name.
   */
  static String received(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof CharSequence) {
      String string = value.toString();
      if (string.length() > 28) {
        string = string.substring(0, 25) + "...";
      }
      return "type string (" + (string.indexOf('\'') < 0 ? "'" + string + "'" : jsonQuote(string)) + ")";
    }
    if (value instanceof Number number) {
      return "type number (" + numberToString(number.doubleValue()) + ")";
    }
    if (value instanceof Boolean) {
      return "type boolean (" + value + ")";
    }
    return "an instance of " + className(value);
  }

  private static String className(Object value) {
    if (value instanceof Buffer) {
      return "Buffer";
    }
    if (value instanceof Uint8Array) {
      return "Uint8Array";
    }
    if (value instanceof ArrayBuffer) {
      return "ArrayBuffer";
    }
    if (value instanceof Map) {
      return "Object";
    }
    if (isArray(value)) {
      return "Array";
    }
    return value.getClass().getSimpleName();
  }

  /** {@code JSON.stringify(string)}: double quotes; quote, backslash, control characters and lone surrogates escaped. */
  static String jsonQuote(String string) {
    StringBuilder out = new StringBuilder(string.length() + 2).append('"');
    for (int i = 0; i < string.length(); i++) {
      char c = string.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean lone =
              Character.isHighSurrogate(c)
                  ? i + 1 >= string.length() || !Character.isLowSurrogate(string.charAt(i + 1))
                  : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(string.charAt(i - 1)));
          if (c < 0x20 || lone) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * JavaScript's {@code String(number)} (Number::toString): the shortest digits that round-trip,
   * plainly from 1e-6 up to 1e21, in exponent form ({@code 1e+21}, {@code 1.5e-7}) outside.
   */
  static String numberToString(double number) {
    if (number == 0) {
      return 1 / number < 0 ? "-0" : "0";
    }
    if (Double.isNaN(number)) {
      return "NaN";
    }
    if (Double.isInfinite(number)) {
      return number > 0 ? "Infinity" : "-Infinity";
    }
    java.math.BigDecimal decimal = shortestDecimal(Math.abs(number));
    String digits = decimal.unscaledValue().toString();
    int k = digits.length();
    int n = k - decimal.scale(); // the value is 0.digits * 10^n
    StringBuilder out = new StringBuilder(number < 0 ? "-" : "");
    if (k <= n && n <= 21) {
      out.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
    }
    return out.toString();
  }

  /**
   * The decimal with the fewest significant digits that reads back as {@code positive}, the
   * nearest one among those, with no trailing zeros. Not {@link Double#toString(double)}: before
   * JDK 19 it sometimes gives more digits than needed ({@code 2.0000000000000002E23} for 2e23).
   */
  private static java.math.BigDecimal shortestDecimal(double positive) {
    java.math.BigDecimal exact = new java.math.BigDecimal(positive);
    for (int precision = 1; precision < 17; precision++) {
      java.math.BigDecimal rounded =
          exact.round(new java.math.MathContext(precision, java.math.RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == positive) {
        return rounded.stripTrailingZeros();
      }
    }
    return exact.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }
}
