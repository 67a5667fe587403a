package dev.nodebuffer;

import dev.nodebuffer.codec.ForgivingBase64;
import dev.nodebuffer.codec.Transcoder;
import dev.nodebuffer.codec.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The {@code buffer} module's own members ({@code require('buffer').x}), and the Java-only
 * controls of the pool.
 *
 * <p>As everywhere in this library, a Java {@code null} argument stands for JavaScript's {@code
 * undefined}: where Node would coerce {@code undefined} (an encoding name, {@code atob}'s string)
 * the method does the same, and where Node rejects it the method throws Node's error, never a
 * {@link NullPointerException}.
 */
public final class Buffers {
  private Buffers() {}

  private static final String VIEW_TYPES = "an instance of ArrayBuffer, Buffer, or TypedArray";

  /**
   * {@code buffer.isUtf8(input)}: whether the bytes {@code input} views are well-formed UTF-8.
   *
   * <p>Strict, as Node's simdutf check: overlong forms ({@code C0 80}), encoded surrogates ({@code
   * ED A0 80}), code points above U+10FFFF ({@code F4 90 80 80}), stray continuation bytes and a
   * sequence cut off at the end of the view ({@code E2 82}) make it false. An empty view is UTF-8.
   * Only the view's own bytes count, not the rest of its {@link ArrayBuffer}:
   *
   * <pre>{@code
   * Buffers.isUtf8(Buffer.from("héllo"))   // true
   * Buffers.isUtf8(Buffer.from("é").subarray(0, 1)) // false: C3 alone (Node: the same)
   * }</pre>
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} ({@code The "input" argument must
   *     be an instance of ArrayBuffer, Buffer, or TypedArray. Received null}) if {@code input} is
   *     {@code null}
   */
  public static boolean isUtf8(TypedArray<?> input) {
    TypedArray<?> view = checkView(input);
    return Validation.isUtf8(view.buffer.bytes, view.byteOffset, view.byteLength());
  }

  /**
   * {@code buffer.isUtf8(arrayBuffer)}: whether all of {@code input}'s bytes are well-formed UTF-8;
   * see {@link #isUtf8(TypedArray)}.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code input} is {@code null}
   */
  public static boolean isUtf8(ArrayBuffer input) {
    return isUtf8(wholeView(input));
  }

  /**
   * {@code buffer.isAscii(input)}: whether every byte {@code input} views is below {@code 0x80}.
   * An empty view is ASCII. Only the view's own bytes count.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} ({@code The "input" argument must
   *     be an instance of ArrayBuffer, Buffer, or TypedArray. Received null}) if {@code input} is
   *     {@code null}
   */
  public static boolean isAscii(TypedArray<?> input) {
    TypedArray<?> view = checkView(input);
    return Validation.isAscii(view.buffer.bytes, view.byteOffset, view.byteLength());
  }

  /**
   * {@code buffer.isAscii(arrayBuffer)}: whether every byte of {@code input} is below {@code
   * 0x80}; see {@link #isAscii(TypedArray)}.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code input} is {@code null}
   */
  public static boolean isAscii(ArrayBuffer input) {
    return isAscii(wholeView(input));
  }

  /**
   * {@code buffer.transcode(source, fromEnc, toEnc)}: {@code source}'s bytes converted from one
   * encoding to another, in a new {@link Buffer} of its own (never pooled), as Node 22 does it
   * with ICU.
   *
   * <p>The encodings are {@code ascii}, {@code latin1} ({@code binary}), {@code ucs2} ({@code
   * ucs-2}, {@code utf16le}, {@code utf-16le}) and {@code utf8} ({@code utf-8}), in any ASCII
   * case; {@code null} (JavaScript {@code undefined}) and {@code ""} mean utf8, and a name is read
   * up to its first U+0000, as Node's native code reads it. What is not representable becomes
   * {@code '?'}, invalid input is replaced or fails by Node's rules:
   *
   * <ul>
   *   <li>utf8 to latin1 or ascii: a character the target lacks, and each maximal ill-formed
   *       subsequence, is one {@code '?'} ({@code E2 82 AC} '€' to latin1 is {@code 3F}; {@code
   *       41 E2 82 42} is {@code 41 3F 42}); utf8 to utf8 replaces ill-formed subsequences with
   *       U+FFFD; utf8 to ucs2 fails on any.
   *   <li>ucs2: an odd last byte is ignored (to ucs2 it becomes U+FFFD); a lone surrogate is
   *       {@code '?'} to latin1 and ascii, U+FFFD to ucs2, and fails to utf8; so does a one-byte
   *       source to utf8, which has no character to convert.
   *   <li>ascii: a byte {@code >= 0x80} is {@code '?'} to ascii and latin1 and U+FFFD ({@code EF BF
   *       BD}) to utf8, but U+0080..U+00FF to ucs2 (ascii is read as latin1 there).
   *   <li>latin1 to ascii: a byte {@code >= 0x80} is {@code '?'}.
   *   <li>Into latin1 or ascii, ICU drops the default-ignorable characters it cannot map instead
   *       of writing {@code '?'}: U+FEFF (a byte-order mark), U+200B..U+200F, U+00AD to ascii,
   *       and the other ranges {@link Transcoder} lists.
   * </ul>
   *
   * <p>An empty {@code source} gives a new empty buffer before the encodings are looked at: {@code
   * transcode(Buffer.alloc(0), "hex", "bogus")} is an empty buffer, not an error.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} ({@code The "source" argument must
   *     be an instance of Buffer or Uint8Array. Received null}) if {@code source} is {@code null}
   * @throws NodeTranscodeException {@code U_ILLEGAL_ARGUMENT_ERROR} (errno 1) for an encoding
   *     other than the four ({@code 'hex'}, {@code 'base64'}, {@code 'utf16'}...); {@code
   *     U_INVALID_CHAR_FOUND} (errno 10) for ill-formed utf8 to ucs2, a lone surrogate in ucs2 to
   *     utf8, or a one-byte ucs2 source to utf8
   * @throws NodeArgumentException {@code ERR_BUFFER_TOO_LARGE} ({@code RangeError: Cannot create
   *     a Buffer larger than 0x7ffffff7 bytes}) if the result would be longer than {@link
   *     #kMaxLength()} (latin1 into utf8 or ucs2 doubles, ascii's bytes from {@code 0x80} into
   *     utf8 triple), after the conversion errors and before anything is allocated: Node's native
   *     {@code Buffer::New}, which makes transcode's result, refuses a length above its own
   *     kMaxLength with this error, printing that limit in hex
   */
  public static Buffer transcode(
      Uint8Array source, @Nullable String fromEnc, @Nullable String toEnc) {
    if (source == null) {
      throw Errors.invalidArgTypeNull(
          "The \"source\" argument", "an instance of Buffer or Uint8Array");
    }
    if (source.length == 0) {
      return new Buffer(new ArrayBuffer(0), 0, 0);
    }
    Transcoder.Charset from = Transcoder.Charset.forName(fromEnc);
    Transcoder.Charset to = Transcoder.Charset.forName(toEnc);
    Transcoder.Result result =
        from == null || to == null
            ? Transcoder.Result.failure(Transcoder.U_ILLEGAL_ARGUMENT_ERROR)
            : Transcoder.transcode(
                source.buffer.bytes, source.byteOffset, source.length, from, to, Limits.K_MAX_LENGTH);
    if (result.isTooLarge()) {
      throw Errors.bufferTooLarge();
    }
    if (!result.isSuccess()) {
      throw Errors.transcodeFailed(result.errorName(), result.errorCode());
    }
    byte[] bytes = result.bytes();
    ArrayBuffer own = new ArrayBuffer(bytes.length);
    System.arraycopy(bytes, 0, own.bytes, 0, bytes.length);
    return new Buffer(own, 0, bytes.length);
  }

  /**
   * {@code buffer.atob(data)}: decodes base64 text by WHATWG's forgiving-base64 rules, as Node 22
   * does, and returns the bytes as a latin1 string (one {@code char}, U+0000..U+00FF, per byte).
   *
   * <p>ASCII whitespace (space, tab, LF, FF, CR) is ignored anywhere; up to two {@code =} may pad
   * the end, but only to complete the last group of four; the unused low bits of the last
   * character are ignored:
   *
   * <pre>{@code
   * Buffers.atob("aGVsbG8")       // "hello"
   * Buffers.atob(" aGVs bG8= ")   // "hello"
   * Buffers.atob("ab==")          // "i"
   * Buffers.atob("ab=")           // InvalidCharacterError: Invalid character
   * Buffers.atob("abcde")         // InvalidCharacterError: The string to be decoded is not correctly encoded.
   * Buffers.atob("aGVsbG8==")     // Invalid character (checked before the length)
   * }</pre>
   *
   * <p>{@code null} stands for {@code undefined}, which Node stringifies: {@code atob(null)}
   * decodes {@code "undefined"}, 9 characters, so it throws {@code The string to be decoded is not
   * correctly encoded.} (In JavaScript {@code atob(null)} decodes {@code "null"}; Java cannot tell
   * the two apart. With no argument at all Node throws {@code ERR_MISSING_ARGS}, which Java's
   * signature rules out.) Node's third message, {@code The input causes overflow.}, needs inputs
   * beyond what a Java string holds.
   *
   * @throws NodeDomException {@code InvalidCharacterError} (code 5) with message {@code Invalid
   *     character} for a character outside {@code A-Z a-z 0-9 + /} and whitespace, or misplaced
   *     padding, or with message {@code The string to be decoded is not correctly encoded.} when
   *     the characters number one more than a multiple of four
   */
  public static String atob(@Nullable String data) {
    ForgivingBase64.Decoded decoded = ForgivingBase64.decode(data == null ? "undefined" : data);
    ForgivingBase64.Failure failure = decoded.failure();
    if (failure != null) {
      throw Errors.invalidCharacterError(failure.message());
    }
    return decoded.value();
  }

  /**
   * {@code buffer.btoa(data)}: the base64 text (standard alphabet, {@code =} padded) of the bytes
   * {@code data}'s characters stand for, each U+0000..U+00FF taken as one byte: {@code
   * btoa("hello")} is {@code "aGVsbG8="}, of U+00FF alone is {@code "/w=="}, {@code
   * btoa("")} is {@code ""}.
   *
   * <p>{@code null} stands for {@code undefined}, which Node stringifies: {@code btoa(null)} is
   * {@code "dW5kZWZpbmVk"}, the base64 of {@code "undefined"}. (In JavaScript {@code btoa(null)}
   * is the base64 of {@code "null"}; Java cannot tell the two apart.)
   *
   * <p>The result is at most {@link #kStringMaxLength()} characters, as in Node, whose strings
   * cannot be longer: for an input of more than 402,653,166 characters, whose base64 would be
   * longer, Node 22 checks the characters and then aborts the process ({@code FATAL ERROR:
   * v8::ToLocalChecked Empty MaybeLocal}); this throws {@code ERR_STRING_TOO_LONG}, the error
   * Node gives where it refuses a string above that limit ({@code buf.toString()}).
   *
   * @throws NodeDomException {@code InvalidCharacterError} (code 5), message {@code Invalid
   *     character}, if a character is above U+00FF ({@code "€"}, either half of a surrogate pair)
   * @throws NodeArgumentException {@code ERR_STRING_TOO_LONG} ({@code Error: Cannot create a
   *     string longer than 0x1fffffe8 characters}) if every character is valid but the result
   *     would be longer than {@link #kStringMaxLength()}
   */
  public static String btoa(@Nullable String data) {
    String text = data == null ? "undefined" : data;
    if (4L * ((text.length() + 2L) / 3) > Strings.K_STRING_MAX_LENGTH) {
      // Node checks the characters first, and then aborts the process making the string.
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) > 0xFF) {
          throw Errors.invalidCharacterError(ForgivingBase64.Failure.INVALID_CHARACTER.message());
        }
      }
      throw Errors.stringTooLong();
    }
    String encoded = ForgivingBase64.encode(text);
    if (encoded == null) {
      throw Errors.invalidCharacterError(ForgivingBase64.Failure.INVALID_CHARACTER.message());
    }
    return encoded;
  }

  private static TypedArray<?> checkView(TypedArray<?> input) {
    if (input == null) {
      throw Errors.invalidArgTypeNull("The \"input\" argument", VIEW_TYPES);
    }
    return input;
  }

  /** A view of all of {@code input}, after the same check as {@link #checkView}. */
  private static Uint8Array wholeView(ArrayBuffer input) {
    if (input == null) {
      throw Errors.invalidArgTypeNull("The \"input\" argument", VIEW_TYPES);
    }
    return new Uint8Array(input, 0, input.byteLength());
  }

  /**
   * Gives the calling thread a fresh pool, as in a new Node process: an 8 KiB slab whose first
   * pooled buffer lands at byte offset 8 (where Node's own start-up allocation leaves it). With
   * the {@code shared} strategy the one shared pool is reset; on a virtual thread, the pool it
   * shares with other virtual threads is. Buffers already handed out keep their memory. Not in
   * Node; for tests and the conformance kit.
   */
  public static void resetPool() {
    Pool.POOL.reset();
  }

  /** Which pool strategy this process uses: {@code "per-thread"} or {@code "shared"}. */
  public static String poolStrategy() {
    return Pool.POOL.strategy() == dev.nodebuffer.pool.BufferPool.Strategy.SHARED
        ? "shared"
        : "per-thread";
  }

  /**
   * {@code buffer.kMaxLength}, the same as {@link Constants#MAX_LENGTH() constants().MAX_LENGTH()}:
   * the largest buffer this library makes, {@code Integer.MAX_VALUE - 8} (2147483639), on any JVM.
   * Node 22's is 2^53 - 1 (Node 20's 2^32); why this value, see {@link Constants#MAX_LENGTH()}.
   *
   * <p>Every size a caller chooses is checked against it before anything is allocated, and a size
   * above it fails as Node fails when its own {@code kMaxLength} is passed (Node 20, whose limit
   * an {@code int} can pass, shows it: {@code Buffer.alloc(2 ** 32 + 1)} throws {@code The value
   * of "size" is out of range. It must be >= 0 && <= 4294967296. Received 4_294_967_297}):
   *
   * <ul>
   *   <li>{@code Buffer.alloc}, {@code allocUnsafe}, {@code allocUnsafeSlow}, {@code SlowBuffer},
   *       a {@code Buffer.from(string)} whose encoded length is above it, and {@code concat}
   *       whose summed length is: {@code ERR_OUT_OF_RANGE}, {@code The value of "size" is out of
   *       range. It must be >= 0 && <= 2147483639. Received 2147483640}; {@code concat}'s {@code
   *       totalLength} the same with {@code "length"}. The message names this limit, because it is
   *       the one the size broke: Node's text with Node 22's bound would reject 2147483640 while
   *       claiming it is allowed.
   *   <li>A <em>negative</em> size keeps Node 22's text byte for byte, {@code ... It must be >= 0
   *       && <= 9007199254740991. Received -1}: Node 22 rejects it with that message too, and ported
   *       code, logs and the conformance kit's recorded expectations match it. So the two failures
   *       of one check name two bounds: Node 22's where Node 22 fails the same size, the port's
   *       where only the port does.
   *   <li>{@code new ArrayBuffer(n)}: V8's code-less {@code RangeError: Invalid array buffer
   *       length}, what V8 says for a length above its maximum byte length (Node 22's {@code new
   *       ArrayBuffer(2 ** 53)}, and {@code new ArrayBuffer(kMaxLength + 1)}, as its kMaxLength is
   *       that maximum); V8's {@code Array buffer allocation failed} ({@code new ArrayBuffer(2 **
   *       40)}) is for a length within the maximum that memory cannot supply, which here is the
   *       JVM's {@code OutOfMemoryError}.
   *   <li>A typed array's length ({@code Buffer.of}): V8's code-less {@code RangeError: Invalid
   *       typed array length: 2147483640}, as Node 20's {@code new Uint8Array(2 ** 32 + 1)} and
   *       Node 22's {@code new Uint8Array(2 ** 53)} say.
   *   <li>An array-like's length ({@code Buffer.from} of a {@code List}, an array or a map with a
   *       {@code "length"}): V8's code-less {@code RangeError: Array buffer allocation failed}, as
   *       Node 22 says for {@code Buffer.from({length: Infinity})} (V8 clamps the length to 2^53 -
   *       1, within its limit, and cannot allocate it); Node 20's {@code Invalid typed array
   *       length} would break that recorded expectation.
   *   <li>{@link #transcode}'s result: {@code ERR_BUFFER_TOO_LARGE}, {@code RangeError [ERR_BUFFER_TOO_LARGE]:
   *       Cannot create a Buffer larger than 0x7ffffff7 bytes}, what Node's native {@code
   *       Buffer::New} (which makes that result) throws above its kMaxLength, printed in hex.
   *   <li>A pool slab ({@link Buffer#setPoolSize(int)} above this limit): V8's {@code RangeError:
   *       Array buffer allocation failed} when a request needs a new slab, as Node 22 throws when
   *       its {@code createPool} cannot allocate one; the pool is left as it was.
   *   <li>A byte count that does not fit an {@code int} ({@link Buffer#byteLength(String, String)}
   *       of a Java string longer than any JavaScript one): {@code ERR_OUT_OF_RANGE}, {@code The
   *       value of "byteLength" is out of range. It must be >= 0 && <= 2147483647. Received
   *       2147483650}.
   * </ul>
   *
   * <p>The pool is not touched by a failed size: the next allocation is placed as if the failed
   * call had not been made.
   */
  public static int kMaxLength() {
    return MAX_LENGTH;
  }

  /**
   * {@code buffer.kStringMaxLength}, the same as {@link Constants#MAX_STRING_LENGTH()
   * constants().MAX_STRING_LENGTH()}: the longest string {@code toString} makes, 536870888
   * ({@code 0x1fffffe8}, Node 22's value); see {@link Constants#MAX_STRING_LENGTH()}.
   */
  public static int kStringMaxLength() {
    return Strings.K_STRING_MAX_LENGTH;
  }

  /** {@code buffer.constants}: {@link Constants#MAX_LENGTH()} and {@link Constants#MAX_STRING_LENGTH()}. */
  public static Constants constants() {
    return CONSTANTS;
  }

  /**
   * {@code SlowBuffer(size)} (deprecated in Node, DEP0030): the same as {@link
   * Buffer#allocUnsafeSlow(int)}, a buffer over an {@link ArrayBuffer} of its own, never pooled
   * (zero-filled here, as every new Java array is). {@code SlowBuffer(3) instanceof Buffer}, as in
   * Node.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} if {@code size} is negative or above
   *     {@link #kMaxLength()}, as {@link Buffer#allocUnsafeSlow(int)}
   * @deprecated as in Node: use {@link Buffer#allocUnsafeSlow(int)}
   */
  @Deprecated
  @SuppressWarnings({"MethodName", "InlineMeSuggester"}) // Node's name, a function the module exports
  public static Buffer SlowBuffer(int size) {
    return Buffer.allocUnsafeSlow(size);
  }

  private static final int MAX_LENGTH = Limits.K_MAX_LENGTH;

  private static final Constants CONSTANTS = new Constants();

  /**
   * {@code buffer.constants}: the limits, with Node's property names as accessors ({@code
   * buffer.constants.MAX_LENGTH} is {@code Buffers.constants().MAX_LENGTH()}).
   */
  public static final class Constants {
    private Constants() {}

    /**
     * {@code buffer.constants.MAX_LENGTH}: the largest size of one buffer, 2147483639 ({@code
     * Integer.MAX_VALUE - 8}).
     *
     * <p>Node 22 answers 2^53 - 1 (9007199254740991). A buffer here is a Java {@code byte[]}, and
     * the JVM caps arrays below {@code Integer.MAX_VALUE}: on HotSpot (OpenJDK 17.0.15, Temurin
     * 25.0.3, measured with a 64 MiB heap) {@code new byte[Integer.MAX_VALUE]} and {@code new
     * byte[Integer.MAX_VALUE - 1]} fail with {@code OutOfMemoryError: Requested array size exceeds
     * VM limit} whatever the heap, while {@code Integer.MAX_VALUE - 2} only needs the memory. The
     * limit depends on the VM (its object header), so the value is the JDK's own conservative
     * bound, {@code Integer.MAX_VALUE - 8} ({@code ArraysSupport.SOFT_MAX_ARRAY_LENGTH}), which
     * every VM allocates given the memory: code that checks a size against it before allocating
     * is safe everywhere. On HotSpot a few sizes above it still work.
     *
     * <p>Sizes above it fail with Node's errors before anything is allocated; a negative size
     * still reads {@code It must be >= 0 && <= 9007199254740991}, byte for byte as in Node 22,
     * while a size above this limit reads {@code It must be >= 0 && <= 2147483639}: which error
     * each factory gives, and why, is at {@link Buffers#kMaxLength()}. A size within the limit
     * that the heap cannot supply fails with the JVM's {@code OutOfMemoryError} (Node's {@code
     * RangeError: Array buffer allocation failed}).
     */
    @SuppressWarnings("MethodName") // Node's name
    public int MAX_LENGTH() {
      return MAX_LENGTH;
    }

    /**
     * {@code buffer.constants.MAX_STRING_LENGTH}: the longest string {@code buf.toString()} makes,
     * 536870888 ({@code 0x1fffffe8}), Node 22's value.
     *
     * <p>A Java {@code String} can be longer: measured on HotSpot (OpenJDK 17.0.15, Temurin
     * 25.0.3), a string with a character above U+00FF holds at most 1073741822 characters (its
     * UTF-16 {@code byte[]} reaches the array limit above), a Latin-1 one 2147483645. But {@code
     * toString} keeps Node's limit and Node's error ({@code ERR_STRING_TOO_LONG}, {@code Cannot
     * create a string longer than 0x1fffffe8 characters}) for the same buffers as Node, so this
     * constant reports that limit: ported code that compares a length with {@code
     * MAX_STRING_LENGTH} before decoding (as Node code does) stays right, which a larger Java
     * figure would break.
     *
     * <p>Every string this library makes from bytes keeps the limit: {@code toString} and the {@code *Slice}
     * methods, {@link Buffer#inspect()} (through the {@code hexSlice} Node's inspect starts with)
     * and {@link Buffers#btoa} with {@code ERR_STRING_TOO_LONG}, a typed array's {@code join} with
     * V8's {@code RangeError: Invalid string length}, as V8 throws it. Where Node 22 aborts the
     * process instead ({@code btoa} of more than 402653166 characters, {@code inspect} of 5e7
     * bytes and more), the port throws that error, or, for {@code inspect} under the limit, gives
     * the text. ({@link Buffers#atob}'s result is shorter than its input, so it passes the limit
     * only for an input longer than any JavaScript string; it is then returned.)
     */
    @SuppressWarnings("MethodName") // Node's name
    public int MAX_STRING_LENGTH() {
      return Strings.K_STRING_MAX_LENGTH;
    }
  }

  /**
   * {@code buffer.INSPECT_MAX_BYTES}: how many bytes {@link Buffer#inspect()} shows before {@code
   * ... N more bytes}; 50 by default. One value for the whole JVM (Node has one per process).
   */
  public static int INSPECT_MAX_BYTES() {
    return Inspect.maxBytes();
  }

  /**
   * {@code buffer.INSPECT_MAX_BYTES = value}: sets how many bytes {@link Buffer#inspect()} shows,
   * for every thread. 0 shows none ({@code <Buffer  ... 3 more bytes>}); {@link
   * Integer#MAX_VALUE} stands for Node's {@code Infinity}.
   *
   * @throws NodeArgumentException {@code ERR_OUT_OF_RANGE} ({@code The value of
   *     "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received -1}) if {@code value} is
   *     negative; the value is then unchanged
   */
  public static void setINSPECT_MAX_BYTES(int value) {
    Inspect.setMaxBytes(value);
  }
}
