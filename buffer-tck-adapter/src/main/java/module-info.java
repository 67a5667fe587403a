/** The conformance kit's adapter for this project's port: registers it as a kit implementation. */
module dev.nodebuffer.tck.adapter {
  requires dev.nodebuffer;
  requires dev.nodebuffer.tck;
  requires static transitive org.jspecify;

  provides dev.nodebuffer.tck.Implementation with
      dev.nodebuffer.tck.adapter.NodebufferImplementation;
}
