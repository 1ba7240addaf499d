package org.dialogues;

/**
 * A failure the user can act on. The message is one line that says what went wrong and what to do
 * next; the command line prints it as is and maps the {@link Category} to an exit code.
 */
public class DialoguesException extends RuntimeException {

    /** Broad classes of failure, each with its own exit code. */
    public enum Category {
        /** Bad input: an argument, a file, a quarter that does not parse. */
        INVALID_INPUT,
        /** The database or another service cannot be reached or used. */
        UNAVAILABLE,
        /** The environment is in a state the program cannot work with (schema newer, folder not writable). */
        UNEXPECTED_STATE,
        /** Some of the work failed while the rest went on (e.g. some files were rejected). */
        PARTIAL_FAILURE
    }

    private final Category category;

    public DialoguesException(Category category, String message) {
        super(message);
        this.category = category;
    }

    public DialoguesException(Category category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
