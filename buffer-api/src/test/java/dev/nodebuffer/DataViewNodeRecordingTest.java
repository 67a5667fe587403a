package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.nodebuffer.testkit.LineRecording;
import dev.nodebuffer.testkit.Mismatches;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The differential sweep of {@link DataView}: 3,000 random constructions, reads and writes (fixed
 * seed), each with Node 22's answer recorded by {@code src/test/node/record-dataview.js} into
 * {@code dataview-node22.txt} (format at the top of the script), replayed here: the same result,
 * the same bytes afterwards, or the same error (name, no code, message, and the Java supertype:
 * {@code RangeError}s are {@link NodeIndexException}s, {@code TypeError}s {@link
 * NodeArgumentException}s).
 */
class DataViewNodeRecordingTest {
  private static final String RESOURCE = "dataview-node22.txt";

  @Test
  void everyRecordedCaseGivesNodesAnswer() {
    LineRecording recording = LineRecording.load(DataViewNodeRecordingTest.class, RESOURCE);
    assertWithMessage("%s ends with an end line", RESOURCE).that(recording.ended).isTrue();
    Mismatches failures =
        recording.replay(call -> run(call.get(0), call.get(1), call.get(2), call.subList(3, call.size())));
    assertThat(recording.cases).hasSize(3000);
    failures.assertNone("cases against Node 22");
  }

  private static String run(String method, String hex, String view, List<String> args) {
    byte[] bytes = hex.equals("-") ? new byte[0] : HexFormat.of().parseHex(hex);
    ArrayBuffer ab = new ArrayBuffer(bytes.length);
    System.arraycopy(bytes, 0, ab.bytes, 0, bytes.length);
    try {
      DataView dv = construct(ab, view);
      String result;
      if (method.equals("new")) {
        result = dv.byteOffset() + "/" + dv.byteLength();
      } else {
        Class<?>[] types = new Class<?>[args.size()];
        @Nullable Object[] values = new Object[args.size()];
        for (int i = 0; i < args.size(); i++) {
          String arg = args.get(i);
          types[i] = type(arg);
          values[i] = value(arg);
        }
        Method m = DataView.class.getMethod(method, types);
        result = shown(m.invoke(dv, values), m.getReturnType());
      }
      String after = hex(ab);
      return "ok " + result + " " + (after.equals(hex) ? "=" : after);
    } catch (InvocationTargetException e) {
      return error(Objects.requireNonNull(e.getCause()), ab, hex);
    } catch (RuntimeException e) {
      return error(e, ab, hex);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("no DataView method for " + method, e);
    }
  }

  private static DataView construct(ArrayBuffer ab, String view) {
    if (view.equals("-")) {
      return new DataView(ab);
    }
    String[] parts = view.split(",", -1);
    int offset = Integer.parseInt(parts[0].substring(2));
    return parts.length == 1
        ? new DataView(ab, offset)
        : new DataView(ab, offset, Integer.parseInt(parts[1].substring(2)));
  }

  private static String error(Throwable thrown, ArrayBuffer ab, String hex) {
    if (!(thrown instanceof NodeError error)) {
      return "java exception " + thrown;
    }
    boolean rightSupertype =
        error.name().equals("RangeError")
            ? thrown instanceof IndexOutOfBoundsException
            : thrown instanceof IllegalArgumentException;
    if (!rightSupertype) {
      return "wrong Java supertype " + thrown.getClass().getSimpleName() + " for a " + error.name();
    }
    if (!hex(ab).equals(hex)) {
      return "an error changed the bytes: " + hex(ab);
    }
    return "err " + error.name() + "|" + (error.code() == null ? "-" : error.code()) + "|" + thrown.getMessage();
  }

  private static Class<?> type(String arg) {
    if (arg.equals("null")) {
      return BigInteger.class;
    }
    return switch (arg.charAt(0)) {
      case 'i' -> int.class;
      case 'l' -> long.class;
      case 'd' -> double.class;
      case 'n' -> BigInteger.class;
      case 'b' -> boolean.class;
      default -> throw new AssertionError("unknown argument " + arg);
    };
  }

  private static @Nullable Object value(String arg) {
    if (arg.equals("null")) {
      return null;
    }
    String text = arg.substring(2);
    return switch (arg.charAt(0)) {
      case 'i' -> Integer.parseInt(text);
      case 'l' -> Long.parseLong(text);
      case 'd' -> Double.longBitsToDouble(Long.parseUnsignedLong(text, 16));
      case 'n' -> new BigInteger(text);
      case 'b' -> Boolean.parseBoolean(text);
      default -> throw new AssertionError("unknown argument " + arg);
    };
  }

  private static String shown(@Nullable Object result, Class<?> type) {
    if (type == void.class) {
      return "undefined";
    }
    if (result instanceof BigInteger) {
      return result + "n";
    }
    if (result instanceof Double d) {
      return Double.isNaN(d) ? "d:NaN" : "d:" + String.format("%016x", Double.doubleToRawLongBits(d));
    }
    return String.valueOf(result);
  }

  private static String hex(ArrayBuffer ab) {
    return ab.bytes.length == 0 ? "-" : HexFormat.of().formatHex(ab.bytes);
  }
}
