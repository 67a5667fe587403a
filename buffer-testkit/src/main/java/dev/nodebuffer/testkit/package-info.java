/**
 * Test support for the nodebuffer modules, taken with {@code <scope>test</scope>} only: the pinned
 * Node 22 binary as an oracle ({@link dev.nodebuffer.testkit.NodeOracle}), the recordings of its
 * answers ({@link dev.nodebuffer.testkit.DigestRecording}, {@link
 * dev.nodebuffer.testkit.LineRecording}) and their replay ({@link
 * dev.nodebuffer.testkit.RecordingChecker}, {@link dev.nodebuffer.testkit.Mismatches}), the
 * seeded generator the recording scripts share ({@link dev.nodebuffer.testkit.Rng}), and virtual
 * threads for tests built for Java 17 ({@link dev.nodebuffer.testkit.VirtualThreadSupport}).
 */
@NullMarked
package dev.nodebuffer.testkit;

import org.jspecify.annotations.NullMarked;
