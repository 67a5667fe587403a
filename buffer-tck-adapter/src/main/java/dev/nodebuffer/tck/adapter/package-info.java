/**
 * This project's port as an implementation of the conformance kit ({@code buffer-tck}): the
 * adapter, registered here and nowhere else, so that the kit itself depends on no implementation.
 */
@NullMarked
package dev.nodebuffer.tck.adapter;

import org.jspecify.annotations.NullMarked;
