package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * The cases of {@code src/test/node/record-forgiving-base64.js}, regenerated identically in Java
 * (same loops, same PRNG draws in the same order), and the Java answers written as the script
 * writes Node's. Keep the two in step: the recording stores a digest of all input lines, so any
 * drift is reported as such.
 */
final class ForgivingBase64Cases {
  private ForgivingBase64Cases() {}

  static final List<String> FAMILIES =
      List.of("atob-small", "atob-units", "atob-random", "btoa-units", "btoa-random");

  private static final char[] SMALL_ALPHABET = {0x41, 0x51, 0x2B, 0x3D, 0x20, 0x09, 0x0B, 0xE9};
  private static final char[] INSERTS = {
    0x20, 0x09, 0x0A, 0x0C, 0x0D, 0x0B, 0x3D, 0x3D, 0x2D, 0x5F, 0x2E, 0x00, 0xA0, 0xE9, 0x100,
    0x3000, 0xFEFF, 0xD800
  };
  private static final String BASE64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  /** Calls {@code sink} with each string of {@code family}, in order. */
  static void generate(String family, java.util.function.Consumer<String> sink) {
    switch (family) {
      case "atob-small" -> {
        for (int length = 0; length <= 6; length++) {
          int[] digits = new int[length];
          int count = (int) Math.pow(SMALL_ALPHABET.length, length);
          for (int n = 0; n < count; n++) {
            char[] s = new char[length];
            for (int i = 0; i < length; i++) {
              s[i] = SMALL_ALPHABET[digits[i]];
            }
            sink.accept(new String(s));
            for (int i = length - 1; i >= 0; i--) {
              if (++digits[i] < SMALL_ALPHABET.length) {
                break;
              }
              digits[i] = 0;
            }
          }
        }
      }
      case "atob-units" -> {
        for (int u = 0; u <= 0xFFFF; u++) {
          sink.accept(String.valueOf((char) u));
          sink.accept("ABC" + (char) u);
        }
      }
      case "atob-random" -> {
        Rng r = new Rng(0xBA5E6401);
        for (int i = 0; i < 20000; i++) {
          StringBuilder units = new StringBuilder(base64(randomValues(r, 3000, 256)));
          int edits = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(3);
          for (int e = 0; e < edits; e++) {
            switch (r.nextInt(4)) {
              case 0 -> {
                if (units.length() > 0) {
                  units.deleteCharAt(r.nextInt(units.length()));
                }
              }
              case 1 -> {
                while (units.length() > 0 && units.charAt(units.length() - 1) == '=') {
                  units.setLength(units.length() - 1);
                }
              }
              default -> {
                int at = r.nextInt(units.length() + 1);
                units.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
              }
            }
          }
          sink.accept(units.toString());
        }
      }
      case "btoa-units" -> {
        for (int u = 0; u <= 0xFFFF; u++) {
          sink.accept(String.valueOf((char) u));
        }
      }
      case "btoa-random" -> {
        Rng r = new Rng(0xBA5E6402);
        for (int i = 0; i < 20000; i++) {
          int[] values = randomValues(r, 1000, 0x100);
          char[] units = new char[values.length];
          for (int j = 0; j < values.length; j++) {
            units[j] = (char) values[j];
          }
          int n = units.length;
          if (n > 0 && r.nextInt(10) == 0) {
            int at = r.nextInt(n);
            units[at] = (char) (0x100 + r.nextInt(0xFF00));
          }
          sink.accept(new String(units));
        }
      }
      default -> throw new IllegalArgumentException("no family " + family);
    }
  }

  /**
   * The script's {@code randomValues}: random values below {@code bound}, mostly fewer than 12,
   * some fewer than 100, a few up to 100 + {@code longest}.
   */
  private static int[] randomValues(Rng r, int longest, int bound) {
    int k = r.nextInt(100);
    int n = k < 90 ? r.nextInt(12) : k < 98 ? r.nextInt(100) : 100 + r.nextInt(longest);
    int[] values = new int[n];
    for (int j = 0; j < n; j++) {
      values[j] = r.nextInt(bound);
    }
    return values;
  }

  /** The script's {@code base64Units}: standard padded base64, written independently. */
  private static String base64(int[] bytes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < bytes.length; i += 3) {
      int n = bytes.length - i;
      int bits = bytes[i] << 16 | (n > 1 ? bytes[i + 1] : 0) << 8 | (n > 2 ? bytes[i + 2] : 0);
      out.append(BASE64.charAt(bits >>> 18))
          .append(BASE64.charAt((bits >>> 12) & 63))
          .append(n > 1 ? BASE64.charAt((bits >>> 6) & 63) : '=')
          .append(n > 2 ? BASE64.charAt(bits & 63) : '=');
    }
    return out.toString();
  }

  static String atobOutput(String s) {
    ForgivingBase64.Decoded d = ForgivingBase64.decode(s);
    ForgivingBase64.Failure failure = d.failure();
    if (failure != null) {
      return "!" + failure.message();
    }
    String value = d.value();
    if (value.isEmpty()) {
      return "-";
    }
    StringBuilder h = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      h.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
    }
    return h.toString();
  }

  static String btoaOutput(String s) {
    String encoded = ForgivingBase64.encode(s);
    return encoded == null ? "!" + ForgivingBase64.Failure.INVALID_CHARACTER.message() : encoded;
  }

  static List<String> all(String family) {
    List<String> out = new ArrayList<>();
    generate(family, out::add);
    return out;
  }
}
