@NullMarked
package dev.nodebuffer.pool;

import org.jspecify.annotations.NullMarked;
