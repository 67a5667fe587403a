package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.Rng;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The cases of {@code src/test/node/record-transcode.js}, regenerated identically in Java (same
 * loops, same PRNG draws in the same order), and the Java answers written as the script writes
 * Node's. Keep the two in step: the recording stores a digest of all input lines, so any drift is
 * reported as such.
 */
final class TranscodeCases {
  private TranscodeCases() {}

  /** The generated families, in recording order ({@code names} is listed, read from the file). */
  static final List<String> GENERATED =
      List.of(
          "bytes1", "bytes2", "utf8-3", "utf8-4", "ucs2-odd", "ucs2-pairs", "scalars", "random");

  static final String[] ENCODINGS = {"ascii", "latin1", "ucs2", "utf8"};

  /** Receives the cases of a family in order. */
  interface Sink {
    void convert(String from, byte[] bytes);

    void scalars(int first);
  }

  private static final int[] LEADS3 = {
    0x80, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5
  };
  private static final int[] CONTINUATIONS = {
    0x00, 0x41, 0x7F, 0x80, 0x81, 0x8F, 0x90, 0x9F, 0xA0, 0xAF, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED,
    0xF0, 0xF4, 0xF5, 0xFF
  };
  private static final int[] PARTNERS = {
    0x0000, 0x0041, 0x00AD, 0x00E9, 0x20AC, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xD83D, 0xDE00, 0xFEFF,
    0xFFFD, 0xFFFF
  };
  private static final int[] EDGE_BYTES = {
    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xAD, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED,
    0xEF, 0xF0, 0xF4, 0xF5, 0xFE, 0xFF
  };
  private static final int[] EDGE_UNITS = {
    0x0000, 0x007F, 0x0080, 0x00AD, 0x00FF, 0x0100, 0x200B, 0x20AC, 0xD7FF, 0xD800, 0xDBFF, 0xDC00,
    0xDFFF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF
  };
  private static final int[] EDGE_CODE_POINTS = {
    0x7F, 0x80, 0xAD, 0xFF, 0x100, 0x7FF, 0x800, 0x200B, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFEFF,
    0xFFFD, 0xFFFF, 0x10000, 0x1D173, 0xE0001, 0x10FFFF, 0x110000
  };

  static void generate(String family, Sink sink) {
    switch (family) {
      case "bytes1" -> {
        for (String from : ENCODINGS) {
          for (int a = 0; a < 256; a++) {
            sink.convert(from, new byte[] {(byte) a});
          }
        }
      }
      case "bytes2" -> {
        for (String from : ENCODINGS) {
          for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
              sink.convert(from, new byte[] {(byte) a, (byte) b});
            }
          }
        }
      }
      case "utf8-3" -> {
        for (int a : LEADS3) {
          for (int b = 0; b < 256; b++) {
            for (int c : CONTINUATIONS) {
              sink.convert("utf8", new byte[] {(byte) a, (byte) b, (byte) c});
            }
          }
        }
      }
      case "utf8-4" -> {
        for (int a = 0xF0; a <= 0xF4; a++) {
          for (int b : CONTINUATIONS) {
            for (int c : CONTINUATIONS) {
              for (int d : CONTINUATIONS) {
                sink.convert("utf8", new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
              }
            }
          }
        }
      }
      case "ucs2-odd" -> {
        for (int u = 0; u <= 0xFFFF; u++) {
          for (int odd : new int[] {0x00, 0xD8}) {
            sink.convert("ucs2", new byte[] {(byte) u, (byte) (u >> 8), (byte) odd});
          }
        }
      }
      case "ucs2-pairs" -> {
        for (int s = 0xD800; s <= 0xDFFF; s++) {
          for (int p : PARTNERS) {
            sink.convert("ucs2", le(s, p));
            sink.convert("ucs2", le(p, s));
          }
        }
      }
      case "scalars" -> {
        for (int first = 0; first < 0x110000; first += 256) {
          if (first < 0xD800 || first > 0xDFFF) {
            sink.scalars(first);
          }
        }
      }
      case "random" -> {
        Rng r = new Rng(0x7C0DE001);
        for (String from : ENCODINGS) {
          for (int i = 0; i < 5000; i++) {
            sink.convert(from, randomSource(r, from));
          }
        }
      }
      default -> throw new IllegalArgumentException("no family " + family);
    }
  }

  private static byte[] le(int... units) {
    byte[] b = new byte[units.length * 2];
    for (int i = 0; i < units.length; i++) {
      b[2 * i] = (byte) units[i];
      b[2 * i + 1] = (byte) (units[i] >> 8);
    }
    return b;
  }

  private static void addLe(ByteList out, int... units) {
    for (int u : units) {
      out.add(u & 0xFF);
      out.add(u >> 8);
    }
  }

  private static int randomCodePoint(Rng r) {
    return switch (r.nextInt(5)) {
      case 0 -> 0x80 + r.nextInt(0x80);
      case 1 -> 0x100 + r.nextInt(0x700);
      case 2 -> 0x800 + r.nextInt(0xF800);
      case 3 -> 0x10000 + r.nextInt(0x100000);
      default -> EDGE_CODE_POINTS[r.nextInt(EDGE_CODE_POINTS.length)];
    };
  }

  private static byte[] randomSource(Rng r, String from) {
    int k = r.nextInt(100);
    int target = k < 90 ? r.nextInt(12) : k < 98 ? r.nextInt(60) : 60 + r.nextInt(2000);
    ByteList out = new ByteList();
    while (out.size() < target) {
      switch (from) {
        case "ascii", "latin1" -> {
          switch (r.nextInt(3)) {
            case 0 -> out.add(r.nextInt(0x80));
            case 1 -> out.add(r.nextInt(0x100));
            default -> out.add(EDGE_BYTES[r.nextInt(EDGE_BYTES.length)]);
          }
        }
        case "utf8" -> {
          switch (r.nextInt(7)) {
            case 0, 1 -> out.add(r.nextInt(0x80));
            case 2 -> out.add(EDGE_BYTES[r.nextInt(EDGE_BYTES.length)]);
            case 3, 4 -> out.addAll(CodePoints.utf8Form(randomCodePoint(r)));
            case 5 -> {
              int[] seq = CodePoints.utf8Form(randomCodePoint(r));
              out.addPrefix(seq, 1 + r.nextInt(seq.length));
            }
            default -> out.add(r.nextInt(0x100));
          }
        }
        default -> {
          switch (r.nextInt(8)) {
            case 0, 1 -> addLe(out, r.nextInt(0x80));
            case 2 -> addLe(out, r.nextInt(0x10000));
            case 3 -> addLe(out, EDGE_UNITS[r.nextInt(EDGE_UNITS.length)]);
            case 4 -> {
              int cp = 0x10000 + r.nextInt(0x100000);
              addLe(out, Character.highSurrogate(cp), Character.lowSurrogate(cp));
            }
            case 5 -> addLe(out, 0xD800 + r.nextInt(0x800));
            case 6 -> out.add(r.nextInt(0x100));
            default -> addLe(out, 0x80 + r.nextInt(0x80));
          }
        }
      }
    }
    return out.toArray();
  }

  // --- Lines, as the script writes them -------------------------------------------------------

  static String convertInput(String from, byte[] bytes) {
    return from + " " + Utf8Cases.hex(bytes);
  }

  static String convertOutput(String from, byte[] bytes) {
    Transcoder.Charset source = charset(from);
    StringBuilder line = new StringBuilder();
    for (String to : ENCODINGS) {
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(result(Transcoder.transcode(bytes, 0, bytes.length, source, charset(to))));
    }
    return line.toString();
  }

  static String scalarsInput(int first) {
    return Integer.toHexString(first);
  }

  static String scalarsOutput(int first) {
    ByteList utf8 = new ByteList();
    ByteList ucs2 = new ByteList();
    for (int cp = first; cp < first + 256; cp++) {
      if (cp >= 0xD800 && cp <= 0xDFFF) {
        continue;
      }
      utf8.addAll(CodePoints.utf8Form(cp));
      if (cp < 0x10000) {
        addLe(ucs2, cp);
      } else {
        addLe(ucs2, Character.highSurrogate(cp), Character.lowSurrogate(cp));
      }
    }
    return convertOutput("utf8", utf8.toArray()) + " | " + convertOutput("ucs2", ucs2.toArray());
  }

  /** The {@code names} family: the name's resolution as fromEnc and as toEnc. */
  static String namesOutput(String name) {
    return nameResult(Utf8Cases.bytes("c3a9e282ac"), Transcoder.Charset.forName(name), Transcoder.Charset.UTF8)
        + " "
        + nameResult(Utf8Cases.bytes("e9"), Transcoder.Charset.LATIN1, Transcoder.Charset.forName(name));
  }

  private static String nameResult(
      byte[] src, Transcoder.@Nullable Charset from, Transcoder.@Nullable Charset to) {
    if (from == null || to == null) {
      return "!U_ILLEGAL_ARGUMENT_ERROR";
    }
    return result(Transcoder.transcode(src, 0, src.length, from, to));
  }

  static List<String> names(List<String> inputLines) {
    List<String> names = new ArrayList<>();
    for (String line : inputLines) {
      names.add(Utf8Cases.fromUnitsHex(line));
    }
    return names;
  }

  private static String result(Transcoder.Result r) {
    if (!r.isSuccess()) {
      return "!" + r.errorName();
    }
    byte[] b = r.bytes();
    return b.length == 0 ? "-" : Utf8Cases.hex(b);
  }

  static Transcoder.Charset charset(String name) {
    Transcoder.Charset c = Transcoder.Charset.forName(name);
    if (c == null) {
      throw new IllegalArgumentException(name);
    }
    return c;
  }
}
