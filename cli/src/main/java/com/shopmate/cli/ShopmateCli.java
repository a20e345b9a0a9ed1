package com.shopmate.cli;

import com.shopmate.cli.agents.AgentCommand;
import com.shopmate.cli.bench.BenchCommand;
import com.shopmate.cli.chat.ChatCommand;
import com.shopmate.cli.deadletters.DeadLettersCommand;
import com.shopmate.cli.identity.TokenCommand;
import com.shopmate.cli.wechat.WeChatCommand;
import com.shopmate.cli.scenarios.ScenariosCommand;
import com.shopmate.cli.shop.ShopCommand;
import com.shopmate.cli.sms.SmsCommand;
import com.shopmate.cli.stack.DownCommand;
import com.shopmate.cli.stack.StackModelActivation;
import com.shopmate.cli.stack.StatusCommand;
import com.shopmate.cli.stack.UpCommand;
import com.shopmate.local.RepoRoot;
import com.shopmate.local.StackException;
import com.shopmate.tools.ModelCommands;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * {@code ./shopmate}: the one command line of the project. The script in the repository root only rebuilds this
 * module when it is stale and starts {@link #main}, with {@code -Dshopmate.repo-root=<checkout>}.
 */
public final class ShopmateCli {

    /** Set by {@code ./shopmate}; without it the checkout is looked for above the working directory. */
    static final String REPO_ROOT_PROPERTY = "shopmate.repo-root";
    static final int USAGE_WIDTH = 120;

    private ShopmateCli() {
    }

    public static void main(String[] args) {
        // Kafka clients (bench) log through slf4j-simple: keep their retries and config dumps out of the output.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
        }
        // 中文 in and out, whatever the platform's default charset.
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8));
        Path repoRoot;
        try {
            String property = System.getProperty(REPO_ROOT_PROPERTY);
            repoRoot = property != null ? Path.of(property) : RepoRoot.find(Path.of(""));
        } catch (StackException e) {
            System.err.println("shopmate: " + e.getMessage());
            System.exit(OneLineErrors.FAILED);
            return;
        }
        System.exit(create(new Workspace(repoRoot, System.getenv())).execute(args));
    }

    /** The command tree, reading its environment and paths from {@code workspace}. */
    public static CommandLine create(Workspace workspace) {
        CommandLine cli = new CommandLine(new ShopmateCommand())
                .addSubcommand(new UpCommand(workspace))
                .addSubcommand(new DownCommand(workspace))
                .addSubcommand(new StatusCommand(workspace))
                .addSubcommand("dead-letters", DeadLettersCommand.create(workspace))
                .addSubcommand(new ChatCommand(workspace))
                .addSubcommand(new WeChatCommand(workspace))
                .addSubcommand(new SmsCommand(workspace))
                .addSubcommand("bench", BenchCommand.create(workspace))
                .addSubcommand(new ShopCommand(workspace))
                .addSubcommand(new AgentCommand(workspace))
                .addSubcommand(new TokenCommand(workspace))
                .addSubcommand(new ScenariosCommand(workspace));
        // train, nlu-eval, sentiment-eval, sentiment-pack-eval, reco-eval, rasa-import: model-tools' commands, as is.
        ModelCommands.commandLine(new StackModelActivation(workspace)).getSubcommands().forEach(cli::addSubcommand);
        cli.addSubcommand(new HelpCommand());
        // Set last: each applies to the commands added so far.
        cli.setDefaultValueProvider(new EnvironmentDefaults(workspace));
        cli.setExecutionExceptionHandler(new OneLineErrors());
        cli.setParameterExceptionHandler(new UsageErrors());
        cli.setUsageHelpWidth(USAGE_WIDTH);
        return cli;
    }
}
