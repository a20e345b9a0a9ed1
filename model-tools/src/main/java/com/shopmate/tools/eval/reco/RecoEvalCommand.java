package com.shopmate.tools.eval.reco;

import com.shopmate.reco.model.NextItemSettings;
import com.shopmate.tools.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./shopmate reco-eval}: trains the next-item model on users' sequences and either scores given candidates
 * into a file or validates itself on the sequences' last items. Progress goes to stderr.
 * Exit status 0 done, 1 unreadable or malformed data, 2 bad arguments.
 */
@Command(name = "reco-eval", sortOptions = false,
        description = {"Trains the next-item model on JSONL {\"user\",\"items\":[...]} sequences (each user's items "
                + "in time order; ids may be strings or numbers).",
                "With --candidates FILE --out FILE: writes {\"user\",\"scores\":{\"<item>\":score}} for each "
                        + "candidates line {\"user\",\"items\":[...]}, the user's whole sequence as the history.",
                "With --validate: holds out each sequence's last item, trains on the prefixes, ranks the held-out "
                        + "item against 100 items the user never touched and prints, as the last line, one JSON "
                        + "object: hr_at_10, ndcg_at_10, popularity_hr_at_10, popularity_ndcg_at_10, "
                        + "train_seconds, peak_rss_mb, users."})
public final class RecoEvalCommand implements Callable<Integer> {

    static final long DEFAULT_SEED = 20260101L;

    @Mixin
    HelpOption helpOption;

    @Spec
    CommandSpec spec;

    @Option(names = "--train", paramLabel = "FILE", required = true, description = "users' sequences")
    Path train;

    @Option(names = "--candidates", paramLabel = "FILE", description = "the items to score, per user")
    Path candidates;

    @Option(names = "--out", paramLabel = "FILE", description = "where the scores go")
    Path out;

    @Option(names = "--validate", description = "instead of --candidates/--out: leave-last-out validation")
    boolean validate;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + DEFAULT_SEED,
            description = "--validate's negative sampling seed (default ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    RecoSettingsOptions settingsOptions;

    @Override
    public Integer call() {
        NextItemSettings settings = checkedSettings();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<UserSequence> sequences = UserSequenceFiles.read(train);
            err.printf("read %d sequences from %s%n", sequences.size(), train);
            err.flush();
            if (validate) {
                PrintWriter stdout = spec.commandLine().getOut();
                LeaveLastOutValidation.run(sequences, settings, seed, err).print(stdout);
                stdout.flush();
            } else {
                CandidateScoring.run(sequences, UserSequenceFiles.read(candidates), settings, out, err);
            }
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            return 1;
        }
    }

    private NextItemSettings checkedSettings() {
        boolean scoring = candidates != null || out != null;
        if (validate == scoring || (scoring && (candidates == null || out == null))) {
            throw new ParameterException(spec.commandLine(),
                    "give either --validate or both --candidates FILE and --out FILE");
        }
        try {
            return settingsOptions.settings();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
