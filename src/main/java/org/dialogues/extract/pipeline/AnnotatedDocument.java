package org.dialogues.extract.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The article as it moves through the pipeline: immutable; each stage returns a copy with one
 * more layer. Layers are never replaced, so offsets computed by an early stage stay valid.
 */
public final class AnnotatedDocument {

    private final Map<Layer<?>, Object> layers;

    private AnnotatedDocument(Map<Layer<?>, Object> layers) {
        this.layers = layers;
    }

    /** A document holding only its starting layers, e.g. the raw text and the publication date. */
    public static AnnotatedDocument empty() {
        return new AnnotatedDocument(Map.of());
    }

    /** A copy with the layer added; a layer can be added once only. */
    public <T> AnnotatedDocument with(Layer<T> layer, T value) {
        if (value == null) {
            throw new IllegalArgumentException("layer " + layer + " must not be null (use Optional)");
        }
        if (layers.containsKey(layer)) {
            throw new IllegalStateException("layer " + layer + " is already present; layers are added once");
        }
        Map<Layer<?>, Object> copy = new LinkedHashMap<>(layers);
        copy.put(layer, layer.cast(value));
        return new AnnotatedDocument(java.util.Collections.unmodifiableMap(copy));
    }

    /** The layer's value; fails naming the layer when it is absent (a pipeline checks this when built). */
    public <T> T get(Layer<T> layer) {
        Object value = layers.get(layer);
        if (value == null) {
            throw new MissingLayerException(layer.name(), "the document");
        }
        return layer.cast(value);
    }

    public <T> Optional<T> find(Layer<T> layer) {
        return Optional.ofNullable(layers.get(layer)).map(layer::cast);
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public Set<Layer<?>> layers() {
        return layers.keySet();
    }
}
