package org.dialogues.cli;

import org.dialogues.DialoguesException;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a new password comes from: typed twice at the terminal without echo, or one line of
 * standard input with {@code --password-stdin} (for scripts). Never from an argument, which other
 * users of the machine could read from the process list.
 */
final class PasswordInput {

    @Option(names = "--password-stdin", description = "Read the password from the first line of standard input instead of asking for it.")
    boolean fromStandardInput;

    char[] read(Environment environment, String name) {
        if (fromStandardInput) {
            return firstLine(environment);
        }
        Console console = System.console();
        if (console == null) {
            throw new DialoguesException(DialoguesException.Category.INVALID_INPUT,
                    "no terminal to ask for the password of " + name + "; give it on standard input with --password-stdin");
        }
        char[] first = console.readPassword("Password for %s: ", name);
        char[] second = console.readPassword("Same password again: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new DialoguesException(DialoguesException.Category.INVALID_INPUT, "the two passwords differ; nothing was changed");
        }
        Arrays.fill(second, '\0');
        return first;
    }

    private static char[] firstLine(Environment environment) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(environment.in(), StandardCharsets.UTF_8));
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw new DialoguesException(DialoguesException.Category.INVALID_INPUT,
                        "--password-stdin: standard input holds no password");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
