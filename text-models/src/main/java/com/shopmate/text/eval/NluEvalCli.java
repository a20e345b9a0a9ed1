package com.shopmate.text.eval;

import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * {@code ./shopmate nlu-eval}: how well the intent classifier does on a labelled data set. Tables go to stdout,
 * the headline figures as the last stdout line (one JSON object), progress to stderr.
 */
public final class NluEvalCli {

    private NluEvalCli() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        // ONNX Runtime and the tokenizer hold native threads: exit rather than wait for them.
        System.exit(status);
    }

    /** Runs the command; returns the exit status (0 done, 1 unreadable data, 2 bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (CliArguments.wantsHelp(args)) {
            out.print(NluEvalOptions.USAGE);
            return 0;
        }
        NluEvalOptions options;
        try {
            options = NluEvalOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("nlu-eval: " + e.getMessage());
            err.print(NluEvalOptions.USAGE);
            return 2;
        }
        NluEvalData data;
        try {
            data = NluEvalData.load(options);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("nlu-eval: " + e.getMessage() + (e.getCause() != null ? ": " + e.getCause() : ""));
            return 1;
        }
        NluEvalResult result = NluEvaluation.run(data, options);
        NluEvalReport report = new NluEvalReport(result, data, options);
        options.report().ifPresent(report::writeHtml);
        report.print(out);
        return 0;
    }
}
