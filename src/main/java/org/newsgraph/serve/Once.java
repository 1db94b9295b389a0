package org.newsgraph.serve;

import java.util.Objects;
import java.util.function.Supplier;

/** A value made on first use, then kept: the language models take tens of seconds to load. */
final class Once<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private volatile T value;

    Once(Supplier<T> maker) {
        this.maker = Objects.requireNonNull(maker);
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = Objects.requireNonNull(maker.get());
                    value = result;
                }
            }
        }
        return result;
    }
}
