package org.dialogues.review;

import org.dialogues.DialoguesException;
import org.dialogues.DialoguesException.Category;

/**
 * Where the workbench listens. The default address is the loopback one: serving a team is a
 * deliberate choice ({@code --listen}).
 *
 * @param port 0 for any free port (tests)
 */
public record ReviewSettings(String listen, int port) {

    public ReviewSettings {
        if (listen == null || listen.isBlank()) {
            throw new DialoguesException(Category.INVALID_INPUT, "--listen: give an address such as 127.0.0.1 or 0.0.0.0");
        }
        if (port < 0 || port > 65_535) {
            throw new DialoguesException(Category.INVALID_INPUT, "--port: " + port + " is not a port (0 to 65535)");
        }
    }
}
