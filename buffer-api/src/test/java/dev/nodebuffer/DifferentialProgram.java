package dev.nodebuffer;

import dev.nodebuffer.testkit.Rng;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The generator of {@link DifferentialNodeTest}: seeded random sequences of {@code Buffer} calls,
 * each call one text line that {@code src/test/node/differential.js} runs on Node and {@link
 * DifferentialJava} runs on the port.
 *
 * <p>A call line is {@code c DST RECV METHOD ARG...}: {@code DST} names the slot that keeps the
 * result ({@code -} for none), {@code RECV} is a slot or one of {@code Buffer}, {@code Buffers} (the
 * {@code buffer} module), {@code ArrayBuffer}, {@code Uint8Array}, and {@code METHOD} {@code new}
 * constructs it. Argument tokens: {@code iN} an int, {@code jN} a long (a Number, within 2^53),
 * {@code d} and 16 hex digits a double by its IEEE bits, {@code nN} a BigInteger (a BigInt), {@code
 * s} and 4 hex digits per UTF-16 unit a string (lone surrogates survive), {@code u} undefined (a
 * {@code null} encoding in Java), {@code bNAME} a slot, {@code LbA,bB} a list of slots.
 *
 * <p>Memory is deterministic on both sides: every sequence starts with {@code new ArrayBuffer(n)}
 * (views over it at odd and even byte offsets, Buffers and plain Uint8Arrays), {@code
 * Buffer.alloc} and {@code Buffer.from(string, encoding)}, never {@code allocUnsafe}.
 */
final class DifferentialProgram {

  /** One call; {@link #line()} is its text. */
  record Call(String dst, String recv, String method, List<String> args) {
    String line() {
      return "c " + dst + " " + recv + " " + method + (args.isEmpty() ? "" : " " + String.join(" ", args));
    }

    Call withArgs(List<String> newArgs) {
      return new Call(dst, recv, method, List.copyOf(newArgs));
    }

    /** The encoding argument of a search or string call, if its last argument is a string. */
    boolean lastArgIsEncodingIn(List<String> encodings) {
      if (args.isEmpty()) {
        return false;
      }
      String last = args.get(args.size() - 1);
      return last.startsWith("s") && encodings.contains(units(last).toLowerCase(Locale.ROOT));
    }
  }

  /** A sequence of calls, with the seed and index that made it (for a re-run). */
  record Sequence(String id, List<Call> calls) {
    String text() {
      StringBuilder s = new StringBuilder("seq ").append(id).append('\n');
      for (Call c : calls) {
        s.append(c.line()).append('\n');
      }
      return s.append("end\n").toString();
    }
  }

  static final List<String> SEARCHES = List.of("indexOf", "lastIndexOf", "includes");

  static final List<String> UTF16_NAMES = List.of("utf16le", "utf-16le", "ucs2", "ucs-2");

  private static final String[] ENCODINGS = {
    "utf8", "utf-8", "UTF8", "utf16le", "utf-16le", "ucs2", "ucs-2", "UCS2", "latin1", "binary",
    "LATIN1", "ascii", "base64", "base64url", "hex", "hex", "base64"
  };

  /** Units of the strings: ASCII, Latin-1, BMP, an astral pair, lone surrogates, hex/base64 text. */
  private static final String[] ALPHABET = {
    "a", "b", "c", "a", "b", "a", "\u0000", "\u00e9", "\u6261", "Z", "0", "9", " ", "+", "/", "=", "-", "_", "\u0000", "\u007f", "\u0080", "\u00e9",
    "\u00ff", "\u0100", "\u20ac", "\ufffd", "\ud83d\ude00", "\ud800", "\udc00", "\ud83d", "\ude00"
  };

  private static final String[] CONTENT = {
    "61", "61", "61", "62", "62", "63", "00", "00", "ff", "e9", "c3", "a9", "d8", "dc", "3d", "de", "80",
    "7f", "e2", "82", "ac", "f0", "9f", "98"
  };

  private static final String HEX_DIGITS = "0123456789abcdefABCDEFxg";
  private static final String BASE64_DIGITS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_= .";

  private static final String[] READS = {
    "readUInt8", "readInt8", "readUInt16LE", "readUInt16BE", "readInt16LE", "readInt16BE",
    "readUInt32LE", "readUInt32BE", "readInt32LE", "readInt32BE", "readFloatLE", "readFloatBE",
    "readDoubleLE", "readDoubleBE", "readBigUInt64LE", "readBigUInt64BE", "readBigInt64LE",
    "readBigInt64BE", "readUint8", "readUint16LE", "readUint32BE", "readBigUint64LE"
  };

  private enum Kind {
    ARRAY_BUFFER,
    BUFFER,
    UINT8
  }

  /** What the generator believes of a slot: enough to aim offsets in and around its range. */
  private record Slot(String name, Kind kind, int length, int byteOffset) {}

  private final Rng r;
  private final List<Slot> slots = new ArrayList<>();
  private final List<Call> calls = new ArrayList<>();

  private DifferentialProgram(Rng r) {
    this.r = r;
  }

  /** Sequence {@code index} of the run seeded {@code seed}: the same pair gives the same calls. */
  static Sequence generate(int seed, int index) {
    DifferentialProgram g = new DifferentialProgram(new Rng(seed ^ (index * 0x9E3779B9)));
    g.setUp();
    int n = 1 + g.r.nextInt(g.r.nextInt(4) == 0 ? 40 : 14);
    for (int i = 0; i < n; i++) {
      g.step();
    }
    return new Sequence(seed + ":" + index, List.copyOf(g.calls));
  }

  private void setUp() {
    int arrayBuffers = 1 + r.nextInt(2);
    for (int a = 0; a < arrayBuffers; a++) {
      // Now and then a larger one: longer needles and haystacks take other search and codec paths.
      int size = r.nextInt(5) == 0 ? r.nextInt(4) : r.nextInt(12) == 0 ? 64 + r.nextInt(400) : 4 + r.nextInt(40);
      String ab = add(Kind.ARRAY_BUFFER, size, 0);
      call(ab, "ArrayBuffer", "new", i(size));
      if (size > 0) {
        // Content from a small alphabet, so that searches find, and decoders meet ASCII, zeros,
        // UTF-8 lead and trail bytes and surrogate halves.
        String whole = add(Kind.BUFFER, size, 0);
        call(whole, "Buffer", "from", "b" + ab);
        StringBuilder hex = new StringBuilder();
        for (int k = 0; k < size; k++) {
          hex.append(CONTENT[r.nextInt(CONTENT.length)]);
        }
        call("-", whole, "write", s(hex.toString()), s("hex"));
      }
      int views = 1 + r.nextInt(3);
      for (int v = 0; v < views; v++) {
        // Odd byte offsets half of the time: the search, swap and numeric paths must not assume
        // alignment.
        int offset = r.nextInt(2) == 0 ? oddUpTo(size) : r.nextInt(size + 1);
        int length = r.nextInt(size - offset + 1);
        boolean plain = r.nextInt(4) == 0;
        int shape = r.nextInt(5);
        List<String> args = new ArrayList<>(List.of("b" + ab));
        if (shape == 0) {
          offset = 0;
          length = size;
        } else if (shape == 1) {
          args.add(i(offset));
          length = size - offset;
        } else {
          args.add(i(offset));
          args.add(i(length));
        }
        String name = add(plain ? Kind.UINT8 : Kind.BUFFER, length, offset);
        call(name, plain ? "Uint8Array" : "Buffer", plain ? "new" : "from", args.toArray(new String[0]));
      }
    }
    if (r.nextInt(2) == 0) {
      int size = r.nextInt(20);
      List<String> args = new ArrayList<>(List.of(i(size)));
      int k = r.nextInt(4);
      if (k == 1) {
        args.add(i(r.nextInt(300)));
      } else if (k == 2) {
        args.add(s(string(5)));
        if (r.nextInt(2) == 0) {
          args.add(encoding());
        }
      } else if (k == 3) {
        args.add("b" + anyView().name);
      }
      String name = add(Kind.BUFFER, size, 0);
      call(name, "Buffer", "alloc", args.toArray(new String[0]));
    }
    if (r.nextInt(2) == 0) {
      fromString();
    }
  }

  private void fromString() {
    String text = string(12);
    String enc = encoding();
    int length = byteLength(text, enc);
    String name = add(Kind.BUFFER, length, 0);
    call(name, "Buffer", "from", s(text), enc);
  }

  /** The generator's guess of a string's length in bytes (the port's answer; only aims offsets). */
  private static int byteLength(String text, String encToken) {
    try {
      return Buffer.byteLength(text, encToken.equals("u") ? null : units(encToken));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private void step() {
    int k = r.nextInt(100);
    Slot b = pickSlot(Kind.BUFFER);
    if (b == null) {
      fromString();
      return;
    }
    String recv = b.name;
    if (k < 12) {
      read(b);
    } else if (k < 22) {
      writeNumber(b);
    } else if (k < 26) {
      variableWidth(b);
    } else if (k < 33) {
      writeString(b);
    } else if (k < 40) {
      toStringCall(b);
    } else if (k < 47) {
      fill(b);
    } else if (k < 52) {
      call("-", recv, "copy", viewAndPositions(b, 3));
    } else if (k < 55) {
      List<String> args = new ArrayList<>(List.of(i(relative(b.length)), i(relative(b.length))));
      if (r.nextInt(2) == 0) {
        args.add(i(relative(b.length)));
      }
      call("-", recv, "copyWithin", args.toArray(new String[0]));
    } else if (k < 58) {
      Slot source = anyView();
      if (r.nextInt(3) == 0) {
        call("-", recv, "set", "b" + source.name);
      } else {
        call("-", recv, "set", "b" + source.name, i(position(Math.max(0, b.length - source.length))));
      }
    } else if (k < 62) {
      call("-", recv, "compare", viewAndPositions(b, 4));
    } else if (k < 64) {
      call("-", "Buffer", "compare", "b" + anyView().name, "b" + anyView().name);
    } else if (k < 66) {
      call("-", recv, "equals", "b" + anyView().name);
    } else if (k < 80) {
      search(b);
    } else if (k < 85) {
      subarray(b);
    } else if (k < 88) {
      call("-", recv, "swap" + (16 << r.nextInt(3)));
    } else if (k < 90) {
      concat();
    } else if (k < 93) {
      if (r.nextInt(3) == 0) {
        call("-", "Buffer", "byteLength", "b" + anyViewOrArrayBuffer().name);
      } else if (r.nextInt(2) == 0) {
        call("-", "Buffer", "byteLength", s(string(8)));
      } else {
        call("-", "Buffer", "byteLength", s(string(8)), encoding());
      }
    } else if (k < 94) {
      call("-", recv, "toJSON");
    } else if (k < 96) {
      call("-", "Buffers", r.nextInt(2) == 0 ? "isUtf8" : "isAscii", "b" + anyViewOrArrayBuffer().name);
    } else if (k < 98) {
      fromString();
    } else {
      Slot source = anyView();
      String name = add(Kind.BUFFER, source.length, 0);
      call(name, "Buffer", "from", "b" + source.name);
    }
  }

  /** A view, then up to {@code most} starts and ends around {@code b}'s range. */
  private String[] viewAndPositions(Slot b, int most) {
    List<String> args = new ArrayList<>(List.of("b" + anyView().name));
    int n = r.nextInt(most + 1);
    for (int a = 0; a < n; a++) {
      args.add(i(position(b.length)));
    }
    return args.toArray(new String[0]);
  }

  private void read(Slot b) {
    String method = READS[r.nextInt(READS.length)];
    int width = method.contains("8") && !method.contains("64") ? 1
        : method.contains("16") ? 2
        : method.contains("32") || method.contains("Float") ? 4 : 8;
    if (r.nextInt(10) == 0) {
      call("-", b.name, method);
    } else {
      call("-", b.name, method, i(offset(b.length, width)));
    }
  }

  private void writeNumber(Slot b) {
    int kind = r.nextInt(9);
    String endian = r.nextInt(2) == 0 ? "LE" : "BE";
    String method;
    String value;
    int width;
    switch (kind) {
      case 0 -> {
        boolean signed = r.nextInt(2) == 0;
        method = signed ? "writeInt8" : (r.nextInt(4) == 0 ? "writeUint8" : "writeUInt8");
        width = 1;
        value = i((int) integer(8, signed));
      }
      case 1, 2 -> {
        boolean signed = r.nextInt(2) == 0;
        method = (signed ? "writeInt16" : "writeUInt16") + endian;
        width = 2;
        value = i((int) integer(16, signed));
      }
      case 3, 4 -> {
        boolean signed = r.nextInt(2) == 0;
        method = (signed ? "writeInt32" : (r.nextInt(4) == 0 ? "writeUint32" : "writeUInt32")) + endian;
        width = 4;
        value = j(integer(32, signed));
      }
      case 5 -> {
        method = "writeFloat" + endian;
        width = 4;
        value = d(floating());
      }
      case 6 -> {
        method = "writeDouble" + endian;
        width = 8;
        value = d(floating());
      }
      default -> {
        boolean signed = r.nextInt(2) == 0;
        method = (signed ? "writeBigInt64" : (r.nextInt(4) == 0 ? "writeBigUint64" : "writeBigUInt64")) + endian;
        width = 8;
        value = "n" + bigInteger(signed);
      }
    }
    if (r.nextInt(10) == 0) {
      call("-", b.name, method, value);
    } else {
      call("-", b.name, method, value, i(offset(b.length, width)));
    }
  }

  private void variableWidth(Slot b) {
    boolean signed = r.nextInt(2) == 0;
    String endian = r.nextInt(2) == 0 ? "LE" : "BE";
    int byteLength = r.nextInt(8) == 0 ? pick(new int[] {0, 7, -1, 8}) : 1 + r.nextInt(6);
    int bits = 8 * Math.max(1, Math.min(6, byteLength));
    boolean write = r.nextInt(2) == 0;
    String stem = (signed ? "Int" : r.nextInt(4) == 0 ? "Uint" : "UInt") + endian;
    int offset = offset(b.length, Math.max(1, byteLength));
    if (write) {
      call("-", b.name, "write" + stem, j(integer(bits, signed)), i(offset), i(byteLength));
    } else {
      call("-", b.name, "read" + stem, i(offset), i(byteLength));
    }
  }

  private void writeString(Slot b) {
    String text = s(string(10));
    int shape = r.nextInt(6);
    switch (shape) {
      case 0 -> call("-", b.name, "write", text);
      case 1 -> call("-", b.name, "write", text, encoding());
      case 2 -> call("-", b.name, "write", text, i(position(b.length)));
      case 3 -> call("-", b.name, "write", text, i(position(b.length)), encoding());
      case 4 -> call("-", b.name, "write", text, i(position(b.length)), i(position(b.length)));
      default ->
          call("-", b.name, "write", text, i(position(b.length)), i(position(b.length)), encoding());
    }
  }

  private void toStringCall(Slot b) {
    int shape = r.nextInt(4);
    switch (shape) {
      case 0 -> call("-", b.name, "toString");
      case 1 -> call("-", b.name, "toString", encoding());
      case 2 -> call("-", b.name, "toString", encoding(), i(relative(b.length)));
      default -> call("-", b.name, "toString", encoding(), i(relative(b.length)), i(relative(b.length)));
    }
  }

  private void fill(Slot b) {
    int kind = r.nextInt(3);
    List<String> args = new ArrayList<>();
    if (kind == 0) {
      args.add(i(r.nextInt(4) == 0 ? pick(new int[] {-1, 256, 1000, -129, Integer.MIN_VALUE}) : r.nextInt(256)));
    } else if (kind == 1) {
      args.add(s(string(4)));
    } else {
      args.add("b" + anyView().name);
    }
    int n = r.nextInt(3);
    for (int a = 0; a < n; a++) {
      args.add(i(position(b.length)));
    }
    if (kind == 1 && r.nextInt(2) == 0) {
      args.add(encoding());
    }
    call("-", b.name, "fill", args.toArray(new String[0]));
  }

  private void search(Slot b) {
    String method = SEARCHES.get(r.nextInt(3));
    int kind = r.nextInt(3);
    String needle;
    if (kind == 0) {
      needle = i(r.nextInt(5) == 0 ? pick(new int[] {-1, 256, 257, -255, 1000}) : r.nextInt(256));
    } else if (kind == 1) {
      needle = s(string(r.nextInt(3) == 0 ? 1 : r.nextInt(4) == 0 ? 16 : 4));
    } else {
      needle = "b" + anyView().name;
    }
    String enc = encoding();
    int shape = r.nextInt(4);
    switch (shape) {
      case 0 -> call("-", b.name, method, needle);
      case 1 -> call("-", b.name, method, needle, i(relative(b.length)));
      case 2 -> call("-", b.name, method, needle, enc);
      default -> call("-", b.name, method, needle, i(relative(b.length)), enc);
    }
  }

  private void subarray(Slot b) {
    String method = r.nextInt(3) == 0 ? "slice" : "subarray";
    int shape = r.nextInt(4);
    int start = 0;
    int end = b.length;
    List<String> args = new ArrayList<>();
    if (shape >= 1) {
      int s = relative(b.length);
      args.add(i(s));
      start = clamp(s, b.length);
    }
    if (shape >= 2) {
      int e = relative(b.length);
      args.add(i(e));
      end = clamp(e, b.length);
    }
    int length = Math.max(0, end - start);
    String name = add(Kind.BUFFER, length, b.byteOffset + (length == 0 ? 0 : start));
    call(name, b.name, method, args.toArray(new String[0]));
  }

  private static int clamp(int relative, int length) {
    return relative < 0 ? Math.max(0, length + relative) : Math.min(relative, length);
  }

  private void concat() {
    int n = r.nextInt(4);
    List<String> names = new ArrayList<>();
    int total = 0;
    for (int a = 0; a < n; a++) {
      Slot v = anyView();
      names.add("b" + v.name);
      total += v.length;
    }
    String list = "L" + String.join(",", names);
    if (r.nextInt(3) == 0) {
      int length = r.nextInt(total + 3);
      String name = add(Kind.BUFFER, length, 0);
      call(name, "Buffer", "concat", list, i(length));
    } else {
      String name = add(Kind.BUFFER, total, 0);
      call(name, "Buffer", "concat", list);
    }
  }

  // ---- values ----

  /** An offset for a read or write of {@code width} bytes: mostly in range, often at the edges. */
  private int offset(int length, int width) {
    int k = r.nextInt(100);
    if (k < 70) {
      return r.nextInt(Math.max(1, length - width + 2));
    } else if (k < 80) {
      return Math.max(0, length - width) + r.nextInt(3);
    } else if (k < 88) {
      return -1 - r.nextInt(3);
    } else if (k < 94) {
      return huge();
    }
    return r.nextInt(length + 9);
  }

  /** A start, end or length: in range mostly, else just past, negative or huge. */
  private int position(int length) {
    int k = r.nextInt(100);
    if (k < 75) {
      return r.nextInt(length + 2);
    } else if (k < 85) {
      return -1 - r.nextInt(3);
    } else if (k < 92) {
      return huge();
    }
    return length + r.nextInt(10);
  }

  /** An index that JavaScript counts from the end when negative. */
  private int relative(int length) {
    int k = r.nextInt(100);
    if (k < 60) {
      return r.nextInt(length + 2);
    } else if (k < 85) {
      return -r.nextInt(length + 3);
    } else if (k < 93) {
      return huge();
    }
    return length + r.nextInt(10);
  }

  private int huge() {
    return pick(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, 1 << 30, -(1 << 30), 65536, 4096});
  }

  private int pick(int[] values) {
    return values[r.nextInt(values.length)];
  }

  private int oddUpTo(int size) {
    return size == 0 ? 0 : Math.min(size, 1 + 2 * r.nextInt((size + 1) / 2));
  }

  private long integer(int bits, boolean signed) {
    long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
    long min = signed ? -(1L << (bits - 1)) : 0;
    int k = r.nextInt(20);
    return switch (k) {
      case 0 -> max;
      case 1 -> min;
      case 2 -> max + 1;
      case 3 -> min - 1;
      case 4 -> r.nextInt(2) == 0 ? (1L << 53) - 1 : -(1L << 53) + 1;
      case 5 -> -1;
      default -> min + Math.floorMod(((long) r.next() << 32) ^ (r.next() & 0xFFFFFFFFL), max - min + 1);
    };
  }

  private double floating() {
    int k = r.nextInt(18);
    return switch (k) {
      case 0 -> Double.NaN;
      case 1 -> Double.POSITIVE_INFINITY;
      case 2 -> Double.NEGATIVE_INFINITY;
      case 3 -> -0.0;
      case 4 -> 3.4028235677973366e38; // rounds to float Infinity
      case 5 -> 1e-45;
      case 6 -> Double.MIN_VALUE;
      case 7 -> r.nextInt(1000) - 500;
      case 8 -> (r.nextInt(2000) - 1000) / 8.0;
      // NaNs with payloads, signalling (quiet bit clear) and quiet, either sign: V8 keeps their
      // bits through writeDoubleXX, and narrows them in writeFloatXX by its own rule.
      case 9 -> Double.longBitsToDouble(0x7ff0000000000001L | ((long) r.next() << 20) & 0x0007ffffffffffffL
          | (r.nextInt(2) == 0 ? 0 : Long.MIN_VALUE));
      case 10 -> Double.longBitsToDouble(0x7ff8000000000000L | (r.next() & 0xFFFFFFFFL)
          | (r.nextInt(2) == 0 ? 0 : Long.MIN_VALUE));
      default -> Double.longBitsToDouble(((long) r.next() << 32) ^ (r.next() & 0xFFFFFFFFL));
    };
  }

  private BigInteger bigInteger(boolean signed) {
    BigInteger two64 = BigInteger.ONE.shiftLeft(64);
    BigInteger two63 = BigInteger.ONE.shiftLeft(63);
    int k = r.nextInt(12);
    BigInteger random =
        new BigInteger(1, new byte[] {
          (byte) r.next(), (byte) r.next(), (byte) r.next(), (byte) r.next(),
          (byte) r.next(), (byte) r.next(), (byte) r.next(), (byte) r.next()
        });
    return switch (k) {
      case 0 -> signed ? two63 : two64;
      case 1 -> signed ? two63.negate().subtract(BigInteger.ONE) : BigInteger.ONE.negate();
      case 2 -> signed ? two63.subtract(BigInteger.ONE) : two64.subtract(BigInteger.ONE);
      case 3 -> signed ? two63.negate() : BigInteger.ZERO;
      case 4 -> BigInteger.valueOf(r.nextInt(300));
      default -> signed ? random.subtract(two63) : random;
    };
  }

  private String string(int maxLength) {
    int n = r.nextInt(maxLength + 1);
    int kind = r.nextInt(4);
    StringBuilder s = new StringBuilder();
    for (int c = 0; c < n; c++) {
      if (kind == 0) {
        s.append(HEX_DIGITS.charAt(r.nextInt(HEX_DIGITS.length())));
      } else if (kind == 1) {
        s.append(BASE64_DIGITS.charAt(r.nextInt(BASE64_DIGITS.length())));
      } else {
        s.append(ALPHABET[r.nextInt(ALPHABET.length)]);
      }
    }
    return s.toString();
  }

  private String encoding() {
    int k = r.nextInt(40);
    if (k < 4) {
      return "u";
    } else if (k == 4) {
      return s(r.nextInt(2) == 0 ? "bogus" : "");
    }
    return s(ENCODINGS[r.nextInt(ENCODINGS.length)]);
  }

  // ---- slots ----

  private String add(Kind kind, int length, int byteOffset) {
    String name = String.valueOf(slots.size());
    slots.add(new Slot(name, kind, length, byteOffset));
    return name;
  }

  private @org.jspecify.annotations.Nullable Slot pickSlot(Kind kind) {
    List<Slot> of = new ArrayList<>();
    for (Slot s : slots) {
      if (s.kind == kind) {
        of.add(s);
      }
    }
    return of.isEmpty() ? null : of.get(r.nextInt(of.size()));
  }

  /** Any Buffer or Uint8Array slot (there is always one: every set-up makes a view). */
  private Slot anyView() {
    List<Slot> of = new ArrayList<>();
    for (Slot s : slots) {
      if (s.kind != Kind.ARRAY_BUFFER) {
        of.add(s);
      }
    }
    return of.get(r.nextInt(of.size()));
  }

  /** Any slot but a missing one: a view, or now and then an ArrayBuffer. */
  private Slot anyViewOrArrayBuffer() {
    Slot ab = pickSlot(Kind.ARRAY_BUFFER);
    return ab != null && r.nextInt(4) == 0 ? ab : anyView();
  }

  /** Adds a call, unless {@link DifferentialNodeTest#KNOWN} says not to generate it. */
  private void call(String dst, String recv, String method, String... args) {
    Call call = new Call(dst, recv, method, List.of(args));
    int receiverByteOffset = -1;
    for (Slot s : slots) {
      if (s.name.equals(recv) && s.kind != Kind.ARRAY_BUFFER) {
        receiverByteOffset = s.byteOffset;
      }
    }
    if (DifferentialNodeTest.known(DifferentialNodeTest.Treatment.NOT_GENERATED, call, receiverByteOffset) == null) {
      calls.add(call);
    }
  }

  // ---- tokens ----

  static String i(int v) {
    return "i" + v;
  }

  static String j(long v) {
    return "j" + v;
  }

  static String d(double v) {
    return "d" + String.format("%016x", Double.doubleToRawLongBits(v));
  }

  static String s(String v) {
    StringBuilder t = new StringBuilder("s");
    for (int c = 0; c < v.length(); c++) {
      t.append(String.format("%04x", (int) v.charAt(c)));
    }
    return t.toString();
  }

  /** The string of an {@code s} token. */
  static String units(String token) {
    StringBuilder s = new StringBuilder();
    for (int c = 1; c + 4 <= token.length(); c += 4) {
      s.append((char) Integer.parseInt(token.substring(c, c + 4), 16));
    }
    return s.toString();
  }
}
