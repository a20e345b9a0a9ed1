package com.shopmate.text.sentiment;

import com.shopmate.text.eval.CliArguments;

import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * {@code ./shopmate sentiment-eval}: how well the sentiment classifier does on a labelled data set. Tables go to
 * stdout, the headline figures as the last stdout line (one JSON object), progress to stderr.
 */
public final class SentimentEvalCli {

    private SentimentEvalCli() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        // ONNX Runtime and the tokenizer hold native threads: exit rather than wait for them.
        System.exit(status);
    }

    /** Runs the command; returns the exit status (0 done, 1 unreadable data, 2 bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (CliArguments.wantsHelp(args)) {
            out.print(SentimentEvalOptions.USAGE);
            return 0;
        }
        SentimentEvalOptions options;
        try {
            options = SentimentEvalOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("sentiment-eval: " + e.getMessage());
            err.print(SentimentEvalOptions.USAGE);
            return 2;
        }
        SentimentEvalData data;
        try {
            data = SentimentEvalData.load(options);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("sentiment-eval: " + e.getMessage() + (e.getCause() != null ? ": " + e.getCause() : ""));
            return 1;
        }
        SentimentEvalResult result = SentimentEvaluation.run(data, options);
        new SentimentEvalReport(result, data, options).print(out);
        return 0;
    }
}
