/**
 * Node.js's {@code Buffer} string encodings, as Node 22 does them, and the byte-level functions
 * around them.
 *
 * <ul>
 *   <li>{@link dev.nodebuffer.codec.Encoding}: the seven encodings ({@code utf8}, {@code utf16le},
 *       {@code latin1}, {@code ascii}, {@code base64}, {@code base64url}, {@code hex}) with Node's
 *       name lookup, each as {@code byteLength}, {@code encode} and {@code decode} over {@code
 *       byte[]} ranges ({@link dev.nodebuffer.codec.Codec}).
 *   <li>{@link dev.nodebuffer.codec.Validation}: {@code buffer.isUtf8} and {@code buffer.isAscii}.
 *   <li>{@link dev.nodebuffer.codec.Transcoder}: {@code buffer.transcode}.
 *   <li>{@link dev.nodebuffer.codec.ForgivingBase64}: WHATWG forgiving base64, {@code atob} and
 *       {@code btoa}.
 * </ul>
 *
 * <p>Every function's result depends on its arguments alone, and none throws on data (bad input
 * is replaced, skipped or reported as Node does). Some reuse working memory between calls, shared
 * by all threads and never kept per thread; that is all the state there is.
 *
 * <h2>Global state</h2>
 *
 * <p>Two static fields change after class initialisation. Each holds at most one spare object of
 * working memory, lent to one call at a time; a call that finds it lent out makes its own.
 *
 * <ul>
 *   <li>{@code Latin1Scratch.SLOT}: one {@code byte[]} of at most 2 MiB in which base64 text,
 *       masked ascii and (before JDK 22) hex text are assembled before they become a string.
 *   <li>{@code Utf8.SPARE}: one {@code Utf8.Scratch}, about 3 KiB (a {@code char[1025]}, a {@code
 *       byte[1024]} and a US-ASCII {@code CharsetEncoder}), for the bulk paths of UTF-8 {@code
 *       byteLength} and {@code encode}.
 * </ul>
 *
 * <p>Everything else static is constant. The lookup tables ({@code Utf8.EXTRA}, {@code
 * Hex.NIBBLE}, {@code Hex.PAIRS}, {@code Base64.DIGIT}, {@code ForgivingBase64.ALPHABET} and
 * {@code VALUES}) are filled during class initialisation and never written after; the JDK objects
 * held (base64 encoders and decoders, {@code HexFormat}, {@code VarHandle}s) are immutable; the
 * codec instances ({@code Utf8.INSTANCE} and the others, {@code Base64.STANDARD} and {@code URL})
 * have no mutable fields.
 */
@NullMarked
package dev.nodebuffer.codec;

import org.jspecify.annotations.NullMarked;
