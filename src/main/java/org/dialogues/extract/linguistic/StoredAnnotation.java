package org.dialogues.extract.linguistic;

/**
 * A linguistic annotation as it is kept with an article: the annotator's serialization (compressed)
 * and the version of the annotator that made it. A different version is never read back.
 */
public record StoredAnnotation(String annotatorVersion, byte[] bytes) {

    public StoredAnnotation {
        if (annotatorVersion == null || annotatorVersion.isBlank() || bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("a stored annotation needs its annotator version and bytes");
        }
    }
}
