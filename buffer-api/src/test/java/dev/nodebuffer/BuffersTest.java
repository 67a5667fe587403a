package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code buffer} module functions of {@link Buffers}: how they read views, what they return,
 * and the shape of their errors. Expected values were printed by Node 22.23.3 (quoted in the
 * comments); the byte-level rules are compared exhaustively with Node in buffer-codec
 * ({@code ValidationNodeRecordingTest}, {@code TranscodeNodeRecordingTest}, {@code
 * ForgivingBase64NodeRecordingTest}) and the API in the conformance kit.
 */
class BuffersTest {

  @AfterEach
  void restoreDefaults() {
    Buffer.setPoolSize(Pool.DEFAULT_POOL_SIZE);
    Buffers.resetPool();
  }

  /** An ArrayBuffer holding {@code ff 68 c3 a9 69 ff}: "hé" and "i" between two bad bytes. */
  private static ArrayBuffer sixBytes() {
    ArrayBuffer ab = new ArrayBuffer(6);
    byte[] b = {(byte) 0xff, 0x68, (byte) 0xc3, (byte) 0xa9, 0x69, (byte) 0xff};
    System.arraycopy(b, 0, ab.bytes, 0, 6);
    return ab;
  }

  @Test
  void isUtf8AndIsAsciiReadOnlyTheViewsBytes() {
    // Node: const ab = new ArrayBuffer(6); new Uint8Array(ab).set([0xff,0x68,0xc3,0xa9,0x69,0xff]);
    // isUtf8(ab), isUtf8(new Uint8Array(ab,1,4)), isUtf8(new Uint8Array(ab,1,2)),
    // isAscii(new Uint8Array(ab,1,1)), isAscii(ab), isUtf8(new ArrayBuffer(0)), isAscii(new Uint8Array(0))
    //   -> false true false true false true true
    ArrayBuffer ab = sixBytes();
    assertThat(Buffers.isUtf8(ab)).isFalse();
    assertThat(Buffers.isUtf8(new Uint8Array(ab, 1, 4))).isTrue();
    assertThat(Buffers.isUtf8(new Uint8Array(ab, 1, 2))).isFalse();
    assertThat(Buffers.isAscii(new Uint8Array(ab, 1, 1))).isTrue();
    assertThat(Buffers.isAscii(ab)).isFalse();
    assertThat(Buffers.isUtf8(new ArrayBuffer(0))).isTrue();
    assertThat(Buffers.isAscii(new Uint8Array(0))).isTrue();
  }

  @Test
  void aPooledBufferIsCheckedWithoutItsNeighbours() {
    Buffer e = Buffer.from("\u00e9");
    Buffer abc = Buffer.from("abc");
    assertThat(abc.buffer()).isSameInstanceAs(e.buffer());
    assertThat(Buffers.isAscii(abc)).isTrue();
    assertThat(Buffers.isAscii(e)).isFalse();
    assertThat(Buffers.isUtf8(e)).isTrue();
  }

  @Test
  @SuppressWarnings("NullAway") // the point of the test
  void nullInputIsNodesTypeErrorNotANullPointerException() {
    String message =
        "The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray."
            + " Received null";
    for (Runnable call :
        new Runnable[] {
          () -> Buffers.isUtf8((Uint8Array) null),
          () -> Buffers.isUtf8((ArrayBuffer) null),
          () -> Buffers.isAscii((Uint8Array) null),
          () -> Buffers.isAscii((ArrayBuffer) null),
        }) {
      NodeArgumentException e = assertThrows(NodeArgumentException.class, call::run);
      assertThat(e.code()).isEqualTo("ERR_INVALID_ARG_TYPE");
      assertThat(e.name()).isEqualTo("TypeError");
      assertThat(e).hasMessageThat().isEqualTo(message);
    }
  }

  @Test
  void transcodeGivesAFreshUnpooledBuffer() {
    // Node: transcode(Buffer.from('h\u00e9'), undefined, 'latin1') -> <Buffer 68 e9>, buffer 2
    // bytes, byteOffset 0; then Buffer.allocUnsafe(1).byteOffset is 80 (only from() moved the pool)
    Buffer source = Buffer.from("h\u00e9");
    Buffer out = Buffers.transcode(source, null, "latin1");
    assertThat(out.length()).isEqualTo(2);
    assertThat(out.get(0)).isEqualTo(0x68);
    assertThat(out.get(1)).isEqualTo(0xe9);
    assertThat(out.buffer().byteLength()).isEqualTo(2);
    assertThat(out.byteOffset()).isEqualTo(0);
    assertThat(Buffer.allocUnsafe(1).byteOffset() - source.byteOffset()).isEqualTo(8);
  }

  @Test
  void transcodeReadsOnlyTheView() {
    Buffer out = Buffers.transcode(new Uint8Array(sixBytes(), 1, 4), "utf8", "ucs2");
    assertThat(out.length()).isEqualTo(6); // 68 00 e9 00 69 00
    assertThat(out.get(2)).isEqualTo(0xe9);
  }

  @Test
  void anEmptySourceIsNotCheckedForEncodings() {
    Buffer out = Buffers.transcode(Buffer.alloc(0), "hex", "bogus");
    assertThat(out.length()).isEqualTo(0);
    assertThat(out.buffer().byteLength()).isEqualTo(0);
  }

  @Test
  void transcodeErrorsCarryIcusCodeAndErrno() {
    // Node: String(e), e.code, e.errno ->
    //   Error: Unable to transcode Buffer [U_INVALID_CHAR_FOUND] U_INVALID_CHAR_FOUND 10
    Buffer e9 = Buffer.from("\u00e9");
    Uint8Array c3 = new Uint8Array(e9.buffer(), e9.byteOffset(), 1); // C3 alone: ill-formed
    NodeTranscodeException e =
        assertThrows(NodeTranscodeException.class, () -> Buffers.transcode(c3, "utf8", "ucs2"));
    assertThat(e.code()).isEqualTo("U_INVALID_CHAR_FOUND");
    assertThat(e.errno()).isEqualTo(10);
    assertThat(e.name()).isEqualTo("Error");
    assertThat(e).hasMessageThat().isEqualTo("Unable to transcode Buffer [U_INVALID_CHAR_FOUND]");
    assertThat(e.toString()).isEqualTo("Error: Unable to transcode Buffer [U_INVALID_CHAR_FOUND]");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);

    NodeTranscodeException bad =
        assertThrows(NodeTranscodeException.class, () -> Buffers.transcode(Buffer.from("a"), "utf8", "hex"));
    assertThat(bad.code()).isEqualTo("U_ILLEGAL_ARGUMENT_ERROR");
    assertThat(bad.errno()).isEqualTo(1);
  }

  @Test
  @SuppressWarnings("NullAway") // the point of the test
  void transcodeOfNullIsNodesTypeError() {
    NodeArgumentException e =
        assertThrows(NodeArgumentException.class, () -> Buffers.transcode(null, "utf8", "latin1"));
    assertThat(e.code()).isEqualTo("ERR_INVALID_ARG_TYPE");
    assertThat(e)
        .hasMessageThat()
        .isEqualTo(
            "The \"source\" argument must be an instance of Buffer or Uint8Array. Received null");
  }

  @Test
  void atobAndBtoa() {
    // Node: JSON.stringify(atob('aGVsbG8=')), btoa('hello'), JSON.stringify(atob('/w=='))
    //   -> "hello" aGVsbG8= "\u00ff"
    assertThat(Buffers.atob("aGVsbG8=")).isEqualTo("hello");
    assertThat(Buffers.btoa("hello")).isEqualTo("aGVsbG8=");
    assertThat(Buffers.atob("/w==")).isEqualTo("\u00ff");
  }

  @Test
  void domExceptionsLookLikeNodes() {
    // Node: [String(e), e.name, e.code, e.message] for atob('ab=') ->
    //   [ 'InvalidCharacterError: Invalid character', 'InvalidCharacterError', 5, 'Invalid character' ]
    NodeDomException e = assertThrows(NodeDomException.class, () -> Buffers.atob("ab="));
    assertThat(e.toString()).isEqualTo("InvalidCharacterError: Invalid character");
    assertThat(e.name()).isEqualTo("InvalidCharacterError");
    assertThat(e.code()).isEqualTo("5");
    assertThat(e.legacyCode()).isEqualTo(5);
    assertThat(e).hasMessageThat().isEqualTo("Invalid character");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);

    NodeDomException length = assertThrows(NodeDomException.class, () -> Buffers.atob("abcde"));
    assertThat(length)
        .hasMessageThat()
        .isEqualTo("The string to be decoded is not correctly encoded.");

    NodeDomException wide = assertThrows(NodeDomException.class, () -> Buffers.btoa("\u20ac"));
    assertThat(wide.toString()).isEqualTo("InvalidCharacterError: Invalid character");
  }

  @Test
  void nullStandsForUndefinedWhichNodeStringifies() {
    // Node: btoa(undefined) -> 'dW5kZWZpbmVk'; atob(undefined) -> InvalidCharacterError: The
    // string to be decoded is not correctly encoded. ("undefined" has 9 characters)
    assertThat(Buffers.btoa(null)).isEqualTo("dW5kZWZpbmVk");
    NodeDomException e = assertThrows(NodeDomException.class, () -> Buffers.atob(null));
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("The string to be decoded is not correctly encoded.");
  }
}
