package com.shopmate.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code ./shopmate}: the top of the command tree; alone, it prints the usage. */
@Command(name = "shopmate",
        description = "The Shopmate developer command: run the local stack, chat with it, test its conversations, "
                + "measure it, train and evaluate its models.",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%n",
        footer = {
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
