package com.shopmate.cli.bench;

import com.shopmate.bench.BenchFailure;
import com.shopmate.bench.BenchPlan;
import com.shopmate.bench.corpus.ShopperCorpus;
import com.shopmate.bench.e2e.E2eShoppers;
import com.shopmate.cli.Workspace;
import com.shopmate.local.DemoCustomerTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Command(name = BenchPlan.E2E, sortOptions = false,
        description = {"message -> reply latency through the platform (gateway -> nlu -> dialogue -> gateway, with",
                "order lookups), then, in the same run and at the same rate, a raw Kafka round trip over the same",
                "three hops with no processing; prints both, their ratio, and CPU ms per message and peak memory of",
                "every component. Raw runs first, e2e after it. Texts come from the intent packs and the data sets'",
                "training texts (zh and en); half the conversations are logged-in demo customers."},
        footer = {"", "The last line printed is one JSON object with the figures. Exit 0 done, 1 failed, 2 usage."})
final class E2eBenchCommand extends BenchRunCommand {

    /** Long enough for any run; the tokens never leave this process. */
    static final Duration TOKEN_VALIDITY = Duration.ofHours(12);

    @Option(names = "--datasets", paramLabel = "DIR",
            description = "data sets whose training texts are sent too (default ../shared/datasets beside the"
                    + " checkout; where missing, the intent packs' examples alone)")
    Path datasets;

    E2eBenchCommand(Workspace workspace) {
        super(workspace, BenchPlan.E2E);
    }

    @Override
    E2eShoppers shoppers(PrintStream progress) {
        return shoppers(workspace, datasets, stackPids(), progress);
    }

    /** The corpus, the demo customers' tokens (signed with the stack's demo login key) and the stack's pids. */
    static E2eShoppers shoppers(Workspace workspace, Path datasets, Path stackPids, PrintStream progress) {
        Path dataSets = datasets != null ? datasets : workspace.repoRoot().resolveSibling("shared").resolve("datasets");
        ShopperCorpus corpus;
        try {
            corpus = ShopperCorpus.load(workspace.repoRoot(), dataSets);
        } catch (RuntimeException e) {
            throw new BenchFailure("cannot read the shopper corpus: " + e.getMessage(), e);
        }
        progress.printf("bench: e2e texts: %d different (%d from %s)%n", corpus.size(), corpus.dataSetTexts(),
                Files.isDirectory(dataSets) ? dataSets : "no data sets found");
        Map<String, String> tokens = new ConcurrentHashMap<>();
        Path dataDir = stackPids.getParent();
        return new E2eShoppers(corpus,
                customer -> tokens.computeIfAbsent(customer,
                        c -> DemoCustomerTokens.mint(dataDir, c, TOKEN_VALIDITY)),
                stackPids);
    }
}
