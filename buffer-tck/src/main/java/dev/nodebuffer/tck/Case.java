package dev.nodebuffer.tck;

import java.util.Set;

/**
 * One conformance case: a few lines of the JavaScript that Node's documentation examples use,
 * whose {@code console.log} output (and the error that ends it, if any) is its result.
 *
 * @param id unique and stable: {@code <file>/<name>}, the key of its recorded expectation
 * @param section the documentation section the case comes from
 * @param source the lines, run as they are on a JavaScript runtime and through an {@link
 *     Implementation} on Java
 * @param needs the JavaScript features the case uses that a Java implementation may lack (its
 *     {@code // needs:} lines); empty for most cases
 */
public record Case(String id, String section, String source, Set<Feature> needs) {
  public Case {
    needs = Set.copyOf(needs);
  }
}
