package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.nodebuffer.testkit.LineRecording;
import dev.nodebuffer.testkit.Mismatches;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Replays every call recorded from Node 22 by {@code src/test/node/record-search-utf16.js}
 * (indexOf, lastIndexOf and includes under ucs2/utf16le: haystacks of 0..9 bytes and needles of
 * 0..5 bytes or 0..3 units, at byte offset 0 and 1 of their ArrayBuffers, every byteOffset from -12
 * to 12 and the int bounds) on nodebuffer, and compares answer for answer. A call Node never
 * returns from ({@code hang}) or dies on ({@code abort}) must return what Node answers for the
 * same bytes at an even address, recorded beside it (README's Differences row). {@link
 * NodeOracleTest} proves the recording is still Node's.
 */
class Utf16SearchNodeRecordingTest {
  private static final String RESOURCE = "search-utf16-node22.txt";

  private static final LineRecording RECORDING = LineRecording.load(Utf16SearchNodeRecordingTest.class, RESOURCE);

  @Test
  void everyRecordedCallGivesNodesAnswer() {
    Mismatches problems = new Mismatches();
    for (String line : RECORDING.cases) {
      List<String> f = List.of(line.split("\t", -1));
      String recorded = f.get(7);
      // Where Node never returns, the recording holds its answer at an even address after the word.
      String expected = recorded.startsWith("hang ") || recorded.startsWith("abort ") ? recorded.substring(recorded.indexOf(' ') + 1) : recorded;
      String actual = String.valueOf(call(f));
      if (!actual.equals(expected)) {
        problems.add(line + "\n    java: " + actual);
      }
    }
    assertWithMessage("recorded calls").that(RECORDING.cases.size()).isAtLeast(30_000);
    problems.assertNone(RECORDING.cases.size() + " calls against Node 22");
  }

  @Test
  void whereNodeNeverReturnsTheAnswerIsNodesAtAnEvenAddress() {
    long hangs = RECORDING.cases.stream().filter(line -> line.contains("\t=>\thang ")).count();
    assertWithMessage("recorded calls that hang in Node").that(hangs).isAtLeast(100);
    // A recorded one ("indexOf UCS-2 6262616261:1:2 b 62006100:0:2 -7 => hang -1"): the 62 of the
    // needle's first unit (U+0062) is found at the view's first byte, at an odd address; aligned
    // down, that is the byte before the view, position -1, and the unit there (U+6262) differs, so
    // Node scans again from position 0, finds the same byte, forever.
    ArrayBuffer memory = new ArrayBuffer(HexFormat.of().parseHex("6262616261"));
    Buffer needle = Buffer.from(HexFormat.of().parseHex("6200"));
    assertThat(Buffer.from(memory, 1, 2).indexOf(needle, -7, "UCS-2")).isEqualTo(-1);
    assertThat(Buffer.from(memory, 1, 2).includes(needle, "utf16le")).isFalse();
    // The -1 is Node's answer for the same bytes at an even address:
    assertThat(Buffer.from(HexFormat.of().parseHex("6261")).indexOf(needle, -7, "UCS-2")).isEqualTo(-1);
  }

  private static Object call(List<String> f) {
    String method = f.get(0);
    String encoding = f.get(1);
    Buffer hay = (Buffer) view(f.get(2), "b");
    String offset = f.get(5);
    boolean hasOffset = !offset.equals("-");
    int at = hasOffset ? Integer.parseInt(offset) : 0;
    if (f.get(3).equals("s")) {
      String n = units(f.get(4));
      return pick(method, hasOffset,
          () -> hay.indexOf(n, at, encoding), () -> hay.indexOf(n, encoding),
          () -> hay.lastIndexOf(n, at, encoding), () -> hay.lastIndexOf(n, encoding),
          () -> hay.includes(n, at, encoding), () -> hay.includes(n, encoding));
    }
    Uint8Array n = view(f.get(4), f.get(3));
    return pick(method, hasOffset,
        () -> hay.indexOf(n, at, encoding), () -> hay.indexOf(n, encoding),
        () -> hay.lastIndexOf(n, at, encoding), () -> hay.lastIndexOf(n, encoding),
        () -> hay.includes(n, at, encoding), () -> hay.includes(n, encoding));
  }

  /** The one of six calls that the method and the presence of an offset select. */
  @SuppressWarnings("TooManyParameters")
  private static Object pick(String method, boolean hasOffset, Supplier<Object> indexOfAt, Supplier<Object> indexOf,
      Supplier<Object> lastIndexOfAt, Supplier<Object> lastIndexOf, Supplier<Object> includesAt, Supplier<Object> includes) {
    switch (method) {
      case "indexOf":
        return (hasOffset ? indexOfAt : indexOf).get();
      case "lastIndexOf":
        return (hasOffset ? lastIndexOfAt : lastIndexOf).get();
      default:
        return (hasOffset ? includesAt : includes).get();
    }
  }

  /** {@code HEX:OFF:LEN}: a Buffer ({@code b}) or Uint8Array ({@code u}) of LEN bytes at OFF of an ArrayBuffer holding HEX. */
  private static Uint8Array view(String spec, String kind) {
    String[] parts = spec.split(":", -1);
    ArrayBuffer memory = new ArrayBuffer(HexFormat.of().parseHex(parts[0]));
    int offset = Integer.parseInt(parts[1]);
    int length = Integer.parseInt(parts[2]);
    return kind.equals("u") ? new Uint8Array(memory, offset, length) : Buffer.from(memory, offset, length);
  }

  private static String units(String hex) {
    if (hex.equals("-")) {
      return "";
    }
    StringBuilder s = new StringBuilder(hex.length() / 4);
    for (int i = 0; i < hex.length(); i += 4) {
      s.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
    }
    return s.toString();
  }
}
