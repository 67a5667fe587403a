package dev.nodebuffer.pool;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A slab for tests that holds no memory: it records the size it was made with and its identity (the
 * order in which its factory made it). {@link Object#equals} is identity.
 */
final class TestSlab {

  final int id;
  final int size;

  private TestSlab(int id, int size) {
    this.id = id;
    this.size = size;
  }

  @Override
  public String toString() {
    return "slab#" + id + "(" + size + ")";
  }

  /** Makes slabs numbered 0, 1, 2, ... and keeps them. Synchronized, so any thread may use it. */
  static final class Factory implements IntFunction<TestSlab> {
    private final List<TestSlab> made = new ArrayList<>();

    @Override
    public synchronized TestSlab apply(int size) {
      TestSlab slab = new TestSlab(made.size(), size);
      made.add(slab);
      return slab;
    }

    /** Returns how many slabs were made. */
    synchronized int count() {
      return made.size();
    }
  }
}
