package org.dialogues.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The global --verbose flag, read by the exception handler from the parse result. */
final class VerboseOption {

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
    boolean verbose;
}
