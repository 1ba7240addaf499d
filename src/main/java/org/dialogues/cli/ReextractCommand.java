package org.dialogues.cli;

import org.dialogues.database.Database;
import org.dialogues.ingest.Reextraction;
import org.dialogues.store.ImportBatches;
import org.dialogues.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code dialogues reextract}: run the current extractor again over every stored article. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = "Re-run extraction over the stored articles (after the extractor or the reference data improved); "
                + "the stored linguistic annotations are read back, so only the rules run; "
                + "rows archivists entered or corrected by hand are kept.")
final class ReextractCommand implements Callable<Integer> {

    private final Environment environment;

    ReextractCommand(Environment environment) {
        this.environment = environment;
    }

    @Option(names = "--reannotate", description = "Annotate every article's text again with CoreNLP instead of "
            + "reading the stored annotation (done anyway where the annotator version changed).")
    private boolean reannotate;

    @Option(names = "--resume", description = "Continue an interrupted re-extraction (Ctrl-C, kill, a lost server) after the last "
            + "article it did, instead of starting over; use it while the rules and reference data are those of that run. "
            + "Without it, a rerun goes through every article but writes only what changed.")
    private boolean resume;

    @Override
    public Integer call() {
        try (Database database = environment.openDatabase()) {
            Reextraction reextraction = new Reextraction(Wiring.extractor(database.dsl()), Wiring.annotatorVersion(),
                    new KnowledgeStore(database.dsl()), new ImportBatches(database.dsl()));
            Reextraction.Summary summary;
            try (ProgressListener progress = new ProgressListener(environment, "Re-extracting")) {
                summary = reextraction.run(reannotate, resume, System.getProperty("user.name"), progress);
            }
            int done = summary.reextracted();
            environment.out().printf("Re-extracted %d article%s (%d annotated anew, %d with nothing found, %d failed; %d unchanged).%n",
                    done, done == 1 ? "" : "s", summary.reannotated(), summary.nothingFound(), summary.failed(), summary.unchanged());
            return summary.failed() > 0 ? ExitCodes.PARTIAL_FAILURE : ExitCodes.OK;
        }
    }
}
