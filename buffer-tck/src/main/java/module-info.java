/**
 * The conformance kit: Node's documented {@code Buffer} behaviours as cases, recorded from Node
 * 22, run on JavaScript runtimes and, through an {@link dev.nodebuffer.tck.Implementation}, on any
 * Java implementation. It depends on no implementation: each registers its own adapter.
 */
module dev.nodebuffer.tck {
  requires org.mozilla.rhino;
  requires static transitive org.jspecify;

  exports dev.nodebuffer.tck;

  uses dev.nodebuffer.tck.Implementation;
}
