package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.nodebuffer.testkit.LineRecording;
import dev.nodebuffer.testkit.Mismatches;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The differential sweep: 4,000 random reads, writes and swaps (fixed seed), each with Node 22's
 * answer recorded by {@code src/test/node/record-numbers.js} into {@code numbers-node22.txt}
 * (format at the top of the script), replayed here on {@link Buffer}: the same result, the same
 * bytes afterwards, or the same error (name, code, message, and the Java supertype the README
 * promises).
 */
class BufferNumbersNodeRecordingTest {
  private static final String RESOURCE = "numbers-node22.txt";

  @Test
  void everyRecordedCaseGivesNodesAnswer() {
    LineRecording recording = LineRecording.load(BufferNumbersNodeRecordingTest.class, RESOURCE);
    assertWithMessage("%s ends with an end line", RESOURCE).that(recording.ended).isTrue();
    Mismatches failures = recording.replay(call -> run(call.get(0), call.get(1), call.subList(2, call.size())));
    assertThat(recording.cases).hasSize(4000);
    failures.assertNone("cases against Node 22");
  }

  private static String run(String method, String hex, List<String> args) {
    byte[] bytes = hex.equals("-") ? new byte[0] : HexFormat.of().parseHex(hex);
    // A pooled view (byteOffset > 0, neighbours on the slab), as Buffer.from gives in Node.
    Buffer buf = Buffer.from(hex.equals("-") ? "" : hex, "hex");
    assertThat(buf.length()).isEqualTo(bytes.length);
    String result;
    try {
      result = "ok " + shown(method, call(buf, method, args)) + " " + after(buf, bytes);
    } catch (RuntimeException e) {
      if (!(e instanceof NodeError)) {
        return "java exception " + e;
      }
      NodeError error = (NodeError) e;
      String supertype = expectedSupertype(error);
      if (!supertype.isEmpty()) {
        return "wrong Java supertype " + e.getClass().getSimpleName() + ", wanted " + supertype;
      }
      if (!Objects.equals(hex(buf), hex.equals("-") ? "" : hex)) {
        return "an error changed the bytes: " + hex(buf);
      }
      return "err " + error.name() + "|" + (error.code() == null ? "-" : error.code()) + "|"
          + e.getMessage();
    }
    return result;
  }

  /** "" if the error has the supertype README promises: positions are index errors. */
  private static String expectedSupertype(NodeError error) {
    String message = ((Throwable) error).getMessage();
    boolean position =
        "ERR_BUFFER_OUT_OF_BOUNDS".equals(error.code())
            || (message != null && message.startsWith("The value of \"offset\""));
    if (position) {
      return error instanceof IndexOutOfBoundsException ? "" : "IndexOutOfBoundsException";
    }
    return error instanceof IllegalArgumentException ? "" : "IllegalArgumentException";
  }

  private static String after(Buffer buf, byte[] before) {
    String now = hex(buf);
    return now.equals(HexFormat.of().formatHex(before)) ? "=" : now.isEmpty() ? "-" : now;
  }

  private static String hex(Buffer buf) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < buf.length(); i++) {
      s.append(String.format("%02x", buf.get(i)));
    }
    return s.toString();
  }

  private static String shown(String method, @Nullable Object result) {
    if (result instanceof BigInteger) {
      return result + "n";
    }
    if (result instanceof Buffer) {
      return "this";
    }
    if (result instanceof Double) {
      double d = (Double) result;
      return Double.isNaN(d) ? "d:NaN" : "d:" + String.format("%016x", Double.doubleToRawLongBits(d));
    }
    return String.valueOf(result);
  }

  private static int i(String arg) {
    assertThat(arg).startsWith("i:");
    return Integer.parseInt(arg.substring(2));
  }

  private static long l(String arg) {
    assertThat(arg).startsWith("l:");
    return Long.parseLong(arg.substring(2));
  }

  private static double d(String arg) {
    assertThat(arg).startsWith("d:");
    return Double.longBitsToDouble(Long.parseUnsignedLong(arg.substring(2), 16));
  }

  private static @Nullable BigInteger n(String arg) {
    if (arg.equals("null")) {
      return null;
    }
    assertThat(arg).startsWith("n:");
    return new BigInteger(arg.substring(2));
  }

  /** Calls {@code method} with the arguments of a line: no offset means Node's default. */
  private static @Nullable Object call(Buffer b, String method, List<String> a) {
    int k = a.size();
    switch (method) {
      case "readUInt8": return k == 0 ? b.readUInt8() : b.readUInt8(i(a.get(0)));
      case "readUint8": return k == 0 ? b.readUint8() : b.readUint8(i(a.get(0)));
      case "readInt8": return k == 0 ? b.readInt8() : b.readInt8(i(a.get(0)));
      case "readUInt16LE": return k == 0 ? b.readUInt16LE() : b.readUInt16LE(i(a.get(0)));
      case "readUint16LE": return k == 0 ? b.readUint16LE() : b.readUint16LE(i(a.get(0)));
      case "readUInt16BE": return k == 0 ? b.readUInt16BE() : b.readUInt16BE(i(a.get(0)));
      case "readUint16BE": return k == 0 ? b.readUint16BE() : b.readUint16BE(i(a.get(0)));
      case "readInt16LE": return k == 0 ? b.readInt16LE() : b.readInt16LE(i(a.get(0)));
      case "readInt16BE": return k == 0 ? b.readInt16BE() : b.readInt16BE(i(a.get(0)));
      case "readUInt32LE": return k == 0 ? b.readUInt32LE() : b.readUInt32LE(i(a.get(0)));
      case "readUint32LE": return k == 0 ? b.readUint32LE() : b.readUint32LE(i(a.get(0)));
      case "readUInt32BE": return k == 0 ? b.readUInt32BE() : b.readUInt32BE(i(a.get(0)));
      case "readUint32BE": return k == 0 ? b.readUint32BE() : b.readUint32BE(i(a.get(0)));
      case "readInt32LE": return k == 0 ? b.readInt32LE() : b.readInt32LE(i(a.get(0)));
      case "readInt32BE": return k == 0 ? b.readInt32BE() : b.readInt32BE(i(a.get(0)));
      case "readFloatLE": return k == 0 ? b.readFloatLE() : b.readFloatLE(i(a.get(0)));
      case "readFloatBE": return k == 0 ? b.readFloatBE() : b.readFloatBE(i(a.get(0)));
      case "readDoubleLE": return k == 0 ? b.readDoubleLE() : b.readDoubleLE(i(a.get(0)));
      case "readDoubleBE": return k == 0 ? b.readDoubleBE() : b.readDoubleBE(i(a.get(0)));
      case "readBigUInt64LE": return k == 0 ? b.readBigUInt64LE() : b.readBigUInt64LE(i(a.get(0)));
      case "readBigUint64LE": return k == 0 ? b.readBigUint64LE() : b.readBigUint64LE(i(a.get(0)));
      case "readBigUInt64BE": return k == 0 ? b.readBigUInt64BE() : b.readBigUInt64BE(i(a.get(0)));
      case "readBigUint64BE": return k == 0 ? b.readBigUint64BE() : b.readBigUint64BE(i(a.get(0)));
      case "readBigInt64LE": return k == 0 ? b.readBigInt64LE() : b.readBigInt64LE(i(a.get(0)));
      case "readBigInt64BE": return k == 0 ? b.readBigInt64BE() : b.readBigInt64BE(i(a.get(0)));
      case "readUIntLE": return b.readUIntLE(i(a.get(0)), i(a.get(1)));
      case "readUintLE": return b.readUintLE(i(a.get(0)), i(a.get(1)));
      case "readUIntBE": return b.readUIntBE(i(a.get(0)), i(a.get(1)));
      case "readUintBE": return b.readUintBE(i(a.get(0)), i(a.get(1)));
      case "readIntLE": return b.readIntLE(i(a.get(0)), i(a.get(1)));
      case "readIntBE": return b.readIntBE(i(a.get(0)), i(a.get(1)));
      default: return method.startsWith("swap") ? swap(b, method) : write(b, method, a);
    }
  }

  private static @Nullable Object write(Buffer b, String method, List<String> a) {
    int k = a.size();
    String v = a.get(0);
    switch (method) {
      case "writeUInt8": return k == 1 ? b.writeUInt8(i(v)) : b.writeUInt8(i(v), i(a.get(1)));
      case "writeUint8": return k == 1 ? b.writeUint8(i(v)) : b.writeUint8(i(v), i(a.get(1)));
      case "writeInt8": return k == 1 ? b.writeInt8(i(v)) : b.writeInt8(i(v), i(a.get(1)));
      case "writeUInt16LE": return k == 1 ? b.writeUInt16LE(i(v)) : b.writeUInt16LE(i(v), i(a.get(1)));
      case "writeUint16LE": return k == 1 ? b.writeUint16LE(i(v)) : b.writeUint16LE(i(v), i(a.get(1)));
      case "writeUInt16BE": return k == 1 ? b.writeUInt16BE(i(v)) : b.writeUInt16BE(i(v), i(a.get(1)));
      case "writeUint16BE": return k == 1 ? b.writeUint16BE(i(v)) : b.writeUint16BE(i(v), i(a.get(1)));
      case "writeInt16LE": return k == 1 ? b.writeInt16LE(i(v)) : b.writeInt16LE(i(v), i(a.get(1)));
      case "writeInt16BE": return k == 1 ? b.writeInt16BE(i(v)) : b.writeInt16BE(i(v), i(a.get(1)));
      case "writeUInt32LE": return k == 1 ? b.writeUInt32LE(l(v)) : b.writeUInt32LE(l(v), i(a.get(1)));
      case "writeUint32LE": return k == 1 ? b.writeUint32LE(l(v)) : b.writeUint32LE(l(v), i(a.get(1)));
      case "writeUInt32BE": return k == 1 ? b.writeUInt32BE(l(v)) : b.writeUInt32BE(l(v), i(a.get(1)));
      case "writeUint32BE": return k == 1 ? b.writeUint32BE(l(v)) : b.writeUint32BE(l(v), i(a.get(1)));
      case "writeInt32LE": return k == 1 ? b.writeInt32LE(l(v)) : b.writeInt32LE(l(v), i(a.get(1)));
      case "writeInt32BE": return k == 1 ? b.writeInt32BE(l(v)) : b.writeInt32BE(l(v), i(a.get(1)));
      case "writeFloatLE": return k == 1 ? b.writeFloatLE(d(v)) : b.writeFloatLE(d(v), i(a.get(1)));
      case "writeFloatBE": return k == 1 ? b.writeFloatBE(d(v)) : b.writeFloatBE(d(v), i(a.get(1)));
      case "writeDoubleLE": return k == 1 ? b.writeDoubleLE(d(v)) : b.writeDoubleLE(d(v), i(a.get(1)));
      case "writeDoubleBE": return k == 1 ? b.writeDoubleBE(d(v)) : b.writeDoubleBE(d(v), i(a.get(1)));
      case "writeBigUInt64LE": return k == 1 ? b.writeBigUInt64LE(n(v)) : b.writeBigUInt64LE(n(v), i(a.get(1)));
      case "writeBigUint64LE": return k == 1 ? b.writeBigUint64LE(n(v)) : b.writeBigUint64LE(n(v), i(a.get(1)));
      case "writeBigUInt64BE": return k == 1 ? b.writeBigUInt64BE(n(v)) : b.writeBigUInt64BE(n(v), i(a.get(1)));
      case "writeBigUint64BE": return k == 1 ? b.writeBigUint64BE(n(v)) : b.writeBigUint64BE(n(v), i(a.get(1)));
      case "writeBigInt64LE": return k == 1 ? b.writeBigInt64LE(n(v)) : b.writeBigInt64LE(n(v), i(a.get(1)));
      case "writeBigInt64BE": return k == 1 ? b.writeBigInt64BE(n(v)) : b.writeBigInt64BE(n(v), i(a.get(1)));
      case "writeUIntLE": return b.writeUIntLE(l(v), i(a.get(1)), i(a.get(2)));
      case "writeUintLE": return b.writeUintLE(l(v), i(a.get(1)), i(a.get(2)));
      case "writeUIntBE": return b.writeUIntBE(l(v), i(a.get(1)), i(a.get(2)));
      case "writeUintBE": return b.writeUintBE(l(v), i(a.get(1)), i(a.get(2)));
      case "writeIntLE": return b.writeIntLE(l(v), i(a.get(1)), i(a.get(2)));
      case "writeIntBE": return b.writeIntBE(l(v), i(a.get(1)), i(a.get(2)));
      default: throw new AssertionError("unknown method " + method);
    }
  }

  private static Object swap(Buffer b, String method) {
    switch (method) {
      case "swap16": return b.swap16();
      case "swap32": return b.swap32();
      case "swap64": return b.swap64();
      default: throw new AssertionError("unknown method " + method);
    }
  }
}
