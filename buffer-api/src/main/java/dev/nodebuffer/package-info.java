/**
 * Node.js's {@code Buffer} in Java: {@link dev.nodebuffer.Buffer}, {@link
 * dev.nodebuffer.Uint8Array}, {@link dev.nodebuffer.ArrayBuffer}, the {@code buffer} module's
 * functions in {@link dev.nodebuffer.Buffers}, and Node's errors ({@link
 * dev.nodebuffer.NodeError}).
 *
 * <h2>Global state</h2>
 *
 * <p>Two things outlive a call, as in Node: the buffer pool ({@code Buffer.poolSize()}, {@code
 * Buffer.setPoolSize(int)}, {@code Buffers.resetPool()}; one pool per thread by default, or one
 * shared pool with the system property {@code dev.nodebuffer.pool=shared}), and {@code
 * Buffers.INSPECT_MAX_BYTES()}. Both are thread-safe. A {@code Buffer} itself is not
 * synchronised, like {@link java.nio.ByteBuffer}. Where each lives in the code: {@code
 * buffer-api/DESIGN.md}.
 */
@NullMarked
package dev.nodebuffer;

import org.jspecify.annotations.NullMarked;
