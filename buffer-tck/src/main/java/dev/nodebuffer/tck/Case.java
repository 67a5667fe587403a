package dev.nodebuffer.tck;

import org.jspecify.annotations.Nullable;

/**
 * One conformance case: a few lines of the JavaScript that Node's documentation examples use,
 * whose {@code console.log} output (and the error that ends it, if any) is its result.
 *
 * @param id unique and stable: {@code <file>/<name>}, the key of its recorded expectation
 * @param section the documentation section the case comes from
 * @param source the lines, run as they are on Node and through an {@link Implementation} on Java
 * @param javaSkip why Java cannot run this case (Java cannot express the call), or {@code null}
 */
public record Case(String id, String section, String source, @Nullable String javaSkip) {}
