package org.dialogues.cli;

/** The program's entry point: the only place that calls System.exit. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CommandLineFactory.create(Environment.system()).execute(args));
    }
}
