package dev.nodebuffer.codec;

import dev.nodebuffer.testkit.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Java twin of the case generators in {@code src/test/node/record-fixed-width.js}, and the
 * line formats both sides write. Everything here must stay in step with the script: same families
 * in the same order, same PRNG ({@link Rng}), same draws in the same order (including
 * JavaScript's short-circuit evaluation), same text. A drift shows up as an input-digest mismatch
 * in {@link FixedWidthNodeRecordingTest}, not as a codec failure.
 *
 * <p>Every case carries the encoding name it was given to Node under (an alias such as {@code
 * ucs2} or {@code BINARY} included); Java answers through {@link Encoding#lookup} of that name.
 */
final class FixedWidthCases {

  private FixedWidthCases() {}

  /** Receives the cases of a family, in order. */
  interface Sink {
    /** {@code Buffer.from(bytes).toString(name, start, end)}. */
    void decode(String name, byte[] bytes, int start, int end);

    /** {@code Buffer.byteLength(s, name)} and {@code Buffer.from(s, name)}. */
    void encode(String name, String s);

    /** {@code Buffer.alloc(size, 0xa5).write(s, off, len, name)}. */
    void write(String name, String s, int size, int off, int len);
  }

  /** An encoding as the script lists it: spellings (canonical first) and its PRNG seed base. */
  private record Spec(String name, int seed, List<String> spellings) {}

  private static final List<Spec> ENCODINGS =
      List.of(
          new Spec("latin1", 0x1A710000, List.of("latin1", "binary", "LATIN1", "Binary")),
          new Spec("ascii", 0x0A5C0000, List.of("ascii", "ASCII", "Ascii")),
          new Spec(
              "utf16le",
              0x16E00000,
              List.of("utf16le", "utf-16le", "ucs2", "ucs-2", "UTF-16LE", "Ucs2")));

  /** The family suffixes, per encoding, in the script's order. */
  static final List<String> FAMILY_KINDS =
      List.of(
          "decode1",
          "decode2",
          "decode-random",
          "encode-bmp",
          "encode-random",
          "write-rooms",
          "write-random");

  /** The families listed by hand in the script, whose inputs are read from the recording. */
  static final List<String> TABLES = List.of("table-decode", "table-encode", "table-write");

  /** The generated families, in the script's order: each kind of each encoding. */
  static List<String> generatedFamilies() {
    List<String> names = new ArrayList<>();
    for (String e : encodings()) {
      for (String kind : FAMILY_KINDS) {
        names.add(e + "/" + kind);
      }
    }
    return names;
  }

  /** The encodings' canonical names, in the script's order. */
  static List<String> encodings() {
    return ENCODINGS.stream().map(Spec::name).toList();
  }

  // --- Constants copied from the script -------------------------------------------------------

  private static final int[] EDGE_BYTES = {
    0x00, 0x01, 0x3F, 0x41, 0x7F, 0x80, 0x81, 0xA0, 0xBF, 0xC0, 0xD7, 0xD8, 0xDB, 0xDC, 0xDF, 0xE0,
    0xFE, 0xFF
  };
  private static final int[] EDGE_UNITS = {
    0x00, 0x3F, 0x7F, 0x80, 0xFF, 0x100, 0x17F, 0x3FF, 0x7FF, 0x800, 0x20AC, 0xD7FF, 0xD800, 0xDBFF,
    0xDC00, 0xDFFF, 0xE000, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF
  };
  private static final String[] ROOM_STRINGS = {
    "",
    "a",
    "\u00e9",
    "\u20ac",
    "\uffff",
    "\ud800",
    "\udc00",
    "\ud83d\ude00",
    "abc",
    "\u00e9\u20ac\ud83d\ude00",
    "a\ud83d\ude00b",
    "A\u0080\u00ff\u0100\u017f\u07ff",
    "\udc00\ud800\udbff\udfff",
    "hello, world"
  };

  // --- Generators -----------------------------------------------------------------------------

  /** Feeds the cases of generated family {@code "<encoding>/<kind>"} to {@code sink}. */
  static void generate(String family, Sink sink) {
    int slash = family.indexOf('/');
    Spec e = spec(slash < 0 ? family : family.substring(0, slash));
    if (e == null) {
      throw new IllegalArgumentException("no Java generator for family " + family);
    }
    String name = e.name();
    List<String> spellings = e.spellings();
    switch (family.substring(slash + 1)) {
      case "decode1" -> {
        for (int b = 0; b < 256; b++) {
          sink.decode(name, new byte[] {(byte) b}, 0, 1);
        }
      }
      case "decode2" -> {
        for (int a = 0; a < 256; a++) {
          for (int b = 0; b < 256; b++) {
            sink.decode(name, new byte[] {(byte) a, (byte) b}, 0, 2);
          }
        }
      }
      case "decode-random" -> {
        Rng r = new Rng(e.seed() + 1);
        for (int i = 0; i < 20000; i++) {
          String n = spellings.get(r.nextInt(spellings.size()));
          byte[] bytes = randomBytes(r);
          if (r.nextInt(2) == 0) {
            int start = r.nextInt(bytes.length + 1);
            sink.decode(n, bytes, start, start + r.nextInt(bytes.length - start + 1));
          } else {
            sink.decode(n, bytes, 0, bytes.length);
          }
        }
      }
      case "encode-bmp" -> {
        for (int u = 0; u <= 0xFFFF; u++) {
          sink.encode(name, String.valueOf((char) u));
        }
      }
      case "encode-random" -> {
        Rng r = new Rng(e.seed() + 2);
        for (int i = 0; i < 20000; i++) {
          String n = spellings.get(r.nextInt(spellings.size()));
          sink.encode(n, randomUnits(r, 16));
        }
      }
      case "write-rooms" -> {
        for (String n : spellings.subList(0, 2)) {
          for (String s : ROOM_STRINGS) {
            for (int room = 0; room <= 13; room++) {
              sink.write(n, s, room + 2, 1, room);
            }
          }
        }
      }
      case "write-random" -> {
        Rng r = new Rng(e.seed() + 3);
        for (int i = 0; i < 20000; i++) {
          String n = spellings.get(r.nextInt(spellings.size()));
          String s = randomUnits(r, 10);
          int size = r.nextInt(17);
          int off = r.nextInt(size + 1);
          sink.write(n, s, size, off, r.nextInt(size - off + 1));
        }
      }
      default ->
          throw new IllegalArgumentException(
              "no Java generator for family " + family + "; add it to FixedWidthCases");
    }
  }

  private static @Nullable Spec spec(String encoding) {
    for (Spec e : ENCODINGS) {
      if (e.name().equals(encoding)) {
        return e;
      }
    }
    return null;
  }

  private static byte[] randomBytes(Rng r) {
    int target = RandomArrays.randomLength(r, 85, 18, 97, 80, 3000);
    return RandomArrays.randomBytes(r, target, 80, out -> {
      switch (r.nextInt(6)) {
        case 0 -> out.write(r.nextInt(0x80));
        case 1 -> out.write(0x80 + r.nextInt(0x80));
        case 2 -> out.write(r.nextInt(0x100));
        case 3 -> out.write(EDGE_BYTES[r.nextInt(EDGE_BYTES.length)]);
        case 4 -> { // a surrogate, little-endian
          int u = 0xD800 + r.nextInt(0x800);
          out.write(u & 0xFF);
          out.write(u >> 8);
        }
        default -> {
          int u = EDGE_UNITS[r.nextInt(EDGE_UNITS.length)];
          out.write(u & 0xFF);
          out.write(u >> 8);
        }
      }
    });
  }

  // Not RandomArrays.randomUnits: a long string may also be mostly Latin-1 here.
  private static String randomUnits(Rng r, int maxShort) {
    int target = RandomArrays.randomLength(r, 85, maxShort + 1, 97, 100, 3000);
    // Long strings: 0 mostly ASCII, 1 mostly Latin-1 (one Java String coder), 2 mixed.
    int mode = target > 100 ? r.nextInt(3) : 2;
    StringBuilder out = new StringBuilder();
    while (out.length() < target) {
      if (mode == 0 && r.nextInt(64) != 0) {
        out.append((char) r.nextInt(0x80));
        continue;
      }
      if (mode == 1 && r.nextInt(64) != 0) {
        out.append((char) r.nextInt(0x100));
        continue;
      }
      // Its fifth choice here: any BMP unit, surrogates included.
      CodePoints.appendRandomUnit(r, out, 0, 0x10000, EDGE_UNITS);
    }
    return out.toString();
  }

  // --- Line formats -------------------------------------------------------------------------

  static String decodeInput(String name, byte[] bytes, int start, int end) {
    return name + " " + Utf8Cases.hex(bytes) + " " + start + " " + end;
  }

  static String encodeInput(String name, String s) {
    return name + " " + Utf8Cases.unitsHex(s);
  }

  static String writeInput(String name, String s, int size, int off, int len) {
    return name + " " + Utf8Cases.unitsHex(s) + " " + size + " " + off + " " + len;
  }

  /** The codec Node's name means, through {@link Encoding#lookup}. */
  static Encoding encoding(String name) {
    Encoding e = Encoding.lookup(name);
    if (e == null) {
      throw new IllegalStateException("Encoding.lookup does not know " + name);
    }
    return e;
  }

  /** What the Java codec answers, in the script's format. */
  static String decodeOutput(String name, byte[] bytes, int start, int end) {
    return Utf8Cases.unitsHex(encoding(name).decode(bytes, start, end - start));
  }

  static String encodeOutput(String name, String s) {
    Encoding e = encoding(name);
    int byteLength = e.byteLength(s);
    byte[] dst = new byte[byteLength];
    int written = e.encode(s, dst, 0, byteLength);
    return byteLength + " " + Utf8Cases.hex(dst, 0, written);
  }

  static String writeOutput(String name, String s, int size, int off, int len) {
    byte[] dst = new byte[size];
    Arrays.fill(dst, (byte) 0xa5);
    int count = encoding(name).encode(s, dst, off, len);
    return count + " " + Utf8Cases.hex(dst);
  }

  /** Feeds a listed family's cases, read back from their recorded input lines, to {@code sink}. */
  static void replay(String kind, List<String> inputLines, Sink sink) {
    for (String line : inputLines) {
      String[] f = line.split(" ", -1);
      switch (kind) {
        case "decode" ->
            sink.decode(
                f[0], Utf8Cases.bytes(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]));
        case "encode" -> sink.encode(f[0], Utf8Cases.fromUnitsHex(f[1]));
        case "write" ->
            sink.write(
                f[0],
                Utf8Cases.fromUnitsHex(f[1]),
                Integer.parseInt(f[2]),
                Integer.parseInt(f[3]),
                Integer.parseInt(f[4]));
        default -> throw new IllegalArgumentException("unknown kind " + kind);
      }
    }
  }
}
