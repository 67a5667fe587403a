@NullMarked
package dev.nodebuffer.codec;

import org.jspecify.annotations.NullMarked;
