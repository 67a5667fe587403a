package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class ErrorsTest {

  // Each pair was printed by node v22.23.3:
  //   try { Buffer.alloc(1).readUInt8(v) } catch (e) { e.message.replace(/.*Received /, '') }
  @Test
  void receivedGroupsDigitsOnlyBeyondTwoToThe32() {
    assertThat(Errors.received(4294967296L)).isEqualTo("4294967296");
    assertThat(Errors.received(4294967297L)).isEqualTo("4_294_967_297");
    assertThat(Errors.received(-4294967297L)).isEqualTo("-4_294_967_297");
    assertThat(Errors.received(9007199254740992L)).isEqualTo("9_007_199_254_740_992");
    assertThat(Errors.received(1000000000000L)).isEqualTo("1_000_000_000_000");
    assertThat(Errors.received(-9007199254740991L)).isEqualTo("-9_007_199_254_740_991");
    assertThat(Errors.received(12345678901L)).isEqualTo("12_345_678_901");
    assertThat(Errors.received(-1)).isEqualTo("-1");
  }

  @Test
  void toStringIsNodesStringOfTheError() {
    NodeArgumentException e = Errors.unknownEncoding("bogus");
    // node: String(e) of Buffer.from('a', 'bogus')
    assertThat(e.toString()).isEqualTo("TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: bogus");
    // node: String(e) of new ArrayBuffer(-1)
    assertThat(Errors.v8RangeError("Invalid array buffer length").toString())
        .isEqualTo("RangeError: Invalid array buffer length");
  }
}
