package org.dialogues.cli;

import org.dialogues.DialoguesException;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.lang.reflect.Constructor;

/** Builds the command line for {@code main} and for tests alike. */
public final class CommandLineFactory {

    private CommandLineFactory() {
    }

    public static CommandLine create(Environment environment) {
        CommandLine commandLine = new CommandLine(DialoguesCommand.class, new EnvironmentFactory(environment));
        commandLine.setOut(environment.out());
        commandLine.setErr(environment.err());
        commandLine.setExecutionExceptionHandler(CommandLineFactory::handleExecutionException);
        commandLine.setParameterExceptionHandler(CommandLineFactory::handleParameterException);
        commandLine.registerConverter(java.time.LocalDate.class, CommandLineFactory::date);
        return commandLine;
    }

    /** A day as YYYY-MM-DD; anything else is one plain line, not a Java exception's name. */
    private static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date; write it as YYYY-MM-DD, e.g. 2024-03-15");
        }
    }

    private static int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        boolean verbose = verbose(command.getCommandSpec().root().commandLine().getParseResult());
        if (e instanceof DialoguesException problem) {
            err.println("dialogues: " + problem.getMessage());
            if (verbose) {
                problem.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.of(problem.category());
        }
        err.println("dialogues: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    private static int handleParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("dialogues: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /** --verbose may be given on any subcommand; look through the whole parse. */
    static boolean verbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** Creates commands, handing the environment to those whose constructor takes it. */
    private record EnvironmentFactory(Environment environment) implements IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == Environment.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(environment));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
