/**
 * JMH benchmarks for the workloads defined in {@code buffer-bench/README.md}; a workload id maps
 * to a method name in camel case ({@code alloc-unsafe-64} is {@link
 * dev.nodebuffer.bench.Workloads#allocUnsafe64()}). {@code scripts/bench} runs them next to their
 * Node.js twins and prints the ratio Java / Node.
 */
@NullMarked
package dev.nodebuffer.bench;

import org.jspecify.annotations.NullMarked;
