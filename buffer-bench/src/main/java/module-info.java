// JMH benchmarks of the port; their Node.js twins are in buffer-bench/node/bench.js.
//
// Open, because JMH instantiates the generated benchmark classes (package
// dev.nodebuffer.bench.jmh_generated, compiled into this module) reflectively. "jmh.core" is the
// automatic module name derived from jmh-core-1.37.jar, whose manifest declares none (hence the
// parent's -requires-automatic lint exception). JMH's generated code compiles inside this named
// module as it is. The benchmarks run from the shaded target/benchmarks.jar on the class path,
// where this descriptor is left out; compiling it still checks the module graph.
// (A plain comment: Error Prone's NotJavadoc flags a Javadoc comment on a module declaration.)
open module dev.nodebuffer.bench {
  requires static org.jspecify;
  requires dev.nodebuffer;
  requires jmh.core;
}
