package dev.nodebuffer.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings of every benchmark class here, in one place: throughput in operations per
 * second, 2 forks of 3 x 2 s warm-up and 3 x 2 s measured (the default mode of {@code
 * scripts/bench}, which passes its settings on the command line anyway; these are for JMH run
 * directly). JMH's generator takes a class-level annotation from the nearest class up the
 * superclass chain that has one, and an annotation on a method before any on a class, so a
 * subclass or a method can still override one (as {@link PoolStrategy}'s {@code @Fork} does).
 * {@code @State} stays on each class: it says how that class's own fields are shared.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(2)
public abstract class JmhSettings {}
