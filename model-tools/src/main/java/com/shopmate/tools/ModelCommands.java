package com.shopmate.tools;

import com.shopmate.tools.eval.nlu.NluEvalCommand;
import com.shopmate.tools.eval.reco.RecoEvalCommand;
import com.shopmate.tools.eval.sentiment.SentimentEvalCommand;
import com.shopmate.tools.eval.sentiment.SentimentPackEvalCommand;
import com.shopmate.tools.rasa.RasaImportCommand;
import com.shopmate.tools.training.ModelActivation;
import com.shopmate.tools.training.nlu.IntentTrainCommand;
import com.shopmate.tools.training.sentiment.SentimentTrainCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The model commands of {@code ./shopmate}: {@code train}, {@code train sentiment}, {@code nlu-eval},
 * {@code sentiment-eval}, {@code sentiment-pack-eval}, {@code reco-eval} and {@code rasa-import}, which the CLI
 * mounts beside its own.
 * Figures go to stdout (an eval's last line is JSON), progress to stderr.
 */
@Command(name = "shopmate",
        description = "Trains and evaluates Shopmate's text and recommendation models.",
        subcommands = {IntentTrainCommand.class, NluEvalCommand.class, SentimentEvalCommand.class,
                SentimentPackEvalCommand.class, RecoEvalCommand.class, RasaImportCommand.class})
public final class ModelCommands implements Runnable {

    @Mixin
    HelpOption helpOption;

    @Spec
    CommandSpec spec;

    /** The commands on their own (no stack: {@link ModelActivation#NONE}), with {@link UsageErrors}. */
    public static CommandLine commandLine() {
        return commandLine(ModelActivation.NONE);
    }

    /** The commands, {@code train} saving to and activating through {@code activation}. */
    public static CommandLine commandLine(ModelActivation activation) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == IntentTrainCommand.class) {
                    return type.cast(new IntentTrainCommand(activation));
                }
                if (type == SentimentTrainCommand.class) {
                    return type.cast(new SentimentTrainCommand(activation));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
        return new CommandLine(new ModelCommands(), factory).setParameterExceptionHandler(new UsageErrors());
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a command: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
