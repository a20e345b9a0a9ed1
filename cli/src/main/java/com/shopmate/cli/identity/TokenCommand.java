package com.shopmate.cli.identity;

import com.shopmate.cli.Workspace;
import com.shopmate.local.DemoCustomerTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code ./shopmate token C1001}: a customer token the local stack's gateway accepts, signed with the demo login's
 * key in the data folder, as the last line of stdout. A client sends it as {@code Authorization: Bearer}.
 */
@Command(name = "token", description = "print a customer token the local stack accepts (signed with its demo login"
        + " key), as the last line; send it as Authorization: Bearer <token>",
        footer = "Example: curl -H \"Authorization: Bearer $(./shopmate token C1001 | tail -n 1)\" ...")
public final class TokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "this text")
    boolean help;

    @Parameters(paramLabel = "CUSTOMER_ID", description = "the shop's customer id, e.g. C1001 (the token's sub)")
    String customerId;

    @Option(names = "--valid-for", paramLabel = "DURATION", defaultValue = "PT12H",
            description = "how long the token is valid, ISO-8601 (default ${DEFAULT-VALUE})")
    Duration validFor;

    private final Workspace workspace;

    public TokenCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        if (customerId.isBlank() || validFor.isNegative() || validFor.isZero()) {
            throw new ParameterException(spec.commandLine(), "give a customer id and a positive --valid-for");
        }
        spec.commandLine().getErr().println("customer token for " + customerId + ", valid for " + validFor
                + " (issuer " + DemoCustomerTokens.ISSUER + "):");
        spec.commandLine().getOut().println(DemoCustomerTokens.mint(workspace.dataDir(), customerId, validFor));
        return 0;
    }
}
