package org.newsgraph.nlp;

import java.lang.reflect.Field;

/**
 * Reads and replaces private fields of CoreNLP objects, for the two places where newsgraph puts a
 * faster part into a loaded CoreNLP component that offers no way to do so.
 */
final class Reflection {
    private Reflection() {
    }

    @SuppressWarnings("unchecked")
    static <T> T read(Object owner, String name) {
        try {
            return (T) field(owner, name).get(owner);
        } catch (IllegalAccessException e) {
            throw unexpected(owner, name, e);
        }
    }

    static void write(Object owner, String name, Object value) {
        try {
            field(owner, name).set(owner, value);
        } catch (IllegalAccessException e) {
            throw unexpected(owner, name, e);
        }
    }

    private static Field field(Object owner, String name) {
        try {
            Field field = owner.getClass().getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw unexpected(owner, name, e);
        }
    }

    private static IllegalStateException unexpected(Object owner, String name, Exception cause) {
        return new IllegalStateException(owner.getClass().getName() + " has no accessible field '" + name
                + "': newsgraph was written for CoreNLP 4.5.10", cause);
    }
}
