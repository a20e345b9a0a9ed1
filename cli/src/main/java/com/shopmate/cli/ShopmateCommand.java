package com.shopmate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code ./shopmate}: the top of the command tree; alone, it prints the usage. */
@Command(name = "shopmate",
        description = "The Shopmate developer command: run the local stack, chat with it, measure it.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%n",
        footer = {
                "Model commands (interim: the ./shopmate script runs them until they join this CLI):",
                "  train [--data DIR_OR_FILE]... [--out DIR] [--no-activate]",
                "                      train the intent and entity models (default: the built-in pack) into",
                "                      .shopmate/models/nlu and activate that version: a running nlu-service serves",
                "                      it (every replica), a stopped one from its next start; deterministic",
                "  train sentiment [--data DIR | --pack-only] [--out DIR] [--no-activate]",
                "                      train the sentiment model on the built-in shopper-message pack plus, when",
                "                      present, the review data sets (../shared/datasets) into .shopmate/models/sentiment",
                "                      and activate it, as above; deterministic (--help for more). --no-activate only",
                "                      trains",
                "  nlu-eval --train FILE (--test FILE | --carve-test F) [--validation FILE] [--report FILE.html]",
                "                      train on JSONL {\"text\",\"label\"} rows and print per-intent figures, the OOS",
                "                      curve and as the last line one JSON object of the headline figures",
                "  sentiment-eval --train FILE (--test FILE | --carve-test F) [--seed N]",
                "                      train the sentiment model on JSONL {\"text\",\"label\"} rows and print per-class",
                "                      precision/recall/F1 and, last, a JSON line of the figures (--help for more)",
                "  sentiment-pack-eval [--pack DIR | --model DIR] [--test FILE]",
                "                      polarity and emotion of the pack-trained (or a saved) model on our own held-out",
                "                      shopper messages; per-class tables and, last, a JSON line of the figures",
                "",
                "Environment:",
                "  SHOPMATE_DATA_DIR         data, logs, stack.env (default <repo>/.shopmate)",
                "  SHOPMATE_STACK_JAVA_OPTS  options of the stack's own JVM, which only supervises: Kafka and the",
                "                            services run in JVMs of their own (default -Xmx128m -XX:+UseSerialGC)",
                "  SHOPMATE_UP_TIMEOUT       seconds up --detach waits for the stack to be ready before it stops it",
                "                            (default 300)",
                "  SHOPMATE_DOWN_TIMEOUT     seconds down waits for the stack to stop before it kills it (default 90)",
                "  and the SHOPMATE_* variables of ./shopmate up --help (ports, services, ...)",
                "",
                "Each command's options: ./shopmate COMMAND --help, or ./shopmate help COMMAND."})
public final class ShopmateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
