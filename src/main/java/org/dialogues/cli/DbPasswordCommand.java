package org.dialogues.cli;

import org.dialogues.DialoguesException;
import org.dialogues.database.Database;
import org.dialogues.database.EmbeddedServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code dialogues db password ROLE [--rotate]}: the generated password of the reader or the writer. */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = "Print the password of dialogues_reader or dialogues_writer on the embedded server (kept in "
                + "DIALOGUES_HOME/postgres.passwords), or give it a new one with --rotate.")
final class DbPasswordCommand implements Callable<Integer> {

    private static final List<String> ROLES = List.of(EmbeddedServer.READER, EmbeddedServer.WRITER);

    private final Environment environment;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ROLE", description = "dialogues_reader or dialogues_writer")
    String role;

    @Option(names = "--rotate", description = "Set a new random password (open sessions go on; new ones need it) and print it.")
    boolean rotate;

    DbPasswordCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        if (!ROLES.contains(role)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + role + "' is not a role of Dialogues; use "
                    + String.join(" or ", ROLES));
        }
        try (Database database = environment.openDatabase()) {
            EmbeddedServer server = database.embeddedServer().orElseThrow(() -> new DialoguesException(
                    DialoguesException.Category.INVALID_INPUT, "the server at " + database.jdbcUrl()
                    + " is not the embedded one: its administrator sets passwords there (ALTER ROLE " + role + " PASSWORD ...)"));
            environment.out().println(rotate ? server.rotatePassword(role) : server.password(role));
            return ExitCodes.OK;
        }
    }
}
