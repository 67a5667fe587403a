@NullMarked
package dev.nodebuffer.tck;

import org.jspecify.annotations.NullMarked;
