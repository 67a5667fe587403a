package dev.nodebuffer;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The Java-only contracts of views and conversions: memory sharing, Java types (iterators in
 * for-each, toJSON's map), and Node errors instead of raw JDK exceptions for extreme arguments.
 * Node's results themselves are proven by the conformance kit (buf-subarray, buf-slice,
 * uint8array-members, buf-keys-values-entries, buf-tojson, buf-inspect, buf-raw-slice-write).
 */
class BufferViewsTest {

  @AfterEach
  void restoreDefaults() {
    Buffers.setINSPECT_MAX_BYTES(50);
  }

  private static Buffer bytes(String hex) {
    return Buffer.from(hex, "hex");
  }

  @Test
  void subarrayAndSliceAreBuffersSharingMemory() {
    Buffer b = bytes("0102030405");
    Buffer sub = b.subarray(1, 4);
    Buffer slice = b.slice(1);
    sub.put(0, 9);
    assertThat(b.get(1)).isEqualTo(9);
    assertThat(slice.get(0)).isEqualTo(9);
    assertThat(sub.buffer()).isSameInstanceAs(b.buffer());
    assertThat(sub.byteOffset()).isEqualTo(b.byteOffset() + 1);
    // Through the Uint8Array type the overrides still give views, as in JavaScript.
    Uint8Array asView = b;
    assertThat(asView.slice(0, 2)).isInstanceOf(Buffer.class);
    asView.slice(0, 2).put(0, 7);
    assertThat(b.get(0)).isEqualTo(7);
  }

  @Test
  void uint8ArraySliceCopiesAndSubarrayShares() {
    Uint8Array u = new Uint8Array(4);
    u.set(new int[] {1, 2, 3, 4});
    Uint8Array copy = u.slice(1, 3);
    Uint8Array view = u.subarray(1, 3);
    copy.put(0, 9);
    assertThat(u.get(1)).isEqualTo(2);
    view.put(0, 8);
    assertThat(u.get(1)).isEqualTo(8);
    assertThat(copy.buffer()).isNotSameInstanceAs(u.buffer());
    assertThat(copy.byteOffset()).isEqualTo(0);
    assertThat(view).isNotInstanceOf(Buffer.class);
  }

  @Test
  void extremeIndicesNeverThrowFromViewsOrCopyWithin() {
    Buffer b = bytes("01020304");
    assertThat(b.subarray(Integer.MIN_VALUE, Integer.MAX_VALUE).length()).isEqualTo(4);
    assertThat(b.subarray(Integer.MAX_VALUE, Integer.MIN_VALUE).length()).isEqualTo(0);
    assertThat(b.slice(Integer.MIN_VALUE).length()).isEqualTo(4);
    assertThat(new Uint8Array(3).slice(Integer.MAX_VALUE).length()).isEqualTo(0);
    b.copyWithin(Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE);
    b.copyWithin(Integer.MAX_VALUE, 0);
    b.copyWithin(1, Integer.MIN_VALUE, Integer.MIN_VALUE);
    assertThat(b.inspect()).isEqualTo("<Buffer 01 02 03 04>");
  }

  @Test
  void setOutOfBoundsIsV8sCodelessRangeErrorAsAnIndexOutOfBoundsException() {
    Buffer b = Buffer.alloc(4);
    for (Executable bad :
        List.<Executable>of(
            () -> b.set(bytes("090909"), 2),
            () -> b.set(new int[] {1}, -1),
            () -> b.set(new int[] {1}, Integer.MAX_VALUE),
            () -> b.set(new int[0], Integer.MIN_VALUE),
            () -> b.set(new int[5]))) {
      NodeIndexException e = assertThrows(NodeIndexException.class, bad);
      assertThat(e.code()).isNull();
      assertThat(e.name()).isEqualTo("RangeError");
      assertThat(e).hasMessageThat().isEqualTo("offset is out of bounds");
      assertThat(e.toString()).isEqualTo("RangeError: offset is out of bounds");
    }
    assertThat(b.inspect()).isEqualTo("<Buffer 00 00 00 00>");
  }

  @Test
  @SuppressWarnings("NullAway") // the point of the test
  void setNullIsV8sTypeErrorNotANullPointerException() {
    Buffer b = Buffer.alloc(2);
    NodeArgumentException e = assertThrows(NodeArgumentException.class, () -> b.set((Uint8Array) null));
    assertThat(e.name()).isEqualTo("TypeError");
    assertThat(e.code()).isNull();
    assertThat(e).hasMessageThat().isEqualTo("Cannot convert undefined or null to object");
    assertThrows(NodeArgumentException.class, () -> b.set((int[]) null, 1));
    // As in V8, a negative offset is reported first.
    assertThrows(NodeIndexException.class, () -> b.set((int[]) null, -1));
  }

  @Test
  void atOutOfRangeIsAnIndexOutOfBoundsExceptionLikeGet() {
    Buffer b = bytes("010203");
    assertThat(b.at(-1)).isEqualTo(3);
    assertThat(b.at(-3)).isEqualTo(1);
    for (int index : new int[] {3, -4, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> b.at(index));
      assertThat(e).hasMessageThat().isEqualTo("Index " + index + " out of bounds for length 3");
    }
    assertThrows(IndexOutOfBoundsException.class, () -> Buffer.alloc(0).at(0));
  }

  @Test
  void iteratorsWorkInForEachAndAreSingleUseAsInJavaScript() {
    Buffer b = Buffer.from("ab");
    List<Integer> values = new ArrayList<>();
    for (int v : b.values()) {
      values.add(v);
    }
    List<Integer> keys = new ArrayList<>();
    for (int k : b.keys()) {
      keys.add(k);
    }
    List<String> entries = new ArrayList<>();
    for (int[] e : b.entries()) {
      entries.add(e[0] + ":" + e[1]);
    }
    assertThat(values).containsExactly(97, 98).inOrder();
    assertThat(keys).containsExactly(0, 1).inOrder();
    assertThat(entries).containsExactly("0:97", "1:98").inOrder();

    ArrayIterator<Integer> it = b.values();
    assertThat(it.iterator()).isSameInstanceAs(it);
    assertThat(it.next()).isEqualTo(97);
    assertThat(it.next()).isEqualTo(98);
    assertThat(it.hasNext()).isFalse();
    assertThrows(NoSuchElementException.class, it::next);
    // A second loop over a used iterator sees nothing, as a second for...of does.
    assertThat(it.iterator().hasNext()).isFalse();
  }

  @Test
  void valuesAreLiveAndUnsigned() {
    Buffer b = bytes("ff00");
    Iterator<Integer> it = b.values();
    assertThat(it.next()).isEqualTo(255);
    b.put(1, 200);
    assertThat(it.next()).isEqualTo(200);
  }

  @Test
  void toJsonIsAnOrderedMapThatJsonLibrariesSerialiseAsNodeDoes() {
    Buffer b = bytes("00017fff");
    Map<String, Object> json = b.toJSON();
    assertThat(json).isInstanceOf(LinkedHashMap.class);
    assertThat(new ArrayList<>(json.keySet())).containsExactly("type", "data").inOrder();
    assertThat(json.get("type")).isEqualTo("Buffer");
    assertThat(json.get("data")).isInstanceOf(List.class);
    assertThat((List<?>) json.get("data")).containsExactly(0, 1, 127, 255).inOrder();
    // What a reflective JSON writer (Jackson, Gson) makes of a Map<String, Object> with a List.
    assertThat(serialise(json)).isEqualTo("{\"type\":\"Buffer\",\"data\":[0,1,127,255]}");
    assertThat(serialise(Buffer.alloc(0).toJSON())).isEqualTo("{\"type\":\"Buffer\",\"data\":[]}");
    // A fresh snapshot each time, as in Node.
    b.put(0, 9);
    assertThat((List<?>) json.get("data")).containsExactly(0, 1, 127, 255).inOrder();
    assertThat(b.toJSON()).isNotSameInstanceAs(json);
  }

  /** A minimal JSON writer for maps, lists, strings and numbers, as Jackson walks them. */
  private static String serialise(Object value) {
    if (value instanceof Map) {
      StringBuilder out = new StringBuilder("{");
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (out.length() > 1) {
          out.append(',');
        }
        out.append('"').append(e.getKey()).append("\":").append(serialise(e.getValue()));
      }
      return out.append('}').toString();
    }
    if (value instanceof List) {
      StringBuilder out = new StringBuilder("[");
      for (Object element : (List<?>) value) {
        if (out.length() > 1) {
          out.append(',');
        }
        out.append(serialise(element));
      }
      return out.append(']').toString();
    }
    if (value instanceof String) {
      return "\"" + value + "\"";
    }
    return String.valueOf(value);
  }

  @Test
  void inspectMaxBytesIsValidatedAsNodeDoesAndGlobal() throws InterruptedException {
    assertThat(Buffers.INSPECT_MAX_BYTES()).isEqualTo(50);
    NodeArgumentException e = assertThrows(NodeArgumentException.class, () -> Buffers.setINSPECT_MAX_BYTES(-1));
    assertThat(e.code()).isEqualTo("ERR_OUT_OF_RANGE");
    assertThat(e.name()).isEqualTo("RangeError");
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("The value of \"INSPECT_MAX_BYTES\" is out of range. It must be >= 0. Received -1");
    assertThat(Buffers.INSPECT_MAX_BYTES()).isEqualTo(50);
    Buffers.setINSPECT_MAX_BYTES(1);
    String[] seen = new String[1];
    Thread other = new Thread(() -> seen[0] = bytes("0102").inspect());
    other.start();
    other.join();
    assertThat(seen[0]).isEqualTo("<Buffer 01 ... 1 more byte>");
    Buffers.setINSPECT_MAX_BYTES(Integer.MAX_VALUE);
    assertThat(Buffer.alloc(60).inspect()).doesNotContain("more");
  }

  @Test
  void uint8ArrayToStringJoinsAndBufferToStringDecodes() {
    Uint8Array u = new Uint8Array(2);
    u.put(0, 104);
    u.put(1, 105);
    assertThat(u.toString()).isEqualTo("104,105");
    assertThat(u.join(null)).isEqualTo("104,105");
    Uint8Array b = Buffer.from("hi");
    assertThat(b.toString()).isEqualTo("hi");
    assertThat(b.join()).isEqualTo("104,105");
  }

  @Test
  @SuppressWarnings("deprecation") // parent and offset are deprecated, as in Node
  void parentAndOffsetAreBufferAndByteOffset() {
    Buffer b = Buffer.from("abc").subarray(1);
    assertThat(b.parent()).isSameInstanceAs(b.buffer());
    assertThat(b.offset()).isEqualTo(b.byteOffset());
  }

  @Test
  void rawBindingsRejectExtremeArgumentsWithNodeErrors() {
    Buffer b = Buffer.from("abc");
    for (Executable bad :
        List.<Executable>of(
            () -> b.utf8Slice(Integer.MIN_VALUE, Integer.MAX_VALUE),
            () -> b.hexSlice(0, Integer.MAX_VALUE),
            () -> b.latin1Slice(Integer.MAX_VALUE),
            () -> b.hexWrite("ab", Integer.MIN_VALUE),
            () -> b.ucs2Write("ab", 0, Integer.MIN_VALUE))) {
      NodeIndexException e = assertThrows(NodeIndexException.class, bad);
      assertThat(e.code()).isEqualTo("ERR_OUT_OF_RANGE");
      assertThat(e).hasMessageThat().isEqualTo("Index out of range");
    }
    NodeIndexException e = assertThrows(NodeIndexException.class, () -> b.utf8Write("a", Integer.MAX_VALUE, Integer.MAX_VALUE));
    assertThat(e.code()).isEqualTo("ERR_BUFFER_OUT_OF_BOUNDS");
    assertThat(b.base64Write("QUJD", 1, Integer.MAX_VALUE)).isEqualTo(2);
    assertThat(b.latin1Write("xyz", 0, Integer.MAX_VALUE)).isEqualTo(3);
    assertThat(b.toString()).isEqualTo("xyz");
  }

  @Test
  @SuppressWarnings("NullAway") // the point of the test
  void rawWritesOfNullAreNodesNativeTypeError() {
    Buffer b = Buffer.alloc(2);
    for (Executable bad : List.<Executable>of(() -> b.utf8Write(null), () -> b.hexWrite(null, 0, 1))) {
      NodeArgumentException e = assertThrows(NodeArgumentException.class, bad);
      assertThat(e.code()).isEqualTo("ERR_INVALID_ARG_TYPE");
      assertThat(e).hasMessageThat().isEqualTo("argument must be a string");
    }
  }

  @Test
  void callbackMembersTakeJavaFunctionalInterfaces() {
    Buffer b = bytes("010203");
    List<Integer> seen = new ArrayList<>();
    b.forEach(seen::add); // JavaScript's forEach, with the value only
    assertThat(seen).containsExactly(1, 2, 3).inOrder();
    Buffer mapped = b.map(x -> x * 100);
    assertThat(mapped.inspect()).isEqualTo("<Buffer 64 c8 2c>");
    assertThat(mapped.buffer()).isNotSameInstanceAs(b.buffer());
    assertThat(mapped.buffer().byteLength()).isEqualTo(3);
    assertThat(b.filter(x -> x != 2).inspect()).isEqualTo("<Buffer 01 03>");
    assertThat(b.every(x -> x > 0)).isTrue();
    assertThat(b.some(x -> x > 3)).isFalse();
    assertThat(b.findIndex(x -> x > 1)).isEqualTo(1);
    assertThat(b.findLastIndex(x -> x > 1)).isEqualTo(2);
    assertThat(b.toReversed()).isNotInstanceOf(Buffer.class);
    assertThat(b.toSorted().buffer()).isNotSameInstanceAs(b.buffer());
  }

  @Test
  void withOutOfRangeIsV8sCodelessRangeError() {
    Buffer b = bytes("0102");
    assertThat(b.with(-1, 300).join()).isEqualTo("1,44");
    for (int index : new int[] {2, -3, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      NodeIndexException e = assertThrows(NodeIndexException.class, () -> b.with(index, 0));
      assertThat(e.code()).isNull();
      assertThat(e).hasMessageThat().isEqualTo("Invalid typed array index");
    }
  }

  @Test
  void indexStoreIsToUint8AndOutOfRangeIsAnIndexOutOfBoundsExceptionNotIgnored() {
    Buffer b = Buffer.alloc(3);
    b.put(0, 257);
    b.put(1, -1);
    b.put(2, Integer.MIN_VALUE + 7);
    assertThat(b.inspect()).isEqualTo("<Buffer 01 ff 07>");
    for (int index : new int[] {3, -1, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThrows(IndexOutOfBoundsException.class, () -> b.put(index, 1));
    }
    // A view's indices are its own: index 2 of a 2-byte view is out of range, not byte 3 of b.
    assertThrows(IndexOutOfBoundsException.class, () -> b.subarray(1).put(2, 1));
    assertThat(b.inspect()).isEqualTo("<Buffer 01 ff 07>");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null where the API says non-null, as a careless caller does
  void nullCallbackIsV8sTypeError() {
    // Node: Buffer.from('ab').map(undefined) and Buffer.alloc(0).forEach(undefined) both throw
    // TypeError: undefined is not a function (TCK uint8array-members/undefined-callback*).
    List<Runnable> calls =
        List.of(
            () -> Buffer.from("ab").map(null),
            () -> Buffer.from("ab").filter(null),
            () -> Buffer.alloc(0).forEach(null),
            () -> Buffer.alloc(0).every(null),
            () -> new Uint8Array(2).some(null),
            () -> new Uint8Array(2).findIndex(null),
            () -> new Uint8Array(2).findLastIndex(null),
            () -> new Uint8Array(2).map(null));
    for (Runnable call : calls) {
      NodeArgumentException e = assertThrows(NodeArgumentException.class, call::run);
      assertThat(e.name()).isEqualTo("TypeError");
      assertThat(e.code()).isNull();
      assertThat(e).hasMessageThat().isEqualTo("undefined is not a function");
    }
  }
}
