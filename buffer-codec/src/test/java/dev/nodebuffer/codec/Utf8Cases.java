package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The Java twin of the case generators in {@code src/test/node/record-utf8.js}, and the line
 * formats both sides write. Everything here must stay in step with the script: same families in
 * the same order, same PRNG ({@link Rng}), same draws in the same order (including JavaScript's
 * short-circuit evaluation), same text. A drift shows up as an input-digest mismatch in {@link
 * Utf8NodeRecordingTest}, not as a codec failure.
 */
final class Utf8Cases {

  private Utf8Cases() {}

  /** Receives the cases of a family, in order. */
  interface Sink {
    /** {@code buf.toString('utf8', start, end)} over {@code bytes}. */
    void decode(byte[] bytes, int start, int end);

    /** {@code Buffer.byteLength(s)} and {@code Buffer.from(s)}. */
    void encode(String s);

    /** {@code Buffer.alloc(size, 0xa5).write(s, off, len)}. */
    void write(String s, int size, int off, int len);
  }

  /** The recording of Node 22's answers, next to this class. */
  static final String RESOURCE = "utf8-node22.txt";

  /** The families whose inputs are generated, in the script's order. */
  static final List<String> GENERATED =
      List.of(
          "decode1",
          "decode2",
          "decode3",
          "decode4",
          "decode-random",
          "encode-bmp",
          "encode-pairs",
          "encode-surrogate-mix",
          "encode-random",
          "write-atoms",
          "write-random");

  /** The families listed by hand in the script, whose inputs are read from the recording. */
  static final List<String> TABLES = List.of("table-decode", "table-encode", "table-write");

  // --- Constants copied from the script -------------------------------------------------------

  private static final int[] EDGE_BYTES = {
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF,
    0xF0, 0xF4, 0xF5, 0xF8, 0xFC, 0xFE, 0xFF
  };
  private static final int[] EDGE_CODE_POINTS = {
    0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFE,
    0xFFFF, 0x10000, 0x10FFFF
  };
  private static final int[] EDGE_UNITS = {
    0x00, 0x7F, 0x80, 0xFF, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFEFF,
    0xFFFD, 0xFFFF
  };
  private static final int[] CONTINUATIONS = {
    0x00, 0x41, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xAF, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED,
    0xF0, 0xF4, 0xF5, 0xFF
  };
  private static final int[] PARTNERS = {
    0x00, 0x41, 0xE9, 0x7FF, 0x20AC, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xD83D, 0xDE00, 0xFEFF, 0xFFFD,
    0xFFFF
  };
  private static final String[] ATOMS = {
    "a", "\u00e9", "\u07ff", "\u20ac", "\uffff", "\ud83d\ude00", "\udbff\udfff", "\ud800", "\udc00",
    "\udfff"
  };

  // --- Generators -----------------------------------------------------------------------------

  /** Feeds the cases of a generated family to {@code sink}, in the script's order. */
  static void generate(String family, Sink sink) {
    switch (family) {
      case "decode1" -> {
        for (int b = 0; b < 256; b++) {
          whole(sink, b);
        }
      }
      case "decode2" -> {
        for (int a = 0; a < 256; a++) {
          for (int b = 0; b < 256; b++) {
            whole(sink, a, b);
          }
        }
      }
      case "decode3" -> {
        for (int a = 0xE0; a <= 0xEF; a++) {
          for (int b = 0; b < 256; b++) {
            for (int c = 0; c < 256; c++) {
              whole(sink, a, b, c);
            }
          }
        }
      }
      case "decode4" -> {
        for (int a = 0xF0; a <= 0xF4; a++) {
          for (int b : CONTINUATIONS) {
            for (int c : CONTINUATIONS) {
              for (int d : CONTINUATIONS) {
                whole(sink, a, b, c, d);
              }
            }
          }
        }
      }
      case "decode-random" -> {
        Rng r = new Rng(0x5EED0001);
        for (int i = 0; i < 20000; i++) {
          byte[] bytes = randomBytes(r);
          if (r.nextInt(4) == 0) {
            int start = r.nextInt(bytes.length + 1);
            sink.decode(bytes, start, start + r.nextInt(bytes.length - start + 1));
          } else {
            sink.decode(bytes, 0, bytes.length);
          }
        }
      }
      case "encode-bmp" -> {
        for (int u = 0; u <= 0xFFFF; u++) {
          sink.encode(String.valueOf((char) u));
        }
      }
      case "encode-pairs" -> {
        for (int h = 0xD800; h <= 0xDBFF; h++) {
          for (int l = 0xDC00; l <= 0xDFFF; l++) {
            sink.encode(new String(new char[] {(char) h, (char) l}));
          }
        }
      }
      case "encode-surrogate-mix" -> {
        for (int s = 0xD800; s <= 0xDFFF; s++) {
          for (int p : PARTNERS) {
            sink.encode(new String(new char[] {(char) s, (char) p}));
            sink.encode(new String(new char[] {(char) p, (char) s}));
          }
        }
      }
      case "encode-random" -> {
        Rng r = new Rng(0x5EED0002);
        for (int i = 0; i < 20000; i++) {
          sink.encode(randomUnits(r, 16));
        }
      }
      case "write-atoms" -> {
        List<String> strings = new ArrayList<>();
        strings.add("");
        strings.addAll(Arrays.asList(ATOMS));
        for (String a : ATOMS) {
          for (String b : ATOMS) {
            strings.add(a + b);
          }
        }
        for (String a : ATOMS) {
          for (String b : ATOMS) {
            for (String c : ATOMS) {
              strings.add(a + b + c);
            }
          }
        }
        for (String s : strings) {
          for (int room = 0; room <= 12; room++) {
            sink.write(s, room + 2, 1, room);
          }
        }
      }
      case "write-random" -> {
        Rng r = new Rng(0x5EED0003);
        for (int i = 0; i < 20000; i++) {
          String s = randomUnits(r, 8);
          int size = r.nextInt(17);
          int off = r.nextInt(size + 1);
          sink.write(s, size, off, r.nextInt(size - off + 1));
        }
      }
      default ->
          throw new IllegalArgumentException(
              "no Java generator for family " + family + "; add it to Utf8Cases");
    }
  }

  private static void whole(Sink sink, int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    sink.decode(bytes, 0, bytes.length);
  }

  private static byte[] randomBytes(Rng r) {
    int target = RandomArrays.randomLength(r, 90, 17, 98, 64, 3000);
    return RandomArrays.randomBytes(r, target, 64, out -> {
      switch (r.nextInt(12)) {
        case 0, 1 -> out.write(r.nextInt(0x80));
        case 2, 3 -> out.write(0x80 + r.nextInt(0x40));
        case 4 -> out.write(0xC0 + r.nextInt(0x20));
        case 5 -> out.write(0xE0 + r.nextInt(0x10));
        case 6 -> out.write(0xF0 + r.nextInt(0x10));
        case 7 -> out.write(r.nextInt(0x100));
        case 8 -> out.write(EDGE_BYTES[r.nextInt(EDGE_BYTES.length)]);
        case 9, 10 -> {
          for (int b : CodePoints.utf8Form(CodePoints.randomCodePoint(r, EDGE_CODE_POINTS))) {
            out.write(b);
          }
        }
        default -> { // a sequence cut short
          int[] seq = CodePoints.utf8Form(CodePoints.randomCodePoint(r, EDGE_CODE_POINTS));
          int keep = r.nextInt(seq.length);
          for (int i = 0; i < keep; i++) {
            out.write(seq[i]);
          }
        }
      }
    });
  }

  private static String randomUnits(Rng r, int maxShort) {
    int target = RandomArrays.randomLength(r, 90, maxShort + 1, 98, 100, 2000);
    // Its fifth choice here: any 3-byte unit, surrogates included.
    return RandomArrays.randomUnits(
        r, target, 100, out -> CodePoints.appendRandomUnit(r, out, 0x800, 0xF800, EDGE_UNITS));
  }

  // --- Line formats -------------------------------------------------------------------------

  private static final HexFormat HEX = HexFormat.of();

  /** A string as its UTF-16 code units, 4 lower-case hex digits each. */
  static String unitsHex(String s) {
    StringBuilder sb = new StringBuilder(s.length() * 4);
    for (int i = 0; i < s.length(); i++) {
      sb.append(HEX.toHexDigits(s.charAt(i)));
    }
    return sb.toString();
  }

  /** The inverse of {@link #unitsHex}. */
  static String fromUnitsHex(String hex) {
    char[] units = new char[hex.length() / 4];
    for (int i = 0; i < units.length; i++) {
      units[i] = (char) HexFormat.fromHexDigits(hex, 4 * i, 4 * i + 4);
    }
    return new String(units);
  }

  static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  static String hex(byte[] bytes, int from, int to) {
    return HEX.formatHex(bytes, from, to);
  }

  static byte[] bytes(String hex) {
    return HEX.parseHex(hex);
  }

  static String decodeInput(byte[] bytes, int start, int end) {
    return hex(bytes) + " " + start + " " + end;
  }

  static String encodeInput(String s) {
    return unitsHex(s);
  }

  static String writeInput(String s, int size, int off, int len) {
    return unitsHex(s) + " " + size + " " + off + " " + len;
  }

  /** What the Java codec answers, in the script's format. */
  static String decodeOutput(byte[] bytes, int start, int end) {
    return unitsHex(Utf8.INSTANCE.decode(bytes, start, end - start));
  }

  static String encodeOutput(String s) {
    int byteLength = Utf8.INSTANCE.byteLength(s);
    byte[] dst = new byte[byteLength];
    int written = Utf8.INSTANCE.encode(s, dst, 0, byteLength);
    return byteLength + " " + hex(dst, 0, written);
  }

  static String writeOutput(String s, int size, int off, int len) {
    byte[] dst = new byte[size];
    Arrays.fill(dst, (byte) 0xa5);
    int count = Utf8.INSTANCE.encode(s, dst, off, len);
    return count + " " + hex(dst);
  }

  /** Feeds a listed family's cases, read back from their recorded input lines, to {@code sink}. */
  static void replay(String kind, List<String> inputLines, Sink sink) {
    for (String line : inputLines) {
      String[] f = line.split(" ", -1);
      switch (kind) {
        case "decode" -> sink.decode(bytes(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
        case "encode" -> sink.encode(fromUnitsHex(f[0]));
        case "write" ->
            sink.write(
                fromUnitsHex(f[0]),
                Integer.parseInt(f[1]),
                Integer.parseInt(f[2]),
                Integer.parseInt(f[3]));
        default -> throw new IllegalArgumentException("unknown kind " + kind);
      }
    }
  }
}
