package org.dialogues.review;

import org.dialogues.DialoguesException;

/** An account operation refused: a bad name, an unknown account, a too-short password. */
public final class AccountException extends DialoguesException {

    public AccountException(String message) {
        super(Category.INVALID_INPUT, message);
    }
}
