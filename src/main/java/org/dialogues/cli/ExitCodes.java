package org.dialogues.cli;

import org.dialogues.DialoguesException;

/** Every exit code of the program, in one place. */
public final class ExitCodes {

    public static final int OK = 0;
    /** Part of the work failed while the rest went on (e.g. some files were rejected). */
    public static final int PARTIAL_FAILURE = 1;
    /** Bad arguments or input. */
    public static final int INVALID_INPUT = 2;
    /** The database (or another service) cannot be reached or used. */
    public static final int UNAVAILABLE = 3;
    /** The environment is in a state the program cannot work with. */
    public static final int UNEXPECTED_STATE = 4;
    /** A bug: an exception nobody expected. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }

    public static int of(DialoguesException.Category category) {
        return switch (category) {
            case INVALID_INPUT -> INVALID_INPUT;
            case UNAVAILABLE -> UNAVAILABLE;
            case UNEXPECTED_STATE -> UNEXPECTED_STATE;
            case PARTIAL_FAILURE -> PARTIAL_FAILURE;
        };
    }
}
