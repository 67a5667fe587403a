package dev.nodebuffer;

import static dev.nodebuffer.SearchDirection.BACKWARD;
import static dev.nodebuffer.SearchDirection.FORWARD;

import org.jspecify.annotations.Nullable;

/**
 * {@link Buffer}'s search, comparison and copy: {@code indexOf}, {@code lastIndexOf} and {@code
 * includes} for a number, a string in any encoding or a view; {@code compare} with ranges; Node's
 * {@code equals(otherBuffer)}; {@code copy}. The work is in {@link Search}, {@link Comparison} and
 * {@link Copy}.
 *
 * <p>The overloads are alike by design: each is one of Node's call shapes (an omitted trailing
 * argument is an overload without it), and each is one line that fills in Node's default and
 * calls the full form.
 *
 * <p>One of the package-private facets that {@link Buffer}'s instance surface is cut into, one
 * concern per file (see {@code buffer-api/DESIGN.md}). Users never name this class: its public
 * methods are {@code Buffer}'s, javac gives {@code Buffer} a public bridge for each, and javadoc
 * documents them on {@code Buffer}.
 */
abstract class BufferSearch extends BufferViews {

  BufferSearch(ArrayBuffer buffer, int byteOffset, int length) {
    super(buffer, byteOffset, length);
  }

  /** {@code buf.indexOf(value)} for a number: the first byte equal to {@code value & 0xFF}; see {@link #indexOf(int, int, String)}. */
  public int indexOf(int value) {
    return Search.number(this, value, Search.wholeBuffer(this, FORWARD), FORWARD);
  }

  /** {@code buf.indexOf(value, byteOffset)} for a number; see {@link #indexOf(int, int, String)}. */
  public int indexOf(int value, int byteOffset) {
    return Search.number(this, value, byteOffset, FORWARD);
  }

  /**
   * {@code buf.indexOf(value, encoding)} for a number: the encoding is ignored, as in Node (even an
   * unknown one); see {@link #indexOf(int, int, String)}.
   */
  public int indexOf(int value, @Nullable String encoding) {
    return Search.number(this, value, Search.wholeBuffer(this, FORWARD), FORWARD);
  }

  /**
   * {@code buf.indexOf(value, byteOffset, encoding)} for a number: the index of the first byte at
   * or after {@code byteOffset} equal to {@code value & 0xFF} ({@code 98 + 256} finds 98, {@code -1}
   * finds 255), or -1. {@code encoding} is ignored, as in Node (even an unknown one).
   *
   * <p>{@code byteOffset} as in Node: a negative one counts from the end ({@code -2} is {@code
   * length() - 2}), and one still negative after that means 0; one at or past the end finds
   * nothing. Without {@code byteOffset} the whole buffer is searched. An empty buffer gives -1.
   */
  public int indexOf(int value, int byteOffset, @Nullable String encoding) {
    return Search.number(this, value, byteOffset, FORWARD);
  }

  /** {@code buf.indexOf(value)} for a string, as UTF-8; see {@link #indexOf(String, int, String)}. */
  public int indexOf(String value) {
    return Search.string(this, value, Search.wholeBuffer(this, FORWARD), null, FORWARD);
  }

  /** {@code buf.indexOf(value, byteOffset)} for a string, as UTF-8; see {@link #indexOf(String, int, String)}. */
  public int indexOf(String value, int byteOffset) {
    return Search.string(this, value, byteOffset, null, FORWARD);
  }

  /**
   * {@code buf.indexOf(value, encoding)}, Node's call with a string as second argument, which is the
   * encoding ({@code indexOf("b", "latin1")}); the whole buffer is searched. See {@link
   * #indexOf(String, int, String)}.
   */
  public int indexOf(String value, @Nullable String encoding) {
    return Search.string(this, value, Search.wholeBuffer(this, FORWARD), encoding, FORWARD);
  }

  /**
   * {@code buf.indexOf(value, byteOffset, encoding)} for a string: the index of the first
   * occurrence of {@code value}'s bytes in {@code encoding} ({@code null}: UTF-8) at or after
   * {@code byteOffset}, or -1.
   *
   * <p>{@code byteOffset}: as in {@link #indexOf(int, int, String)}; in addition a needle that is
   * empty, or encodes to no bytes ({@code "zz"} in hex), is found where the search starts, as
   * JavaScript's {@code String.indexOf} does: {@code indexOf("")} is 0, {@code indexOf("", 3)} is
   * 3, {@code indexOf("", 100)} is {@code length()}, {@code indexOf("", -1)} is {@code length() -
   * 1}.
   *
   * <p>Encodings as in Node: a Latin-1 needle keeps the low byte of each unit; ASCII, hex, base64
   * and base64url needles are first made into a buffer as {@link Buffer#from(String, String)} makes them,
   * taking pool space as in Node. UTF-16LE ({@code ucs2}) searches whole 16-bit units at even
   * positions only: the buffer's length is rounded down to even, the search starts at unit {@code
   * byteOffset / 2}, so the result can be smaller than {@code byteOffset} ({@code
   * Buffer.from("abcd", "ucs2").indexOf("c", 5, "ucs2")} is 4), and an unaligned occurrence is
   * never found.
   *
   * <p>UTF-16LE on a buffer at an odd byte offset of its {@link ArrayBuffer} (a {@code
   * subarray(1)}, a view made at an odd offset) answers as Node's does, where Node's {@code
   * FindFirstCharacter} ({@code src/string_search.h}) aligns the <em>address</em> of a byte it
   * found down to 2 and so reads its units one byte off: a needle can be reported one unit early
   * ({@code -2} when that is before the buffer), where only its later units match, or not at all.
   * Some of these searches, searching forwards, never return in Node (20, 22 and 24): there,
   * this method returns what Node returns for the same bytes at an even offset (as if the buffer
   * were first copied to {@code Buffer.from(buf)}). Bytes Node reads outside the {@code
   * ArrayBuffer} are taken as 0.
   *
   * @throws NodeArgumentException {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know,
   *     including {@code ""} (unlike {@code from} and {@code write}); {@code ERR_INVALID_ARG_TYPE} if
   *     {@code value} is {@code null}
   */
  public int indexOf(String value, int byteOffset, @Nullable String encoding) {
    return Search.string(this, value, byteOffset, encoding, FORWARD);
  }

  /** {@code buf.indexOf(value)} for a {@code Uint8Array} or {@code Buffer}; see {@link #indexOf(Uint8Array, int, String)}. */
  public int indexOf(Uint8Array value) {
    return Search.view(this, value, Search.wholeBuffer(this, FORWARD), null, FORWARD);
  }

  /** {@code buf.indexOf(value, byteOffset)}; see {@link #indexOf(Uint8Array, int, String)}. */
  public int indexOf(Uint8Array value, int byteOffset) {
    return Search.view(this, value, byteOffset, null, FORWARD);
  }

  /** {@code buf.indexOf(value, encoding)}, the whole buffer; see {@link #indexOf(Uint8Array, int, String)}. */
  public int indexOf(Uint8Array value, @Nullable String encoding) {
    return Search.view(this, value, Search.wholeBuffer(this, FORWARD), encoding, FORWARD);
  }

  /**
   * {@code buf.indexOf(value, byteOffset, encoding)} for a {@code Uint8Array} or {@code Buffer}:
   * the index of the first occurrence of {@code value}'s bytes at or after {@code byteOffset}, or
   * -1. {@code byteOffset} and an empty {@code value} as in {@link #indexOf(String, int, String)}.
   *
   * <p>The encoding matters only when it is UTF-16LE ({@code ucs2}): then whole 16-bit units at
   * even positions are searched, {@code value.length() / 2} of them (a needle under 2 bytes finds
   * nothing); and, a quirk of Node's kept here, a failed search on an odd-length buffer returns
   * {@code length() - 1} instead of -1. Any other encoding, even an unknown one, means a byte
   * search.
   *
   * <p>A buffer at an odd byte offset of its {@code ArrayBuffer}, under UTF-16LE: as in {@link
   * #indexOf(String, int, String)}, Node's answers one byte off, and, where Node never returns,
   * Node's answer for the same bytes at an even offset.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code value} is {@code null}
   */
  public int indexOf(Uint8Array value, int byteOffset, @Nullable String encoding) {
    return Search.view(this, value, byteOffset, encoding, FORWARD);
  }

  /** {@code buf.lastIndexOf(value)} for a number: the last byte equal to {@code value & 0xFF}; see {@link #lastIndexOf(int, int, String)}. */
  public int lastIndexOf(int value) {
    return Search.number(this, value, Search.wholeBuffer(this, BACKWARD), BACKWARD);
  }

  /** {@code buf.lastIndexOf(value, byteOffset)} for a number; see {@link #lastIndexOf(int, int, String)}. */
  public int lastIndexOf(int value, int byteOffset) {
    return Search.number(this, value, byteOffset, BACKWARD);
  }

  /** {@code buf.lastIndexOf(value, encoding)} for a number, the encoding ignored; see {@link #lastIndexOf(int, int, String)}. */
  public int lastIndexOf(int value, @Nullable String encoding) {
    return Search.number(this, value, Search.wholeBuffer(this, BACKWARD), BACKWARD);
  }

  /**
   * {@code buf.lastIndexOf(value, byteOffset, encoding)} for a number: the index of the last byte
   * at or before {@code byteOffset} equal to {@code value & 0xFF}, or -1. {@code encoding} is
   * ignored, as in Node.
   *
   * <p>{@code byteOffset} as in Node: a negative one counts from the end, and one still negative
   * after that finds nothing ({@code lastIndexOf(97, -7)} on 6 bytes is -1); one past the end
   * means the whole buffer, as does a missing one. Node's {@code lastIndexOf(v, null)}, which
   * searches from 0 only, is {@code lastIndexOf(v, 0)} here.
   */
  public int lastIndexOf(int value, int byteOffset, @Nullable String encoding) {
    return Search.number(this, value, byteOffset, BACKWARD);
  }

  /** {@code buf.lastIndexOf(value)} for a string, as UTF-8; see {@link #lastIndexOf(String, int, String)}. */
  public int lastIndexOf(String value) {
    return Search.string(this, value, Search.wholeBuffer(this, BACKWARD), null, BACKWARD);
  }

  /** {@code buf.lastIndexOf(value, byteOffset)} for a string, as UTF-8; see {@link #lastIndexOf(String, int, String)}. */
  public int lastIndexOf(String value, int byteOffset) {
    return Search.string(this, value, byteOffset, null, BACKWARD);
  }

  /** {@code buf.lastIndexOf(value, encoding)}, the whole buffer; see {@link #lastIndexOf(String, int, String)}. */
  public int lastIndexOf(String value, @Nullable String encoding) {
    return Search.string(this, value, Search.wholeBuffer(this, BACKWARD), encoding, BACKWARD);
  }

  /**
   * {@code buf.lastIndexOf(value, byteOffset, encoding)} for a string: the index of the last
   * occurrence of {@code value}'s bytes in {@code encoding} ({@code null}: UTF-8) that starts at or
   * before {@code byteOffset}, or -1 ({@code Buffer.from("abcabc").lastIndexOf("bc", 4)} is 4).
   *
   * <p>{@code byteOffset} as in {@link #lastIndexOf(int, int, String)}, except for an empty needle
   * (or one that encodes to no bytes), which is found at the start position clamped to {@code [0,
   * length()]}: {@code lastIndexOf("")} is {@code length()}, {@code lastIndexOf("", -100)} is 0.
   * Encodings, and UTF-16LE's aligned units (and its answers on a buffer at an odd byte offset),
   * as in {@link #indexOf(String, int, String)}.
   *
   * @throws NodeArgumentException {@code ERR_UNKNOWN_ENCODING} for an encoding Node does not know,
   *     including {@code ""}; {@code ERR_INVALID_ARG_TYPE} if {@code value} is {@code null}
   */
  public int lastIndexOf(String value, int byteOffset, @Nullable String encoding) {
    return Search.string(this, value, byteOffset, encoding, BACKWARD);
  }

  /** {@code buf.lastIndexOf(value)} for a {@code Uint8Array} or {@code Buffer}; see {@link #lastIndexOf(Uint8Array, int, String)}. */
  public int lastIndexOf(Uint8Array value) {
    return Search.view(this, value, Search.wholeBuffer(this, BACKWARD), null, BACKWARD);
  }

  /** {@code buf.lastIndexOf(value, byteOffset)}; see {@link #lastIndexOf(Uint8Array, int, String)}. */
  public int lastIndexOf(Uint8Array value, int byteOffset) {
    return Search.view(this, value, byteOffset, null, BACKWARD);
  }

  /** {@code buf.lastIndexOf(value, encoding)}, the whole buffer; see {@link #lastIndexOf(Uint8Array, int, String)}. */
  public int lastIndexOf(Uint8Array value, @Nullable String encoding) {
    return Search.view(this, value, Search.wholeBuffer(this, BACKWARD), encoding, BACKWARD);
  }

  /**
   * {@code buf.lastIndexOf(value, byteOffset, encoding)} for a {@code Uint8Array} or {@code
   * Buffer}: the last occurrence starting at or before {@code byteOffset}, or -1; offsets and an
   * empty needle as in {@link #lastIndexOf(String, int, String)}, the encoding as in {@link
   * #indexOf(Uint8Array, int, String)} (only UTF-16LE matters, with its odd-length quirk and its
   * answers on a buffer at an odd byte offset, where Node's backward search always returns).
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code value} is {@code null}
   */
  public int lastIndexOf(Uint8Array value, int byteOffset, @Nullable String encoding) {
    return Search.view(this, value, byteOffset, encoding, BACKWARD);
  }

  /** {@code buf.includes(value)}: {@code indexOf(value) != -1}; see {@link #indexOf(int, int, String)}. */
  public boolean includes(int value) {
    return indexOf(value) != -1;
  }

  /** {@code buf.includes(value, byteOffset)}: {@code indexOf(value, byteOffset) != -1}. */
  public boolean includes(int value, int byteOffset) {
    return indexOf(value, byteOffset) != -1;
  }

  /** {@code buf.includes(value, encoding)}: {@code indexOf(value, encoding) != -1}. */
  public boolean includes(int value, @Nullable String encoding) {
    return indexOf(value, encoding) != -1;
  }

  /** {@code buf.includes(value, byteOffset, encoding)}: {@code indexOf(value, byteOffset, encoding) != -1}. */
  public boolean includes(int value, int byteOffset, @Nullable String encoding) {
    return indexOf(value, byteOffset, encoding) != -1;
  }

  /** {@code buf.includes(value)}: {@code indexOf(value) != -1}; see {@link #indexOf(String, int, String)}. */
  public boolean includes(String value) {
    return indexOf(value) != -1;
  }

  /** {@code buf.includes(value, byteOffset)}: {@code indexOf(value, byteOffset) != -1}. */
  public boolean includes(String value, int byteOffset) {
    return indexOf(value, byteOffset) != -1;
  }

  /** {@code buf.includes(value, encoding)}: {@code indexOf(value, encoding) != -1}. */
  public boolean includes(String value, @Nullable String encoding) {
    return indexOf(value, encoding) != -1;
  }

  /**
   * {@code buf.includes(value, byteOffset, encoding)}: {@code indexOf(value, byteOffset, encoding)
   * != -1}, with its rules and errors ({@code includes("", 100)} is {@code true}).
   */
  public boolean includes(String value, int byteOffset, @Nullable String encoding) {
    return indexOf(value, byteOffset, encoding) != -1;
  }

  /** {@code buf.includes(value)}: {@code indexOf(value) != -1}; see {@link #indexOf(Uint8Array, int, String)}. */
  public boolean includes(Uint8Array value) {
    return indexOf(value) != -1;
  }

  /** {@code buf.includes(value, byteOffset)}: {@code indexOf(value, byteOffset) != -1}. */
  public boolean includes(Uint8Array value, int byteOffset) {
    return indexOf(value, byteOffset) != -1;
  }

  /** {@code buf.includes(value, encoding)}: {@code indexOf(value, encoding) != -1}. */
  public boolean includes(Uint8Array value, @Nullable String encoding) {
    return indexOf(value, encoding) != -1;
  }

  /** {@code buf.includes(value, byteOffset, encoding)}: {@code indexOf(value, byteOffset, encoding) != -1}. */
  public boolean includes(Uint8Array value, int byteOffset, @Nullable String encoding) {
    return indexOf(value, byteOffset, encoding) != -1;
  }

  /** {@code buf.compare(target)}: {@code Buffer.compare(this, target)}; see {@link #compare(Uint8Array, int, int, int, int)}. */
  public int compare(Uint8Array target) {
    return Comparison.compare(this, target, 0, target == null ? 0 : target.length, 0, length);
  }

  /** {@code buf.compare(target, targetStart)}; see {@link #compare(Uint8Array, int, int, int, int)}. */
  public int compare(Uint8Array target, int targetStart) {
    return Comparison.compare(this, target, targetStart, target == null ? 0 : target.length, 0, length);
  }

  /** {@code buf.compare(target, targetStart, targetEnd)}; see {@link #compare(Uint8Array, int, int, int, int)}. */
  public int compare(Uint8Array target, int targetStart, int targetEnd) {
    return Comparison.compare(this, target, targetStart, targetEnd, 0, length);
  }

  /** {@code buf.compare(target, targetStart, targetEnd, sourceStart)}; see {@link #compare(Uint8Array, int, int, int, int)}. */
  public int compare(Uint8Array target, int targetStart, int targetEnd, int sourceStart) {
    return Comparison.compare(this, target, targetStart, targetEnd, sourceStart, length);
  }

  /**
   * {@code buf.compare(target, targetStart, targetEnd, sourceStart, sourceEnd)}: compares this
   * buffer's {@code [sourceStart, sourceEnd)} with {@code target[targetStart, targetEnd)} as
   * {@link Buffer#compare(Uint8Array, Uint8Array)} does: -1, 0 or 1. Omitted bounds default to the whole
   * buffers; to give a later bound only, pass the defaults ({@code 0}, {@code target.length()})
   * where Node code passes {@code undefined}.
   *
   * <p>As in Node, a start past the end is not an error but an empty range, and empty ranges
   * compare first: an empty source range gives 0 if the target range is empty too and -1
   * otherwise; else an empty target range gives 1 ({@code compare(target, 5)} on a 4-byte target
   * is 1).
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code target} is {@code null}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE}, checked in this order, if {@code
   *     targetStart} is negative, {@code targetEnd} is outside {@code [0, target.length()]}, {@code
   *     sourceStart} is negative, or {@code sourceEnd} is outside {@code [0, length()]}
   */
  public int compare(Uint8Array target, int targetStart, int targetEnd, int sourceStart, int sourceEnd) {
    return Comparison.compare(this, target, targetStart, targetEnd, sourceStart, sourceEnd);
  }

  /**
   * Node's {@code buf.equals(otherBuffer)}: whether {@code otherBuffer} has the same bytes (any
   * {@code Uint8Array}; {@code true} for this very object). Unlike {@link Object#equals(Object)},
   * it rejects {@code null}, as Node rejects a non-{@code Uint8Array}.
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code otherBuffer} is {@code null}
   */
  @SuppressWarnings("NonOverridingEquals") // Node's method, an overload: Object.equals is not it
  public boolean equals(Uint8Array otherBuffer) {
    return Comparison.equals(this, otherBuffer);
  }

  /** {@code buf.copy(target)}: the whole buffer, to the start of {@code target}; see {@link #copy(ArrayBufferView, int, int, int)}. */
  public int copy(@Nullable ArrayBufferView target) {
    return Copy.copy(this, target, 0, 0, length);
  }

  /** {@code buf.copy(target, targetStart)}: the whole buffer; see {@link #copy(ArrayBufferView, int, int, int)}. */
  public int copy(@Nullable ArrayBufferView target, int targetStart) {
    return Copy.copy(this, target, targetStart, 0, length);
  }

  /** {@code buf.copy(target, targetStart, sourceStart)}: to the end; see {@link #copy(ArrayBufferView, int, int, int)}. */
  public int copy(@Nullable ArrayBufferView target, int targetStart, int sourceStart) {
    return Copy.copy(this, target, targetStart, sourceStart, length);
  }

  /**
   * {@code buf.copy(target, targetStart, sourceStart, sourceEnd)}: copies this buffer's {@code
   * [sourceStart, sourceEnd)} into {@code target} from {@code targetStart}, as much as fits, and
   * returns the number of bytes copied. Overlapping views of one memory (a buffer and its {@code
   * subarray}, two pooled buffers' slab) are copied as if through a temporary copy. Bytes outside
   * the copied range are never touched.
   *
   * <p>As in Node, a {@code sourceEnd} past the length is cut to it, and a {@code targetStart} at or
   * past the target's end, or {@code sourceStart >= sourceEnd}, copies nothing and returns 0. The
   * target may be any view, a typed array of another kind or a {@code DataView}: bytes are copied
   * and counted ({@code Buffer.from([1, 2, 3, 4]).copy(new Uint16Array(2))} is 4).
   *
   * @throws NodeArgumentException {@code ERR_INVALID_ARG_TYPE} if {@code target} is {@code null}
   * @throws NodeIndexException {@code ERR_OUT_OF_RANGE}, checked in this order, if {@code
   *     targetStart} is negative, {@code sourceStart} is outside {@code [0, length()]}, or {@code
   *     sourceEnd} is negative
   */
  public int copy(@Nullable ArrayBufferView target, int targetStart, int sourceStart, int sourceEnd) {
    return Copy.copy(this, target, targetStart, sourceStart, sourceEnd);
  }
}
