/**
 * The conformance kit: Node's documented {@code Buffer} behaviours as cases, recorded from Node
 * 22, run on Node and, through an {@link dev.nodebuffer.tck.Implementation}, on Java.
 */
module dev.nodebuffer.tck {
  requires dev.nodebuffer;
  requires org.mozilla.rhino;
  requires static transitive org.jspecify;

  exports dev.nodebuffer.tck;

  uses dev.nodebuffer.tck.Implementation;

  provides dev.nodebuffer.tck.Implementation with
      dev.nodebuffer.tck.NodebufferImplementation;
}
