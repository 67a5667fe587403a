package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.Rng;
import java.util.List;

/**
 * The cases of {@code src/test/node/record-validation.js}, regenerated identically in Java (same
 * loops, same PRNG draws in the same order), and the Java answers written as the script writes
 * Node's. Keep the two in step: the recording stores a digest of all input lines, so any drift is
 * reported as such.
 */
final class ValidationCases {
  private ValidationCases() {}

  /** The families, in recording order. */
  static final List<String> FAMILIES =
      List.of(
          "utf8-1", "utf8-2", "utf8-3", "utf8-4", "utf8-random", "utf8-long", "ascii-1", "ascii-2",
          "ascii-random");

  /** Receives the cases of a family in order. */
  interface Sink {
    /** One isUtf8 or isAscii case: the bytes, viewed from {@code start} to {@code end}. */
    void check(byte[] bytes, int start, int end);

    /** One block: {@code prefix} followed by each last byte 00..FF. */
    void block(byte[] prefix);
  }

  private static final int[] LEADS4 = {
    0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5
  };
  private static final int[] CONTINUATIONS = {
    0x00, 0x41, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xAF, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED,
    0xF0, 0xF4, 0xF5, 0xFF
  };
  private static final int[] EDGE_BYTES = {
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF,
    0xF0, 0xF4, 0xF5, 0xF8, 0xFC, 0xFE, 0xFF
  };
  private static final int[] EDGE_CODE_POINTS = {
    0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFEFF, 0xFFFD,
    0xFFFE, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, 0x1FFFFF
  };

  static void generate(String family, Sink sink) {
    switch (family) {
      case "utf8-1", "ascii-1" -> {
        for (int a = 0; a < 256; a++) {
          whole(sink, new byte[] {(byte) a});
        }
      }
      case "utf8-2", "ascii-2" -> {
        for (int a = 0; a < 256; a++) {
          for (int b = 0; b < 256; b++) {
            whole(sink, new byte[] {(byte) a, (byte) b});
          }
        }
      }
      case "utf8-3" -> {
        for (int a = 0; a < 256; a++) {
          for (int b = 0; b < 256; b++) {
            sink.block(new byte[] {(byte) a, (byte) b});
          }
        }
      }
      case "utf8-4" -> {
        for (int a : LEADS4) {
          for (int b = 0; b < 256; b++) {
            for (int c : CONTINUATIONS) {
              sink.block(new byte[] {(byte) a, (byte) b, (byte) c});
            }
          }
        }
      }
      case "utf8-random" -> {
        Rng r = new Rng(0x7A11D001);
        for (int i = 0; i < 20000; i++) {
          int k = r.nextInt(100);
          int target = k < 90 ? r.nextInt(17) : k < 98 ? r.nextInt(80) : 80 + r.nextInt(3000);
          ranged(r, sink, randomUtf8ish(r, target).toArray());
        }
      }
      case "utf8-long" -> {
        Rng r = new Rng(0x7A11D002);
        for (int i = 0; i < 2000; i++) {
          ByteList bytes = validUtf8(r, r.nextInt(601));
          if (bytes.size() > 0) {
            switch (r.nextInt(4)) {
              case 0 -> {
                int at = r.nextInt(bytes.size());
                bytes.set(at, r.nextInt(0x100));
              }
              case 1 -> bytes.truncate(r.nextInt(bytes.size()));
              default -> {}
            }
          }
          whole(sink, bytes.toArray());
        }
      }
      case "ascii-random" -> {
        Rng r = new Rng(0x7A11D003);
        for (int i = 0; i < 20000; i++) {
          int n = r.nextInt(300);
          byte[] bytes = new byte[n];
          for (int j = 0; j < n; j++) {
            bytes[j] = (byte) r.nextInt(0x80);
          }
          if (n > 0 && r.nextInt(2) == 0) {
            int at = r.nextInt(n);
            bytes[at] = (byte) (0x80 + r.nextInt(0x80));
          }
          ranged(r, sink, bytes);
        }
      }
      default -> throw new IllegalArgumentException("no family " + family);
    }
  }

  private static void whole(Sink sink, byte[] bytes) {
    sink.check(bytes, 0, bytes.length);
  }

  private static void ranged(Rng r, Sink sink, byte[] bytes) {
    if (r.nextInt(4) != 0) {
      whole(sink, bytes);
      return;
    }
    int start = r.nextInt(bytes.length + 1);
    int end = start + r.nextInt(bytes.length - start + 1);
    sink.check(bytes, start, end);
  }

  /** The script's {@code randomUtf8ish}: mostly UTF-8-like bytes, at least {@code target}. */
  static ByteList randomUtf8ish(Rng r, int target) {
    ByteList out = new ByteList();
    while (out.size() < target) {
      switch (r.nextInt(8)) {
        case 0, 1 -> out.add(r.nextInt(0x80));
        case 2 -> out.add(r.nextInt(0x100));
        case 3 -> out.add(EDGE_BYTES[r.nextInt(EDGE_BYTES.length)]);
        case 4, 5 -> out.addAll(CodePoints.utf8Form(CodePoints.randomCodePoint(r, EDGE_CODE_POINTS)));
        case 6 -> {
          int[] seq = CodePoints.utf8Form(CodePoints.randomCodePoint(r, EDGE_CODE_POINTS));
          out.addPrefix(seq, 1 + r.nextInt(seq.length));
        }
        default -> out.add(0x80 + r.nextInt(0x40));
      }
    }
    return out;
  }

  /** The script's {@code validUtf8}: well-formed UTF-8 of at least {@code target} bytes. */
  static ByteList validUtf8(Rng r, int target) {
    ByteList out = new ByteList();
    while (out.size() < target) {
      if (r.nextInt(2) == 0) {
        out.add(r.nextInt(0x80));
        continue;
      }
      int cp = CodePoints.randomCodePoint(r, EDGE_CODE_POINTS);
      if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        cp = 0xFFFD;
      }
      out.addAll(CodePoints.utf8Form(cp));
    }
    return out;
  }

  // --- Lines, as the script writes them -------------------------------------------------------

  static String checkInput(byte[] bytes, int start, int end) {
    return Utf8Cases.hex(bytes) + " " + start + " " + end;
  }

  static String blockInput(byte[] prefix) {
    return Utf8Cases.hex(prefix);
  }

  static String isUtf8Output(byte[] bytes, int start, int end) {
    return String.valueOf(Validation.isUtf8(bytes, start, end - start));
  }

  static String isAsciiOutput(byte[] bytes, int start, int end) {
    return String.valueOf(Validation.isAscii(bytes, start, end - start));
  }

  static String blockOutput(byte[] prefix) {
    byte[] b = java.util.Arrays.copyOf(prefix, prefix.length + 1);
    char[] out = new char[256];
    for (int last = 0; last < 256; last++) {
      b[prefix.length] = (byte) last;
      out[last] = Validation.isUtf8(b, 0, b.length) ? '1' : '0';
    }
    return new String(out);
  }
}
