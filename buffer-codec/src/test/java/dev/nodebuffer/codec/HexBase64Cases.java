package dev.nodebuffer.codec;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.nodebuffer.testkit.DigestRecording;
import dev.nodebuffer.testkit.Rng;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The Java twin of the case generators in {@code src/test/node/record-base64-hex.js}, and the line
 * formats both sides write. Everything here must stay in step with the script: same families in
 * the same order, same PRNG ({@link Rng}), same draws in the same order (including
 * JavaScript's left-to-right and short-circuit evaluation), same text. A drift shows up as an
 * input-digest mismatch in {@link HexBase64NodeRecordingTest}, not as a codec failure.
 *
 * <p>Generated inputs use {@link java.util.Base64}'s encoders where the script uses Node's {@code
 * toString('base64')}; the {@code b64-tostring} families prove those agree, and the input digests
 * prove it again for every generated input.
 */
final class HexBase64Cases {

  private HexBase64Cases() {}

  /** Receives the cases of a family, in order; the family's kind says which codec and format. */
  interface Sink {
    /** {@code Buffer.byteLength(s, enc)} and {@code Buffer.from(s, enc)}. */
    void from(String s);

    /** {@code Buffer.alloc(size, 0xa5).write(s, off, len, enc)}. */
    void write(String s, int size, int off, int len);

    /** {@code buf.toString(enc, start, end)} over {@code bytes}. */
    void tostring(byte[] bytes, int start, int end);
  }

  /** The families whose inputs are generated, in the script's order. */
  static final List<String> GENERATED =
      List.of(
          "hex-from1",
          "hex-from2",
          "hex-from4",
          "hex-from-random",
          "hex-write-grid",
          "hex-write-random",
          "hex-tostring1",
          "hex-tostring2",
          "hex-tostring-random",
          "b64-from1",
          "b64-from2",
          "b64-from4",
          "b64-from5",
          "b64-from-random",
          "b64-write-grid",
          "b64-write-random",
          "b64-tostring1",
          "b64-tostring2",
          "b64-tostring-random");

  /** The families listed by hand in the script, whose inputs are read from the recording. */
  static final List<String> TABLES =
      List.of(
          "table-hex-from",
          "table-hex-write",
          "table-hex-tostring",
          "table-b64-from",
          "table-b64-write",
          "table-b64-tostring");

  private static final DigestRecording NODE =
      DigestRecording.load(HexBase64Cases.class, HexBase64NodeRecordingTest.RESOURCE);

  /**
   * Node 22's recorded answer to {@code input} in {@code table} (one of {@link #TABLES}) was {@code
   * expected}: how HexTest and Base64Test check their examples against the recording.
   */
  static void assertRecorded(String table, String input, String expected) {
    assertWithMessage("Node 22's recorded %s of %s", table, input)
        .that(NODE.recorded(table, input))
        .isEqualTo(expected);
  }

  // --- Constants copied from the script -------------------------------------------------------

  private static final int[] HIGH_UNITS = {
    0x0100, 0x0130, 0x0139, 0x0141, 0x0146, 0x0147, 0x0161, 0x0166, 0x0167, 0x017A, 0x012B, 0x012F,
    0x012D, 0x015F, 0x013D, 0x0120, 0x010A, 0x20AC, 0xD83D, 0xDE00, 0xDC30, 0xFF21, 0xFF41, 0xFFFF
  };
  private static final int[] UNITS = units();

  private static final int[] HEX_SMALL = {0x30, 0x39, 0x61, 0x66, 0x41, 0x46, 0x67, 0x20, 0x0131, 0x0100};
  private static final int[] B64_SMALL = {
    0x41, 0x51, 0x7A, 0x2F, 0x5F, 0x2B, 0x2D, 0x3D, 0x20, 0x0A, 0x2A, 0xE9, 0x0141, 0x013D, 0x012F,
    0x0100
  };
  private static final int[] B64_TINY = {0x51, 0x2F, 0x2D, 0x3D, 0x20, 0x2A, 0x0141, 0x013D};

  private static final String HEX_DIGITS = "0123456789abcdefABCDEF";
  private static final int[] HEX_HIGH = {
    0x0130, 0x0139, 0x0141, 0x0146, 0x0161, 0x0166, 0x2030, 0xFF61, 0xD846, 0xDC39
  };
  private static final int[] HEX_JUNK = {
    0x20, 0x0A, 0x09, 0x67, 0x47, 0x7A, 0x78, 0x58, 0x2F, 0x3A, 0x40, 0x60, 0x00, 0x7F, 0x80, 0xE9,
    0xFF, 0x2D, 0x3D, 0x0100, 0x0147, 0x20AC, 0xD83D, 0xFFFF
  };

  private static final String B64_STD =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final int[] B64_NOISE = {
    0x3D, 0x20, 0x0A, 0x0D, 0x09, 0x0C, 0x0B, 0x2A, 0x2E, 0x21, 0x00, 0x7F, 0x80, 0xE9, 0xFF, 0x2D,
    0x5F, 0x2B, 0x2F, 0x0141, 0x013D, 0x0100, 0x012D, 0x015F, 0x2041, 0xD83D, 0xDE00, 0xFFFF, 0xFF21
  };

  private static final List<String> HEX_GRID =
      List.of(
          "", "0", "01", "012", "0123", "01234", "0123456789abcdef", "0123456789ABCDEF0", "aabb",
          "zz", "azbb", "abz", "ab cd", "\u0130\u0131\u0161b", "abcd\u00e9f");

  private static int[] units() {
    int[] u = new int[256 + HIGH_UNITS.length];
    for (int i = 0; i < 256; i++) {
      u[i] = i;
    }
    System.arraycopy(HIGH_UNITS, 0, u, 256, HIGH_UNITS.length);
    return u;
  }

  // --- Generators -----------------------------------------------------------------------------

  /** Feeds the cases of a generated family to {@code sink}, in the script's order. */
  static void generate(String family, Sink sink) {
    switch (family) {
      case "hex-from1", "b64-from1" -> allStrings(UNITS, 1, sink);
      case "hex-from2", "b64-from2" -> allStrings(UNITS, 2, sink);
      case "hex-from4" -> allStrings(HEX_SMALL, 4, sink);
      case "b64-from4" -> allStrings(B64_SMALL, 4, sink);
      case "b64-from5" -> allStrings(B64_TINY, 5, sink);
      case "hex-from-random" -> {
        Rng r = new Rng(0x5EED1001);
        for (int i = 0; i < 20000; i++) {
          sink.from(randomHexUnits(r, 40));
        }
      }
      case "b64-from-random" -> {
        Rng r = new Rng(0x5EED2001);
        for (int i = 0; i < 20000; i++) {
          sink.from(randomB64Units(r, 40));
        }
      }
      case "hex-write-grid" -> grid(HEX_GRID, 10, sink);
      case "b64-write-grid" -> grid(b64GridStrings(), 8, sink);
      case "hex-write-random" ->
          randomWrites(
              0x5EED1002, 20000, r -> randomHexUnits(r, 24), s -> s.length() >>> 1, sink);
      case "b64-write-random" ->
          randomWrites(
              0x5EED2002, 20000, r -> randomB64Units(r, 24), HexBase64Cases::b64Estimate, sink);
      case "hex-tostring1", "b64-tostring1" -> {
        for (int b = 0; b < 256; b++) {
          byte[] bytes = {(byte) b};
          sink.tostring(bytes, 0, 1);
        }
      }
      case "hex-tostring2", "b64-tostring2" -> {
        for (int a = 0; a < 256; a++) {
          for (int b = 0; b < 256; b++) {
            byte[] bytes = {(byte) a, (byte) b};
            sink.tostring(bytes, 0, 2);
          }
        }
      }
      case "hex-tostring-random" -> randomToString(0x5EED1003, 10000, 100, sink);
      case "b64-tostring-random" -> randomToString(0x5EED2003, 101 * 50 + 2000, 100, sink);
      default ->
          throw new IllegalArgumentException(
              "no Java generator for family " + family + "; add it to HexBase64Cases");
    }
  }

  /** Every string of {@code length} units over {@code alphabet}, the last unit varying fastest. */
  private static void allStrings(int[] alphabet, int length, Sink sink) {
    int[] idx = new int[length];
    char[] units = new char[length];
    while (true) {
      for (int i = 0; i < length; i++) {
        units[i] = (char) alphabet[idx[i]];
      }
      sink.from(new String(units));
      int k = length - 1;
      while (k >= 0 && ++idx[k] == alphabet.length) {
        idx[k--] = 0;
      }
      if (k < 0) {
        return;
      }
    }
  }

  private static byte[] randomByteArray(Rng r, int n) {
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) r.nextInt(256);
    }
    return out;
  }

  private static int randomLength(Rng r, int maxShort) {
    int k = r.nextInt(100);
    return k < 90 ? r.nextInt(maxShort + 1) : k < 98 ? r.nextInt(200) : 4096 + r.nextInt(4000);
  }

  private static String randomHexUnits(Rng r, int maxShort) {
    int target = randomLength(r, maxShort);
    boolean clean = r.nextInt(2) == 0;
    StringBuilder out = new StringBuilder();
    while (out.length() < target) {
      if (clean || r.nextInt(16) != 0) {
        out.append(
            r.nextInt(32) == 0
                ? (char) HEX_HIGH[r.nextInt(HEX_HIGH.length)]
                : HEX_DIGITS.charAt(r.nextInt(HEX_DIGITS.length())));
      } else {
        out.append(
            (char) (r.nextInt(2) == 0 ? HEX_JUNK[r.nextInt(HEX_JUNK.length)] : r.nextInt(0x10000)));
      }
    }
    if (clean && out.length() > 0 && r.nextInt(2) == 0) {
      int at = r.nextInt(out.length()); // JavaScript evaluates the index before the value
      out.setCharAt(at, (char) HEX_JUNK[r.nextInt(HEX_JUNK.length)]);
    }
    return out.toString();
  }

  private static String randomB64Canonical(Rng r, int maxShortBytes) {
    int k = r.nextInt(100);
    int n =
        k < 90 ? r.nextInt(maxShortBytes + 1) : k < 98 ? r.nextInt(300) : 3072 + r.nextInt(6000);
    byte[] bytes = randomByteArray(r, n);
    String text = r.nextInt(2) == 0 ? std(bytes) : url(bytes);
    StringBuilder out = new StringBuilder(text);
    int edits = r.nextInt(2) == 0 ? 0 : 1 + r.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int pos =
          r.nextInt(2) == 0
              ? Math.max(0, out.length() - r.nextInt(4))
              : r.nextInt(out.length() + 1);
      char noise = (char) B64_NOISE[r.nextInt(B64_NOISE.length)];
      switch (r.nextInt(3)) {
        case 0 -> out.insert(pos, noise);
        case 1 -> {
          if (pos < out.length()) {
            out.deleteCharAt(pos);
          }
        }
        default -> {
          if (pos < out.length()) {
            out.setCharAt(pos, noise);
          }
        }
      }
    }
    return out.toString();
  }

  private static String randomB64Mix(Rng r, int maxShort) {
    int target = randomLength(r, maxShort);
    StringBuilder out = new StringBuilder();
    while (out.length() < target) {
      int k = r.nextInt(16);
      if (k < 10) {
        out.append(B64_STD.charAt(r.nextInt(64)));
      } else if (k < 12) {
        out.append(r.nextInt(2) == 0 ? '-' : '_');
      } else if (k < 13) {
        out.append('=');
      } else if (k < 15) {
        out.append((char) B64_NOISE[r.nextInt(B64_NOISE.length)]);
      } else {
        out.append((char) r.nextInt(0x10000));
      }
    }
    return out.toString();
  }

  private static String randomB64Units(Rng r, int maxShort) {
    return r.nextInt(2) == 0 ? randomB64Canonical(r, maxShort) : randomB64Mix(r, maxShort);
  }

  /** The script's copy of Node's estimate (not {@link Base64#byteLength}, which is under test). */
  private static int b64Estimate(String s) {
    int n = s.length();
    if (n > 0 && s.charAt(n - 1) == '=') {
      n--;
    }
    if (n > 1 && s.charAt(n - 1) == '=') {
      n--;
    }
    return (n * 3) >>> 2;
  }

  private static void randomToString(int seed, int count, int maxShort, Sink sink) {
    Rng r = new Rng(seed);
    for (int i = 0; i < count; i++) {
      byte[] bytes = randomByteArray(r, i < 101 * 50 ? i % 101 : randomLength(r, maxShort));
      if (r.nextInt(4) == 0) {
        int start = r.nextInt(bytes.length + 1);
        sink.tostring(bytes, start, start + r.nextInt(bytes.length - start + 1));
      } else {
        sink.tostring(bytes, 0, bytes.length);
      }
    }
  }

  private static void randomWrites(
      int seed,
      int count,
      Function<Rng, String> units,
      ToIntFunction<String> estimate,
      Sink sink) {
    Rng r = new Rng(seed);
    for (int i = 0; i < count; i++) {
      String s = units.apply(r);
      if (s.length() >= 4096) {
        int size = Math.max(0, estimate.applyAsInt(s) + 2 - r.nextInt(6));
        int off = Math.min(size, r.nextInt(3));
        sink.write(s, size, off, size - off);
      } else {
        int size = r.nextInt(17);
        int off = r.nextInt(size + 1);
        sink.write(s, size, off, r.nextInt(size - off + 1));
      }
    }
  }

  private static void grid(List<String> strings, int maxRoom, Sink sink) {
    for (String s : strings) {
      for (int room = 0; room <= maxRoom; room++) {
        sink.write(s, room + 2, 1, room);
      }
    }
  }

  private static List<String> b64GridStrings() {
    List<String> out = new ArrayList<>();
    for (int n = 0; n <= 8; n++) {
      byte[] b = new byte[n];
      for (int i = 0; i < n; i++) {
        b[i] = (byte) (0xf0 + i * 7);
      }
      String std = std(b);
      String url = url(b);
      out.add(std);
      out.add(url);
      out.add(std.replace("=", ""));
      out.add(std + "=");
      out.add(" " + slice(std, 0, 2) + "\n" + slice(std, 2, std.length()));
      out.add(slice(url, 0, 3) + "=" + slice(url, 3, url.length()));
    }
    return out;
  }

  /** JavaScript's {@code slice} for non-negative arguments: clamped to the string. */
  private static String slice(String s, int from, int to) {
    return s.substring(Math.min(from, s.length()), Math.min(to, s.length()));
  }

  private static String std(byte[] bytes) {
    return java.util.Base64.getEncoder().encodeToString(bytes);
  }

  private static String url(byte[] bytes) {
    return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  // --- Line formats: inputs -------------------------------------------------------------------

  static String fromInput(String s) {
    return Utf8Cases.unitsHex(s);
  }

  static String writeInput(String s, int size, int off, int len) {
    return Utf8Cases.unitsHex(s) + " " + size + " " + off + " " + len;
  }

  static String tostringInput(byte[] bytes, int start, int end) {
    return Utf8Cases.hex(bytes) + " " + start + " " + end;
  }

  // --- Line formats: what the Java codecs answer, in the script's format -----------------------

  /** {@code kind} is the family's: {@code hex-*} or {@code b64-*}. */
  static String fromOutput(String kind, String s) {
    if (isHex(kind)) {
      int byteLength = Hex.INSTANCE.byteLength(s);
      byte[] dst = new byte[byteLength];
      int n = Hex.INSTANCE.encode(s, dst, 0, byteLength);
      return byteLength + " " + Utf8Cases.hex(dst, 0, n);
    }
    // One Java decoder serves both names, as in Node; the line holds each name's answer.
    int byteLength = Base64.STANDARD.byteLength(s);
    byte[] dst = new byte[byteLength];
    String bytes = Utf8Cases.hex(dst, 0, Base64.STANDARD.encode(s, dst, 0, byteLength));
    return byteLength + " " + byteLength + " " + bytes + " " + bytes;
  }

  static String writeOutput(String kind, String s, int size, int off, int len) {
    byte[] dst = new byte[size];
    Arrays.fill(dst, (byte) 0xa5);
    if (isHex(kind)) {
      int count = Hex.INSTANCE.encode(s, dst, off, len);
      return count + " " + Utf8Cases.hex(dst);
    }
    String written = Base64.STANDARD.encode(s, dst, off, len) + " " + Utf8Cases.hex(dst);
    return written + " " + written;
  }

  static String tostringOutput(String kind, byte[] bytes, int start, int end) {
    if (isHex(kind)) {
      return Hex.INSTANCE.decode(bytes, start, end - start);
    }
    return Base64.STANDARD.decode(bytes, start, end - start)
        + " "
        + Base64.URL.decode(bytes, start, end - start);
  }

  private static boolean isHex(String kind) {
    if (kind.startsWith("hex-")) {
      return true;
    }
    if (kind.startsWith("b64-")) {
      return false;
    }
    throw new IllegalArgumentException("unknown kind " + kind);
  }

  /** Feeds a listed family's cases, read back from their recorded input lines, to {@code sink}. */
  static void replay(String kind, List<String> inputLines, Sink sink) {
    for (String line : inputLines) {
      String[] f = line.split(" ", -1);
      if (kind.endsWith("-from")) {
        sink.from(Utf8Cases.fromUnitsHex(f[0]));
      } else if (kind.endsWith("-write")) {
        sink.write(
            Utf8Cases.fromUnitsHex(f[0]),
            Integer.parseInt(f[1]),
            Integer.parseInt(f[2]),
            Integer.parseInt(f[3]));
      } else if (kind.endsWith("-tostring")) {
        sink.tostring(Utf8Cases.bytes(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]));
      } else {
        throw new IllegalArgumentException("unknown kind " + kind);
      }
    }
  }

  /** {@code s} as ISO-8859-1 bytes, for readable test literals of ASCII text. */
  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }
}
