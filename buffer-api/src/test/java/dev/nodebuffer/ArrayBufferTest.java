package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import org.junit.jupiter.api.Test;

/**
 * {@link ArrayBuffer}'s members beside its constructor. The expected values were printed by Node
 * 22.23.3 (the snippet is next to each check), with
 * {@code const ab = new Uint8Array([1, 2, 3, 4, 5, 6]).buffer} and
 * {@code show = (b) => JSON.stringify([...new Uint8Array(b)])}.
 */
class ArrayBufferTest {

  private static ArrayBuffer oneToSix() {
    return new Uint8Array(new int[] {1, 2, 3, 4, 5, 6}).buffer();
  }

  private static int[] bytes(ArrayBuffer buffer) {
    Uint8Array view = new Uint8Array(buffer);
    int[] out = new int[view.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = view.get(i);
    }
    return out;
  }

  @Test
  void sliceCopiesARelativeClampedRangeAsV8Does() {
    ArrayBuffer ab = oneToSix();
    // show(ab.slice()), show(ab.slice(2)), show(ab.slice(-2)), show(ab.slice(6)), show(ab.slice(7))
    assertThat(bytes(ab.slice())).isEqualTo(new int[] {1, 2, 3, 4, 5, 6});
    assertThat(bytes(ab.slice(2))).isEqualTo(new int[] {3, 4, 5, 6});
    assertThat(bytes(ab.slice(-2))).isEqualTo(new int[] {5, 6});
    assertThat(bytes(ab.slice(6))).isEmpty();
    assertThat(bytes(ab.slice(7))).isEmpty();
    // show(ab.slice(2, 4)), (4, 2), (-4, -1), (0, 100), (-100, 3)
    assertThat(bytes(ab.slice(2, 4))).isEqualTo(new int[] {3, 4});
    assertThat(bytes(ab.slice(4, 2))).isEmpty();
    assertThat(bytes(ab.slice(-4, -1))).isEqualTo(new int[] {3, 4, 5});
    assertThat(bytes(ab.slice(0, 100))).isEqualTo(new int[] {1, 2, 3, 4, 5, 6});
    assertThat(bytes(ab.slice(-100, 3))).isEqualTo(new int[] {1, 2, 3});
    // The int extremes: show(ab.slice(2147483647)), (-2147483648), (1, -2147483648),
    // (-2147483648, 2147483647)
    assertThat(bytes(ab.slice(Integer.MAX_VALUE))).isEmpty();
    assertThat(bytes(ab.slice(Integer.MIN_VALUE))).isEqualTo(new int[] {1, 2, 3, 4, 5, 6});
    assertThat(bytes(ab.slice(1, Integer.MIN_VALUE))).isEmpty();
    assertThat(bytes(ab.slice(Integer.MIN_VALUE, Integer.MAX_VALUE))).isEqualTo(new int[] {1, 2, 3, 4, 5, 6});
    // ab.slice(2, 4).byteLength: 2
    assertThat(ab.slice(2, 4).byteLength()).isEqualTo(2);
  }

  @Test
  void sliceIsANewBufferThatSharesNothing() {
    ArrayBuffer ab = oneToSix();
    // const c = ab.slice(); c !== ab: true; new Uint8Array(c)[0] = 99; new Uint8Array(ab)[0]: 1
    ArrayBuffer copy = ab.slice();
    assertThat(copy).isNotSameInstanceAs(ab);
    new Uint8Array(copy).put(0, 99);
    assertThat(new Uint8Array(ab).get(0)).isEqualTo(1);
    // A view's buffer is the whole buffer, whatever the view's range:
    // show(new Uint8Array([1, 2, 3, 4]).subarray(1, 3).buffer.slice(1)): [2,3,4]
    Uint8Array view = new Uint8Array(new int[] {1, 2, 3, 4}).subarray(1, 3);
    assertThat(bytes(view.buffer().slice(1))).isEqualTo(new int[] {2, 3, 4});
  }

  @Test
  void everyBufferIsFixedLengthAndAttached() {
    // ab.resizable, ab.maxByteLength, ab.detached: false 6 false; new ArrayBuffer(0).maxByteLength: 0;
    // and for each slice above: s.resizable false, s.maxByteLength === s.byteLength, s.detached false
    ArrayBuffer ab = oneToSix();
    for (ArrayBuffer b : new ArrayBuffer[] {ab, ab.slice(2), ab.slice(4, 2), new ArrayBuffer(0)}) {
      assertWithMessage("resizable").that(b.resizable()).isFalse();
      assertWithMessage("maxByteLength").that(b.maxByteLength()).isEqualTo(b.byteLength());
      assertWithMessage("detached").that(b.detached()).isFalse();
    }
    assertThat(ab.maxByteLength()).isEqualTo(6);
  }
}
