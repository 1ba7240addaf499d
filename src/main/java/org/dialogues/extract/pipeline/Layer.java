package org.dialogues.extract.pipeline;

/**
 * A typed key for one layer of annotation (sentences, party mentions, meetings...). Identity is
 * the name; the type parameter makes {@link AnnotatedDocument#get(Layer)} type-safe.
 *
 * @param <T> the value the layer holds
 */
public final class Layer<T> {

    private final String name;
    private final Class<?> type;

    private Layer(String name, Class<?> type) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a layer needs a name");
        }
        this.name = name;
        this.type = type;
    }

    /** A layer holding a value of the given (raw) type; generic values such as lists use {@code List.class}. */
    public static <T> Layer<T> of(String name, Class<? super T> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    @SuppressWarnings("unchecked")
    T cast(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("layer " + name + " holds " + type.getSimpleName()
                    + ", not " + value.getClass().getSimpleName());
        }
        return (T) value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Layer<?> layer && layer.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
