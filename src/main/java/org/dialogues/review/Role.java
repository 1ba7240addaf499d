package org.dialogues.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What an account may do in the workbench. */
public enum Role {
    /** Reads and changes facts. */
    ARCHIVIST,
    /** Reads everything, changes nothing. */
    VIEWER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean mayChange() {
        return this == ARCHIVIST;
    }

    public static Role of(String code) {
        return Arrays.stream(values())
                .filter(role -> role.code().equals(code.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new AccountException("role: must be " + Arrays.stream(values()).map(Role::code)
                        .collect(Collectors.joining(" or ")) + ", not '" + code + "'"));
    }
}
