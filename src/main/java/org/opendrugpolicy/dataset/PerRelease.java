package org.opendrugpolicy.dataset;

import java.util.function.Supplier;

/**
 * A value derived from the release being served (an index of a small table), computed on first use rather than before
 * readiness, and forgotten when a release is loaded ({@link DatasetLoaded}): the owner observes that event and calls
 * {@link #forget}. Computed once however many requests ask at the same time.
 *
 * @param <T> the value's type; never null
 */
public final class PerRelease<T> {
    private final Supplier<T> compute;
    private volatile T value;

    public PerRelease(Supplier<T> compute) {
        this.compute = compute;
    }

    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = compute.get();
                    value = current;
                }
            }
        }
        return current;
    }

    public void forget() {
        value = null;
    }
}
