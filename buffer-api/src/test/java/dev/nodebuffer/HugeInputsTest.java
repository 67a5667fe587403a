package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The limits that only a large input reaches, each through the public method with the smallest
 * input that reaches it: a Java string whose UTF-8 passes an {@code int} (1 GiB), a buffer whose
 * inspect text would pass {@link Buffers#kStringMaxLength()} (256 MiB), a transcode whose result
 * would pass {@link Buffers#kMaxLength()} (683 MiB), and joins at V8's string limit (512 MiB). A
 * {@code from(string)} of such a string is tested with its byte length alone in {@link
 * SizeLimitsTest}.
 *
 * <p>Tagged {@code huge}: the build runs this class alone, in its own surefire execution with a
 * 3 GiB heap (buffer-api's pom), so that the other tests keep the default heap and a machine whose
 * default is smaller still runs it. The tests take a few seconds in all.
 */
@Tag("huge")
class HugeInputsTest {
  private static final int L = Buffers.kStringMaxLength();

  @AfterEach
  void restoreDefaults() {
    Buffers.setINSPECT_MAX_BYTES(Inspect.DEFAULT_MAX_BYTES);
  }

  private static String failure(Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    assertThat(thrown).isInstanceOf(NodeError.class);
    return Errors.describe((NodeError) thrown);
  }

  @Test
  void aStringWhoseUtf8AndUtf16PassAnIntGetsNodesErrorsAndFillsAsItsBeginning() {
    // 2^30 + 1 Latin-1 characters (1 GiB): 2^31 + 2 bytes in UTF-8 and in UTF-16LE. Node 22
    // cannot make it: 'é'.repeat(2 ** 30 + 1) throws RangeError: Invalid string length.
    String s = "é".repeat((1 << 30) + 1);
    String byteLengthAbove =
        "RangeError [ERR_OUT_OF_RANGE]: The value of \"byteLength\" is out of range. It must be >= 0"
            + " && <= 2147483647. Received 2147483650";
    assertThat(failure(() -> Buffer.byteLength(s))).isEqualTo(byteLengthAbove);
    assertThat(failure(() -> Buffer.byteLength(s, "utf16le"))).isEqualTo(byteLengthAbove);
    assertThat(failure(() -> Buffer.byteLength(s, "ucs2"))).isEqualTo(byteLengthAbove);
    // Node 22's rules on a shorter 'é' string: 1000 gives 2000 (utf8, utf16le); 1001 gives 750
    // (base64) and 500 (hex). They still hold an int here.
    assertThat(Buffer.byteLength(s, "latin1")).isEqualTo((1 << 30) + 1);
    assertThat(Buffer.byteLength(s, "base64")).isEqualTo(805306368);
    assertThat(Buffer.byteLength(s, "hex")).isEqualTo(1 << 29);
    // Node 22 on 'é'.repeat(100): <Buffer c3 a9 c3 a9 c3>, and <Buffer e9 00 e9 00 e9> in ucs2.
    assertThat(Buffer.alloc(5).fill(s).inspect()).isEqualTo("<Buffer c3 a9 c3 a9 c3>");
    assertThat(Buffer.alloc(5).fill(s, "ucs2").inspect()).isEqualTo("<Buffer e9 00 e9 00 e9>");
    assertThat(Buffer.alloc(5, s, "utf16le").inspect()).isEqualTo("<Buffer e9 00 e9 00 e9>");
    assertThat(Buffer.alloc(16).indexOf(s)).isEqualTo(-1);
    // Its base64 would pass 0x1fffffe8 characters.
    assertThat(failure(() -> Buffers.btoa(s)))
        .isEqualTo("Error [ERR_STRING_TOO_LONG]: Cannot create a string longer than 0x1fffffe8 characters");
  }

  @Test
  void btoaPastKStringMaxLengthChecksTheCharactersFirst() {
    // 402653167 characters make 536870892 of base64, 4 past the limit: Node 22 aborts (FATAL
    // ERROR: v8::ToLocalChecked Empty MaybeLocal); with a character above U+00FF it throws first.
    String valid = "a".repeat(402653167);
    assertThat(failure(() -> Buffers.btoa(valid)))
        .isEqualTo("Error [ERR_STRING_TOO_LONG]: Cannot create a string longer than 0x1fffffe8 characters");
    String invalid = "€" + valid;
    // Node 22: InvalidCharacterError: Invalid character
    Throwable thrown = assertThrows(NodeDomException.class, () -> Buffers.btoa(invalid));
    assertThat(thrown).hasMessageThat().isEqualTo("Invalid character");
  }

  @Test
  void inspectShowingMoreThanKStringMaxLengthOverTwoBytesFailsAsNodesHexSlice() {
    Buffer buffer = Buffer.alloc(268435445);
    // Node 22: INSPECT_MAX_BYTES = 3 gives <Buffer 00 00 00 ... 268435442 more bytes>
    Buffers.setINSPECT_MAX_BYTES(3);
    assertThat(buffer.inspect()).isEqualTo("<Buffer 00 00 00 ... 268435442 more bytes>");
    // Node 22, INSPECT_MAX_BYTES = Infinity: Error [ERR_STRING_TOO_LONG]: Cannot create a string
    // longer than 0x1fffffe8 characters (before, it threw NegativeArraySizeException from ~716M bytes)
    Buffers.setINSPECT_MAX_BYTES(Integer.MAX_VALUE);
    assertThat(failure(buffer::inspect))
        .isEqualTo("Error [ERR_STRING_TOO_LONG]: Cannot create a string longer than 0x1fffffe8 characters");
    Buffers.setINSPECT_MAX_BYTES(268435445);
    assertThat(failure(buffer::inspect))
        .isEqualTo("Error [ERR_STRING_TOO_LONG]: Cannot create a string longer than 0x1fffffe8 characters");
  }

  @Test
  void transcodeWhoseResultPassesKMaxLengthIsNodesErrBufferTooLarge() {
    // ascii's 0x80 becomes U+FFFD, 3 bytes in utf8 (Node 22: 300 of them transcode to 900 bytes):
    // 715827883 of them make 2147483649 bytes. Node's Buffer::New refuses a length above its
    // kMaxLength with RangeError [ERR_BUFFER_TOO_LARGE]: Cannot create a Buffer larger than
    // 0x%zx bytes (node_errors.h), here this port's kMaxLength, 0x7ffffff7.
    Buffer source = Buffer.alloc(715827883, 0x80);
    assertThat(failure(() -> Buffers.transcode(source, "ascii", "utf8")))
        .isEqualTo("RangeError [ERR_BUFFER_TOO_LARGE]: Cannot create a Buffer larger than 0x7ffffff7 bytes");
  }

  @Test
  void joinAtV8sStringLimit() {
    String separator = "x".repeat(L - 2);
    // Node 22: new Float64Array(2).join('x'.repeat(0x1fffffe8 - 2)).length is 536870888.
    assertThat(new Float64Array(2).join(separator)).hasLength(L);
    // Node 22: RangeError: Invalid string length, here known from the lengths alone (3 elements of
    // at least a character), and with elements of 3 characters (0.5) only from the text built.
    assertThat(failure(() -> new Float64Array(3).join(separator))).isEqualTo("RangeError: Invalid string length");
    Float64Array halves = new Float64Array(new double[] {0.5, 0.5});
    assertThat(failure(() -> halves.join(separator))).isEqualTo("RangeError: Invalid string length");
  }
}
