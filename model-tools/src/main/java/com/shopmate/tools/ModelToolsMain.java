package com.shopmate.tools;

import com.shopmate.tools.eval.nlu.NluEvalCommand;
import com.shopmate.tools.eval.sentiment.SentimentEvalCommand;
import com.shopmate.tools.eval.sentiment.SentimentPackEvalCommand;
import com.shopmate.tools.rasa.RasaImportCommand;
import com.shopmate.tools.training.nlu.IntentTrainCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The model commands of {@code ./shopmate}: {@code train}, {@code train sentiment}, {@code nlu-eval},
 * {@code sentiment-eval}, {@code sentiment-pack-eval} and {@code rasa-import}. Figures go to stdout (an eval's last
 * line is JSON), progress to stderr.
 */
@Command(name = "shopmate", mixinStandardHelpOptions = true,
        description = "Trains and evaluates Shopmate's text models.",
        subcommands = {IntentTrainCommand.class, NluEvalCommand.class, SentimentEvalCommand.class,
                SentimentPackEvalCommand.class, RasaImportCommand.class})
public final class ModelToolsMain implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        int status = commandLine().execute(args);
        // ONNX Runtime and the tokenizer hold native threads: exit rather than wait for them.
        System.exit(status);
    }

    /** The commands with the usage-error handling of {@link UsageErrors}. */
    public static CommandLine commandLine() {
        return new CommandLine(new ModelToolsMain()).setParameterExceptionHandler(new UsageErrors());
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a command: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
