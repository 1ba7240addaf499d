package org.dialogues.extract.pipeline;

/** A stage needs a layer that nothing before it provides: add the stage that provides it first. */
public final class MissingLayerException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String layer;

    public MissingLayerException(String layer, String neededBy) {
        super("layer '" + layer + "' needed by " + neededBy
                + " is not provided by any earlier stage; add a stage that provides it before " + neededBy);
        this.layer = layer;
    }

    public String layer() {
        return layer;
    }
}
