package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/**
 * The numeric read/write family and swaps. Expected texts were printed by node v22.23.3 (the
 * snippet is beside each); the broad comparison with Node is {@link
 * BufferNumbersNodeRecordingTest}, and the TCK's buf-read-numbers, buf-write-numbers and buf-swap.
 */
class BufferNumbersTest {

  // ---- the API contract: names, parameter and return types ----

  @Test
  void everyNodeMethodAndAliasExistsWithTheContractsTypes() throws NoSuchMethodException {
    // Each fixed-width kind: its name after read/write, what read returns, what write takes.
    Object[][] kinds = {
      {"UInt8", int.class, int.class}, {"Uint8", int.class, int.class}, {"Int8", int.class, int.class},
      {"UInt16LE", int.class, int.class}, {"Uint16LE", int.class, int.class},
      {"UInt16BE", int.class, int.class}, {"Uint16BE", int.class, int.class},
      {"Int16LE", int.class, int.class}, {"Int16BE", int.class, int.class},
      {"UInt32LE", long.class, long.class}, {"Uint32LE", long.class, long.class},
      {"UInt32BE", long.class, long.class}, {"Uint32BE", long.class, long.class},
      {"Int32LE", int.class, long.class}, {"Int32BE", int.class, long.class},
      {"FloatLE", double.class, double.class}, {"FloatBE", double.class, double.class},
      {"DoubleLE", double.class, double.class}, {"DoubleBE", double.class, double.class},
      {"BigUInt64LE", BigInteger.class, BigInteger.class},
      {"BigUint64LE", BigInteger.class, BigInteger.class},
      {"BigUInt64BE", BigInteger.class, BigInteger.class},
      {"BigUint64BE", BigInteger.class, BigInteger.class},
      {"BigInt64LE", BigInteger.class, BigInteger.class},
      {"BigInt64BE", BigInteger.class, BigInteger.class},
    };
    for (Object[] kind : kinds) {
      String read = "read" + kind[0];
      String write = "write" + kind[0];
      Class<?> value = (Class<?>) kind[2];
      assertWithMessage(read).that(Buffer.class.getMethod(read).getReturnType()).isEqualTo(kind[1]);
      assertWithMessage(read)
          .that(Buffer.class.getMethod(read, int.class).getReturnType())
          .isEqualTo(kind[1]);
      assertWithMessage(write)
          .that(Buffer.class.getMethod(write, value).getReturnType())
          .isEqualTo(int.class);
      assertWithMessage(write)
          .that(Buffer.class.getMethod(write, value, int.class).getReturnType())
          .isEqualTo(int.class);
    }
    for (String kind : List.of("UIntLE", "UintLE", "UIntBE", "UintBE", "IntLE", "IntBE")) {
      assertWithMessage("read" + kind)
          .that(Buffer.class.getMethod("read" + kind, int.class, int.class).getReturnType())
          .isEqualTo(long.class);
      assertWithMessage("write" + kind)
          .that(Buffer.class.getMethod("write" + kind, long.class, int.class, int.class).getReturnType())
          .isEqualTo(int.class);
    }
    for (String name : List.of("swap16", "swap32", "swap64")) {
      Method swap = Buffer.class.getMethod(name);
      assertWithMessage(name).that(swap.getReturnType()).isEqualTo(Buffer.class);
    }
  }

  // ---- values ----

  @Test
  void roundTripsAtTheBoundariesWithEveryAlias() {
    Buffer b = Buffer.alloc(8);
    assertThat(b.writeUInt8(255, 7)).isEqualTo(8);
    assertThat(b.readUInt8(7)).isEqualTo(255);
    assertThat(b.readUint8(7)).isEqualTo(255);
    assertThat(b.readInt8(7)).isEqualTo(-1);
    assertThat(b.writeUint8(0)).isEqualTo(1);
    assertThat(b.writeInt8(-128, 1)).isEqualTo(2);
    assertThat(b.readInt8(1)).isEqualTo(-128);
    assertThat(b.writeInt8(127)).isEqualTo(1);
    assertThat(b.readInt8()).isEqualTo(127);

    assertThat(b.writeUInt16LE(65535, 6)).isEqualTo(8);
    assertThat(b.readUInt16LE(6)).isEqualTo(65535);
    assertThat(b.writeUint16LE(0x1234)).isEqualTo(2);
    assertThat(b.readUint16BE()).isEqualTo(0x3412);
    assertThat(b.writeUInt16BE(0xabcd, 2)).isEqualTo(4);
    assertThat(b.readUInt16LE(2)).isEqualTo(0xcdab);
    assertThat(b.writeUint16BE(1, 4)).isEqualTo(6);
    assertThat(b.readUint16LE(4)).isEqualTo(256);
    assertThat(b.writeInt16LE(-32768)).isEqualTo(2);
    assertThat(b.readInt16LE()).isEqualTo(-32768);
    assertThat(b.writeInt16BE(32767, 6)).isEqualTo(8);
    assertThat(b.readInt16BE(6)).isEqualTo(32767);

    assertThat(b.writeUInt32LE(0xFFFF_FFFFL)).isEqualTo(4);
    assertThat(b.readUInt32LE()).isEqualTo(4294967295L);
    assertThat(b.writeUint32LE(0x01020304L, 4)).isEqualTo(8);
    assertThat(b.readUint32BE(4)).isEqualTo(0x04030201L);
    assertThat(b.writeUInt32BE(0x80000000L, 4)).isEqualTo(8);
    assertThat(b.readUInt32BE(4)).isEqualTo(2147483648L);
    assertThat(b.readInt32BE(4)).isEqualTo(Integer.MIN_VALUE);
    assertThat(b.writeUint32BE(0)).isEqualTo(4);
    assertThat(b.readUint32LE()).isEqualTo(0);
    assertThat(b.writeInt32LE(Integer.MIN_VALUE)).isEqualTo(4);
    assertThat(b.readInt32LE()).isEqualTo(Integer.MIN_VALUE);
    assertThat(b.writeInt32BE(Integer.MAX_VALUE, 4)).isEqualTo(8);
    assertThat(b.readInt32BE(4)).isEqualTo(Integer.MAX_VALUE);

    assertThat(b.writeUIntLE((1L << 48) - 1, 2, 6)).isEqualTo(8);
    assertThat(b.readUIntLE(2, 6)).isEqualTo(281474976710655L);
    assertThat(b.readUintLE(2, 6)).isEqualTo(281474976710655L);
    assertThat(b.readIntLE(2, 6)).isEqualTo(-1);
    assertThat(b.writeIntBE(-(1L << 47), 0, 6)).isEqualTo(6);
    assertThat(b.readIntBE(0, 6)).isEqualTo(-(1L << 47));
    assertThat(b.readUIntBE(0, 6)).isEqualTo(1L << 47);
    assertThat(b.readUintBE(0, 6)).isEqualTo(1L << 47);
    assertThat(b.writeUintLE(0x123456, 5, 3)).isEqualTo(8);
    assertThat(b.readUIntBE(5, 3)).isEqualTo(0x563412);
    assertThat(b.writeUintBE((1L << 40) - 1, 0, 5)).isEqualTo(5);
    assertThat(b.readIntLE(0, 5)).isEqualTo(-1);
    assertThat(b.writeIntLE((1L << 39) - 1, 0, 5)).isEqualTo(5);
    assertThat(b.readIntLE(0, 5)).isEqualTo((1L << 39) - 1);

    BigInteger max64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    assertThat(b.writeBigUInt64LE(max64)).isEqualTo(8);
    assertThat(b.readBigUInt64LE()).isEqualTo(max64);
    assertThat(b.readBigUint64BE()).isEqualTo(max64);
    assertThat(b.readBigInt64LE()).isEqualTo(BigInteger.ONE.negate());
    assertThat(b.writeBigUint64LE(BigInteger.ONE.shiftLeft(63), 0)).isEqualTo(8);
    assertThat(b.readBigUint64LE(0)).isEqualTo(BigInteger.ONE.shiftLeft(63));
    assertThat(b.readBigInt64LE(0)).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE));
    assertThat(b.writeBigUInt64BE(BigInteger.valueOf(0x0102030405060708L))).isEqualTo(8);
    assertThat(b.readBigUInt64BE()).isEqualTo(BigInteger.valueOf(0x0102030405060708L));
    assertThat(b.writeBigUint64BE(BigInteger.TEN, 0)).isEqualTo(8);
    assertThat(b.readBigUInt64BE(0)).isEqualTo(BigInteger.TEN);
    assertThat(b.writeBigInt64LE(BigInteger.valueOf(Long.MIN_VALUE))).isEqualTo(8);
    assertThat(b.readBigInt64LE()).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE));
    assertThat(b.writeBigInt64BE(BigInteger.valueOf(Long.MAX_VALUE), 0)).isEqualTo(8);
    assertThat(b.readBigInt64BE(0)).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE));

    assertThat(b.writeDoubleLE(Math.PI)).isEqualTo(8);
    assertThat(b.readDoubleLE()).isEqualTo(Math.PI);
    assertThat(b.writeDoubleBE(-0.0, 0)).isEqualTo(8);
    assertThat(Double.doubleToRawLongBits(b.readDoubleBE(0))).isEqualTo(Long.MIN_VALUE);
    assertThat(b.writeFloatLE(Float.MAX_VALUE, 4)).isEqualTo(8);
    assertThat(b.readFloatLE(4)).isEqualTo((double) Float.MAX_VALUE);
    assertThat(b.writeFloatBE(Float.MIN_VALUE)).isEqualTo(4);
    assertThat(b.readFloatBE()).isEqualTo((double) Float.MIN_VALUE);
  }

  @Test
  void floatReadsAreTheFloatWidenedAsNodeReturnsIt() {
    // node: Buffer.from('cdcccc3d', 'hex').readFloatLE() -> 0.10000000149011612
    assertThat(Buffer.from("cdcccc3d", "hex").readFloatLE()).isEqualTo(0.10000000149011612);
    assertThat(Buffer.from("3dcccccd", "hex").readFloatBE()).isEqualTo((double) 0.1f);
    // node: (b => [b.writeFloatLE(16777217), b.toString('hex')])(Buffer.alloc(4)) -> [ 4, '0000804b' ]
    Buffer b = Buffer.alloc(4);
    b.writeFloatLE(16777217);
    assertThat(b.toString("hex")).isEqualTo("0000804b");
    // node: ...writeFloatLE(NaN) -> '0000c07f'; writeFloatLE(1e40) -> '0000807f'
    b.writeFloatLE(Double.NaN);
    assertThat(b.toString("hex")).isEqualTo("0000c07f");
    b.writeFloatLE(1e40);
    assertThat(b.toString("hex")).isEqualTo("0000807f");
  }

  @Test
  void doubleNanPayloadsSurvive() {
    // node: (b => { b.writeDoubleLE(Buffer.from('010000000000f8ff', 'hex').readDoubleLE()); return b; })(Buffer.alloc(8))
    //   -> <Buffer 01 00 00 00 00 00 f8 ff>
    Buffer b = Buffer.alloc(8);
    b.writeDoubleLE(Buffer.from("010000000000f8ff", "hex").readDoubleLE());
    assertThat(b.toString("hex")).isEqualTo("010000000000f8ff");
  }

  @Test
  void swapsReverseEachGroupInPlaceAndReturnThis() {
    Buffer b = Buffer.from("0102030405060708", "hex");
    assertThat(b.swap16()).isSameInstanceAs(b);
    assertThat(b.toString("hex")).isEqualTo("0201040306050807");
    assertThat(b.swap32()).isSameInstanceAs(b);
    assertThat(b.toString("hex")).isEqualTo("0304010207080506");
    assertThat(b.swap64()).isSameInstanceAs(b);
    assertThat(b.toString("hex")).isEqualTo("0605080702010403");
    Buffer empty = Buffer.alloc(0);
    assertThat(empty.swap16().swap32().swap64()).isSameInstanceAs(empty);
  }

  @Test
  void swapOfAPooledViewLeavesItsNeighboursAlone() {
    Buffer a = Buffer.from("0102", "hex");
    Buffer b = Buffer.from("03040506", "hex");
    Buffer c = Buffer.from("0708", "hex");
    assertThat(a.buffer()).isSameInstanceAs(b.buffer());
    b.swap32();
    assertThat(a.toString("hex") + b.toString("hex") + c.toString("hex")).isEqualTo("0102060504030708");
  }

  // ---- errors: every one a NodeError with the README's Java supertype ----

  @Test
  void offsetErrorsAreIndexOutOfBoundsExceptions() {
    // node: Buffer.alloc(8).readUInt8(8)
    NodeIndexException e = assertThrows(NodeIndexException.class, () -> Buffer.alloc(8).readUInt8(8));
    assertThat(e).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(e.code()).isEqualTo("ERR_OUT_OF_RANGE");
    assertThat(e.toString())
        .isEqualTo(
            "RangeError [ERR_OUT_OF_RANGE]: The value of \"offset\" is out of range. It must be >= 0 and <= 7. Received 8");
    // node: Buffer.alloc(3).readUInt32LE(0)
    e = assertThrows(NodeIndexException.class, () -> Buffer.alloc(3).readUInt32LE(0));
    assertThat(e.toString())
        .isEqualTo("RangeError [ERR_BUFFER_OUT_OF_BOUNDS]: Attempt to access memory outside buffer bounds");
    // node: Buffer.alloc(0).writeDoubleBE(1, -5)
    e = assertThrows(NodeIndexException.class, () -> Buffer.alloc(0).writeDoubleBE(1, -5));
    assertThat(e.code()).isEqualTo("ERR_BUFFER_OUT_OF_BOUNDS");
    // node: Buffer.alloc(8).writeBigInt64LE(1n, Number.MIN_SAFE_INTEGER) is out of int; Java's extreme:
    e = assertThrows(NodeIndexException.class, () -> Buffer.alloc(8).writeBigInt64LE(BigInteger.ONE, Integer.MIN_VALUE));
    assertThat(e.getMessage())
        .isEqualTo("The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received -2147483648");
  }

  @Test
  void valueByteLengthAndSizeErrorsAreIllegalArgumentExceptions() {
    // node: Buffer.alloc(8).readUIntLE(0, 7)
    NodeArgumentException e =
        assertThrows(NodeArgumentException.class, () -> Buffer.alloc(8).readUIntLE(0, 7));
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.toString())
        .isEqualTo(
            "RangeError [ERR_OUT_OF_RANGE]: The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 7");
    // node: Buffer.alloc(8).writeUInt8(256)
    e = assertThrows(NodeArgumentException.class, () -> Buffer.alloc(8).writeUInt8(256));
    assertThat(e.name()).isEqualTo("RangeError");
    assertThat(e.getMessage())
        .isEqualTo("The value of \"value\" is out of range. It must be >= 0 and <= 255. Received 256");
    // node: Buffer.alloc(3).swap16()
    e = assertThrows(NodeArgumentException.class, () -> Buffer.alloc(3).swap16());
    assertThat(e.toString())
        .isEqualTo("RangeError [ERR_INVALID_BUFFER_SIZE]: Buffer size must be a multiple of 16-bits");
    e = assertThrows(NodeArgumentException.class, () -> Buffer.alloc(6).swap32());
    assertThat(e.getMessage()).isEqualTo("Buffer size must be a multiple of 32-bits");
    e = assertThrows(NodeArgumentException.class, () -> Buffer.alloc(4).swap64());
    assertThat(e.getMessage()).isEqualTo("Buffer size must be a multiple of 64-bits");
  }

  @Test
  void nullBigIntegerIsNodesUndefinedTypeErrorAfterTheOffsetChecks() {
    // node: Buffer.alloc(8).writeBigInt64LE(undefined) -> TypeError: Cannot mix BigInt and other types, use explicit conversions
    NodeArgumentException e =
        assertThrows(NodeArgumentException.class, () -> Buffer.alloc(8).writeBigInt64LE(null));
    assertThat(e.name()).isEqualTo("TypeError");
    assertThat(e.code()).isNull();
    assertThat(e.toString()).isEqualTo("TypeError: Cannot mix BigInt and other types, use explicit conversions");
    assertThrows(NodeArgumentException.class, () -> Buffer.alloc(8).writeBigUInt64BE(null, 0));
    assertThrows(NodeArgumentException.class, () -> Buffer.alloc(8).writeBigUint64LE(null));
    // node: Buffer.alloc(4).writeBigUInt64BE(undefined) -> ERR_BUFFER_OUT_OF_BOUNDS (offset first)
    NodeIndexException bounds =
        assertThrows(NodeIndexException.class, () -> Buffer.alloc(4).writeBigUInt64BE(null));
    assertThat(bounds.code()).isEqualTo("ERR_BUFFER_OUT_OF_BOUNDS");
  }

  @Test
  void receivedValuesAreFormattedAsNodeFormatsThem() {
    // node: Buffer.alloc(4).writeUInt32LE(9223372036854775807) -> ... Received 9_223_372_036_854_776_000
    assertThat(assertThrows(NodeArgumentException.class, () -> Buffer.alloc(4).writeUInt32LE(Long.MAX_VALUE)).getMessage())
        .endsWith("Received 9_223_372_036_854_776_000");
    // node: Buffer.alloc(4).writeUInt32LE(-9223372036854775808) -> ... Received -9_223_372_036_854_776_000
    assertThat(assertThrows(NodeArgumentException.class, () -> Buffer.alloc(4).writeUInt32LE(Long.MIN_VALUE)).getMessage())
        .endsWith("Received -9_223_372_036_854_776_000");
    // node: Buffer.alloc(4).writeUInt32LE(2**53+1) -> ... Received 9_007_199_254_740_992
    assertThat(Errors.receivedNumber((1L << 53) + 1)).isEqualTo("9_007_199_254_740_992");
    assertThat(Errors.receivedNumber(1L << 53)).isEqualTo("9_007_199_254_740_992");
    assertThat(Errors.receivedNumber(4294967296L)).isEqualTo("4294967296");
    assertThat(Errors.receivedNumber(-4294967297L)).isEqualTo("-4_294_967_297");
    // node: Buffer.alloc(8).writeBigUInt64LE(-(2n**32n)) -> ... Received -4294967296n
    assertThat(Errors.receivedBigInt(BigInteger.ONE.shiftLeft(32).negate())).isEqualTo("-4294967296n");
    assertThat(Errors.receivedBigInt(BigInteger.ONE.shiftLeft(32).add(BigInteger.ONE))).isEqualTo("4_294_967_297n");
    assertThat(Errors.receivedBigInt(BigInteger.valueOf(-1))).isEqualTo("-1n");
    // node: Buffer.alloc(8).writeBigUInt64LE(2n**64n) -> ... Received 18_446_744_073_709_551_616n
    assertThat(assertThrows(NodeArgumentException.class, () -> Buffer.alloc(8).writeBigUInt64LE(BigInteger.ONE.shiftLeft(64))).getMessage())
        .isEqualTo(
            "The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received 18_446_744_073_709_551_616n");
  }

  // ---- what Java cannot say as JavaScript does (README "Differences from Node.js") ----

  @Test
  void javaIntHexLiteralsAreNegativeWhereJavaScriptsArePositive() {
    // JavaScript's 0xFFFFFFFF is 4294967295; Java's int literal 0xFFFFFFFF is -1, and Node's
    // answer for -1 is an error. node: Buffer.alloc(4).writeUInt32LE(-1)
    NodeArgumentException e =
        assertThrows(NodeArgumentException.class, () -> Buffer.alloc(4).writeUInt32LE(0xFFFFFFFF));
    assertThat(e.getMessage())
        .isEqualTo("The value of \"value\" is out of range. It must be >= 0 and <= 4294967295. Received -1");
    // The long literal is JavaScript's number. node: Buffer.alloc(4).writeUInt32LE(0xFFFFFFFF) -> 4
    Buffer b = Buffer.alloc(4);
    assertThat(b.writeUInt32LE(0xFFFFFFFFL)).isEqualTo(4);
    assertThat(b.toString("hex")).isEqualTo("ffffffff");
    // 0xdecafafecacefaden as a BigInteger: new BigInteger("decafafecacefade", 16).
    Buffer big = Buffer.alloc(8);
    big.writeBigUInt64BE(new BigInteger("decafafecacefade", 16));
    assertThat(big.toString("hex")).isEqualTo("decafafecacefade");
  }

  @Test
  void aCastDoubleTruncatesAsNodeDoesButSkipsNodesRangeCheckOfTheFraction() {
    // node: (b => [b.writeUInt8(1.9), b.writeUInt8(NaN, 1), b])(Buffer.alloc(2)) -> [ 1, 2, <Buffer 01 00> ]
    Buffer b = Buffer.alloc(2);
    assertThat(b.writeUInt8((int) 1.9)).isEqualTo(1);
    assertThat(b.writeUInt8((int) Double.NaN, 1)).isEqualTo(2);
    assertThat(b.toString("hex")).isEqualTo("0100");
    // node: Buffer.alloc(1).writeUInt8(255.5) -> ERR_OUT_OF_RANGE ... Received 255.5; Java's
    // (int) 255.5 is 255, which is in range: the caller's cast decides, not the library.
    assertThat(Buffer.alloc(1).writeUInt8((int) 255.5)).isEqualTo(1);
  }

  // ---- fuzz: bad offsets and byteLengths never leak a JDK exception or touch a neighbour ----

  /** One access: its name, its width for a given byteLength, and the call. */
  private static final class Access {
    final String name;
    final boolean writes;
    final ToIntFunction<Integer> width;
    final Call call;

    Access(String name, boolean writes, ToIntFunction<Integer> width, Call call) {
      this.name = name;
      this.writes = writes;
      this.width = width;
      this.call = call;
    }
  }

  @FunctionalInterface
  private interface Call {
    void run(Buffer b, int offset, int byteLength, long value, SplittableRandom r);
  }

  private static List<Access> accesses() {
    List<Access> a = new ArrayList<>();
    a.add(new Access("readUInt8", false, n -> 1, (b, o, n, v, r) -> b.readUInt8(o)));
    a.add(new Access("readInt8", false, n -> 1, (b, o, n, v, r) -> b.readInt8(o)));
    a.add(new Access("readUInt16LE", false, n -> 2, (b, o, n, v, r) -> b.readUInt16LE(o)));
    a.add(new Access("readInt16BE", false, n -> 2, (b, o, n, v, r) -> b.readInt16BE(o)));
    a.add(new Access("readUInt32BE", false, n -> 4, (b, o, n, v, r) -> b.readUInt32BE(o)));
    a.add(new Access("readInt32LE", false, n -> 4, (b, o, n, v, r) -> b.readInt32LE(o)));
    a.add(new Access("readFloatBE", false, n -> 4, (b, o, n, v, r) -> b.readFloatBE(o)));
    a.add(new Access("readDoubleLE", false, n -> 8, (b, o, n, v, r) -> b.readDoubleLE(o)));
    a.add(new Access("readBigUInt64BE", false, n -> 8, (b, o, n, v, r) -> b.readBigUInt64BE(o)));
    a.add(new Access("readBigInt64LE", false, n -> 8, (b, o, n, v, r) -> b.readBigInt64LE(o)));
    a.add(new Access("readUIntLE", false, n -> n, (b, o, n, v, r) -> b.readUIntLE(o, n)));
    a.add(new Access("readIntBE", false, n -> n, (b, o, n, v, r) -> b.readIntBE(o, n)));
    a.add(new Access("writeUInt8", true, n -> 1, (b, o, n, v, r) -> b.writeUInt8((int) v & 0xFF, o)));
    a.add(new Access("writeInt16LE", true, n -> 2, (b, o, n, v, r) -> b.writeInt16LE((short) v, o)));
    a.add(new Access("writeUInt16BE", true, n -> 2, (b, o, n, v, r) -> b.writeUInt16BE((int) v, o)));
    a.add(new Access("writeUInt32LE", true, n -> 4, (b, o, n, v, r) -> b.writeUInt32LE(v, o)));
    a.add(new Access("writeInt32BE", true, n -> 4, (b, o, n, v, r) -> b.writeInt32BE((int) v, o)));
    a.add(new Access("writeFloatLE", true, n -> 4, (b, o, n, v, r) -> b.writeFloatLE(r.nextDouble(), o)));
    a.add(new Access("writeDoubleBE", true, n -> 8, (b, o, n, v, r) -> b.writeDoubleBE(Double.longBitsToDouble(v), o)));
    a.add(new Access("writeBigUInt64LE", true, n -> 8, (b, o, n, v, r) -> b.writeBigUInt64LE(BigInteger.valueOf(v).abs(), o)));
    a.add(new Access("writeBigInt64BE", true, n -> 8,
        (b, o, n, v, r) -> b.writeBigInt64BE(r.nextInt(8) == 0 ? null : BigInteger.valueOf(v), o)));
    a.add(new Access("writeUIntBE", true, n -> n, (b, o, n, v, r) -> b.writeUIntBE(v, o, n)));
    a.add(new Access("writeIntLE", true, n -> n, (b, o, n, v, r) -> b.writeIntLE(v, o, n)));
    a.add(new Access("swap16", true, n -> -1, (b, o, n, v, r) -> b.swap16()));
    a.add(new Access("swap32", true, n -> -1, (b, o, n, v, r) -> b.swap32()));
    a.add(new Access("swap64", true, n -> -1, (b, o, n, v, r) -> b.swap64()));
    return a;
  }

  @Test
  void fuzzedOffsetsAndByteLengthsThrowOnlyNodeErrorsAndNeverTouchNeighbours() {
    SplittableRandom r = new SplittableRandom(0x5EED_0F_B0FFL);
    List<Access> accesses = accesses();
    int[] edges = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -8, -7, -1, 0, 1, 5, 6, 7, 8, 9, Integer.MAX_VALUE - 7,
        Integer.MAX_VALUE - 1, Integer.MAX_VALUE};
    int thrown = 0;
    int done = 0;
    for (int round = 0; round < 60_000; round++) {
      // A pooled view with live neighbours on both sides of it in the slab.
      Buffer.from("ab", "hex");
      Buffer b = Buffer.allocUnsafe(r.nextInt(20));
      Buffer.from("cd", "hex");
      byte[] slab = b.buffer.bytes;
      // The view and 16 bytes each side of it (the rest of the slab is never near an access).
      int lo = Math.max(0, b.byteOffset() - 16);
      int hi = Math.min(slab.length, b.byteOffset() + b.length() + 16);
      for (int i = lo; i < hi; i++) {
        slab[i] = (byte) r.nextInt(256);
      }
      byte[] before = slab.clone();
      Access access = accesses.get(r.nextInt(accesses.size()));
      int offset = r.nextInt(3) == 0 ? edges[r.nextInt(edges.length)] : r.nextInt(-3, b.length() + 3);
      int byteLength = r.nextInt(4) == 0 ? edges[r.nextInt(edges.length)] : r.nextInt(0, 8);
      long value = r.nextInt(4) == 0 ? r.nextLong() : r.nextLong(-(1L << 47), 1L << 47);
      try {
        access.call.run(b, offset, byteLength, value, r);
        done++;
      } catch (RuntimeException e) {
        assertWithMessage("%s(%s, %s) on %s bytes threw %s", access.name, offset, byteLength, b.length(), e)
            .that(e)
            .isInstanceOf(NodeError.class);
        assertWithMessage("%s threw %s", access.name, e)
            .that(e instanceof NodeIndexException || e instanceof NodeArgumentException)
            .isTrue();
        assertWithMessage("%s(%s, %s) threw, and changed bytes", access.name, offset, byteLength)
            .that(Arrays.equals(slab, before))
            .isTrue();
        thrown++;
        continue;
      }
      // Success: nothing outside the view changed, and a read or fixed write nothing outside its bytes.
      int width = access.width.applyAsInt(byteLength);
      int from = width < 0 ? 0 : offset;
      int to = width < 0 ? b.length() : offset + width;
      if (!access.writes) {
        to = from;
      }
      assertThat(from).isAtLeast(0);
      assertThat(to).isAtMost(b.length());
      for (int i = lo; i < hi; i++) {
        int inView = i - b.byteOffset();
        if (inView < from || inView >= to) {
          assertWithMessage("%s(%s, %s) changed byte %s of the slab (view at %s, %s bytes)",
                  access.name, offset, byteLength, i, b.byteOffset(), b.length())
              .that(slab[i])
              .isEqualTo(before[i]);
        }
      }
    }
    assertThat(thrown).isGreaterThan(10_000);
    assertThat(done).isGreaterThan(10_000);
  }
}
