package dev.nodebuffer;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.nodebuffer.testkit.LineRecording;
import dev.nodebuffer.testkit.Mismatches;
import dev.nodebuffer.testkit.Rng;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Replays every call recorded from Node 22 by {@code src/test/node/record-search.js} (random
 * haystacks, needles, offsets and encodings for indexOf, lastIndexOf and includes; random ranges,
 * good and bad, for compare, Buffer.compare, equals and copy) on nodebuffer, and compares answer
 * for answer, errors included. {@link NodeOracleTest} proves the recording is still Node's.
 *
 * <p>Each buffer is a view in the middle of a larger {@link ArrayBuffer} whose other bytes are
 * drawn from the same alphabet: a search that looked outside its view would find false matches,
 * and a copy that wrote outside it is caught by comparing the neighbours afterwards. The view
 * starts at an even offset, as Node's buffers here do: at an odd one Node's UTF-16LE searches
 * answer otherwise ({@link Utf16SearchNodeRecordingTest}).
 */
class BufferSearchNodeRecordingTest {
  private static final String RESOURCE = "search-node22.txt";
  private static final int PAD = 12;

  @Test
  void everyRecordedCallGivesNodesAnswer() {
    Mismatches problems = new Mismatches();
    int count = 0;
    for (String line : LineRecording.load(BufferSearchNodeRecordingTest.class, RESOURCE).cases) {
      int arrow = line.indexOf("\t->\t");
      String call = line.substring(0, arrow);
      String expected = line.substring(arrow + 4);
      String actual;
      try {
        actual = run(call.split("\t", -1));
      } catch (RuntimeException e) {
        actual = e instanceof NodeError error ? "throws " + error.code() + " " + e.getMessage() : "raw " + e;
      }
      if (!expected.equals(actual)) {
        problems.add(call + "\n    Node: " + expected + "\n    Java: " + actual);
      }
      count++;
    }
    assertWithMessage("recorded calls").that(count).isAtLeast(10_000);
    problems.assertNone(count + " calls against Node 22");
  }

  private static String run(String[] f) {
    switch (f[0]) {
      case "search":
        return search(f[1], view(f[2]), f[3], f[4], f[5], f[6]);
      case "compare":
        return String.valueOf(OptionalArgs.compare(view(f[1]), view(f[2]), ints(f[3])));
      case "scompare":
        return String.valueOf(Buffer.compare(view(f[1]), view(f[2])));
      case "equals":
        return String.valueOf(view(f[1]).equals(view(f[2])));
      case "copy":
        {
          Buffer source = view(f[1]);
          Buffer target = guarded(Integer.parseInt(f[2]));
          byte[] before = target.buffer.bytes.clone();
          String result = OptionalArgs.copy(source, target, ints(f[3])) + " " + hex(target);
          assertOutsideUnchanged(before, target, f);
          return result;
        }
      case "selfcopy":
        {
          Buffer b = view(f[1]);
          byte[] before = b.buffer.bytes.clone();
          String result = OptionalArgs.copy(b, b, ints(f[2])) + " " + hex(b);
          assertOutsideUnchanged(before, b, f);
          return result;
        }
      default:
        throw new AssertionError("unknown line " + String.join("\t", f));
    }
  }

  private static String search(String method, Buffer hay, String kind, String value, String offset, String encoding) {
    boolean hasOffset = !offset.equals("-");
    boolean hasEncoding = !encoding.equals("-");
    int at = hasOffset ? Integer.parseInt(offset) : 0;
    @Nullable String enc = hasEncoding ? encoding : null;
    switch (kind) {
      case "n":
        {
          int v = Integer.parseInt(value);
          return ask(method, hasOffset, hasEncoding,
              () -> hay.indexOf(v), () -> hay.indexOf(v, at), () -> hay.indexOf(v, enc), () -> hay.indexOf(v, at, enc),
              () -> hay.lastIndexOf(v), () -> hay.lastIndexOf(v, at), () -> hay.lastIndexOf(v, enc), () -> hay.lastIndexOf(v, at, enc),
              () -> hay.includes(v), () -> hay.includes(v, at), () -> hay.includes(v, enc), () -> hay.includes(v, at, enc));
        }
      case "s":
        {
          String v = units(value);
          return ask(method, hasOffset, hasEncoding,
              () -> hay.indexOf(v), () -> hay.indexOf(v, at), () -> hay.indexOf(v, enc), () -> hay.indexOf(v, at, enc),
              () -> hay.lastIndexOf(v), () -> hay.lastIndexOf(v, at), () -> hay.lastIndexOf(v, enc), () -> hay.lastIndexOf(v, at, enc),
              () -> hay.includes(v), () -> hay.includes(v, at), () -> hay.includes(v, enc), () -> hay.includes(v, at, enc));
        }
      default:
        {
          Buffer v = Buffer.from(value, "hex");
          return ask(method, hasOffset, hasEncoding,
              () -> hay.indexOf(v), () -> hay.indexOf(v, at), () -> hay.indexOf(v, enc), () -> hay.indexOf(v, at, enc),
              () -> hay.lastIndexOf(v), () -> hay.lastIndexOf(v, at), () -> hay.lastIndexOf(v, enc), () -> hay.lastIndexOf(v, at, enc),
              () -> hay.includes(v), () -> hay.includes(v, at), () -> hay.includes(v, enc), () -> hay.includes(v, at, enc));
        }
    }
  }

  /** The one of twelve calls that the method and the present arguments select. */
  @SuppressWarnings("TooManyParameters")
  private static String ask(String method, boolean hasOffset, boolean hasEncoding,
      Call i0, Call i1, Call i2, Call i3, Call l0, Call l1, Call l2, Call l3, Call c0, Call c1, Call c2, Call c3) {
    int shape = (hasOffset ? 1 : 0) + (hasEncoding ? 2 : 0);
    Call[] calls =
        method.equals("indexOf") ? new Call[] {i0, i1, i2, i3}
            : method.equals("lastIndexOf") ? new Call[] {l0, l1, l2, l3}
            : new Call[] {c0, c1, c2, c3};
    return String.valueOf(calls[shape].get());
  }

  @FunctionalInterface
  private interface Call {
    Object get();
  }

  private static int[] ints(String field) {
    return field.equals("-") ? new int[0] : Arrays.stream(field.split(",", -1)).mapToInt(Integer::parseInt).toArray();
  }

  private static String units(String hex) {
    StringBuilder s = new StringBuilder(hex.length() / 4);
    for (int i = 0; i < hex.length(); i += 4) {
      s.append((char) Integer.parseInt(hex.substring(i, i + 4), 16));
    }
    return s.toString();
  }

  private static String hex(Uint8Array view) {
    return HexFormat.of().formatHex(view.buffer.bytes, view.byteOffset, view.byteOffset + view.length);
  }

  /**
   * The bytes the script's {@code expand("SEED:LENGTH:ALPHABET")} makes, as a view at offset
   * {@link #PAD} of a larger buffer whose other bytes come from the same alphabet.
   */
  static Buffer view(String spec) {
    String[] parts = spec.split(":", -1);
    int length = Integer.parseInt(parts[1]);
    byte[] letters = parts[2].equals("*") ? null : HexFormat.of().parseHex(parts[2]);
    ArrayBuffer memory = new ArrayBuffer(length + 2 * PAD);
    Rng r = new Rng(Integer.parseInt(parts[0]));
    for (int i = 0; i < length; i++) {
      memory.bytes[PAD + i] = draw(r, letters);
    }
    Rng noise = new Rng(~Integer.parseInt(parts[0]));
    for (int i = 0; i < PAD; i++) {
      memory.bytes[i] = draw(noise, letters);
      memory.bytes[PAD + length + i] = draw(noise, letters);
    }
    return new Buffer(memory, PAD, length);
  }

  /** The script's byte draw: {@code ALPHABET[rng.int(k)]}, or {@code rng.int(256)} for "*". */
  private static byte draw(Rng r, byte @Nullable [] letters) {
    return letters == null ? (byte) r.nextInt(256) : letters[r.nextInt(letters.length)];
  }

  /** A target of {@code length} bytes 0xa5 at offset {@link #PAD}, between guard bytes 0x5a. */
  private static Buffer guarded(int length) {
    ArrayBuffer memory = new ArrayBuffer(length + 2 * PAD);
    Arrays.fill(memory.bytes, (byte) 0x5a);
    Arrays.fill(memory.bytes, PAD, PAD + length, (byte) 0xa5);
    return new Buffer(memory, PAD, length);
  }

  private static void assertOutsideUnchanged(byte[] before, Buffer view, String[] f) {
    byte[] after = view.buffer.bytes;
    boolean same =
        Arrays.equals(before, 0, view.byteOffset, after, 0, view.byteOffset)
            && Arrays.equals(before, view.byteOffset + view.length, before.length,
                after, view.byteOffset + view.length, after.length);
    assertWithMessage("bytes outside the target view changed by %s", String.join(" ", f)).that(same).isTrue();
  }
}
