@NullMarked
package dev.nodebuffer;

import org.jspecify.annotations.NullMarked;
