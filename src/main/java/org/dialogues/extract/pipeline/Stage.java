package org.dialogues.extract.pipeline;

import java.util.Set;

/**
 * One step of extraction: reads the layers it requires, returns the document with the layers it
 * provides added. Stages are pure: no I/O, no state kept between documents.
 */
public interface Stage {

    /** Adds this stage's layers to the document. */
    AnnotatedDocument annotate(AnnotatedDocument document);

    /** The layers this stage reads; a pipeline checks they are provided earlier. */
    Set<Layer<?>> requires();

    /** The layers this stage adds. */
    Set<Layer<?>> provides();

    /** A short name for timings and error messages. */
    default String name() {
        return getClass().getSimpleName();
    }
}
