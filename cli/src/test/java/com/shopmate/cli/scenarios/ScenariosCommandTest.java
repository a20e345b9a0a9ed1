package com.shopmate.cli.scenarios;

import com.shopmate.cli.CliRun;
import com.shopmate.cli.Workspace;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenariosCommandTest {

    private static final String WEB_SCENARIO = "{\"id\":\"en-web-price\",\"language\":\"en\",\"channel\":\"web\","
            + "\"identity\":{},\"turns\":[{\"user\":\"How much is it?\",\"expect\":{\"all_of\":[\"119\"]}},"
            + "{\"user\":\"Colours?\",\"expect\":{\"all_of\":[\"Mint Green\"]}}]}";

    @TempDir
    Path repo;

    @Test
    void lastLineOfTheOutputIsTheReport_afterEachFailedTurn() throws IOException {
        Path suite = Files.writeString(repo.resolve("suite.jsonl"), WEB_SCENARIO + "\n");
        HttpServer gateway = gatewayAnswering("It is ¥119, in stock.");
        try {
            CliRun run = run("scenarios", suite.toString(), "--reset", "none", "--gateway", url(gateway));

            assertEquals(0, run.exitCode(), run.err());
            List<String> lines = run.out().lines().toList();
            assertEquals("FAIL en-web-price turn 2/2 (en, web, other)", lines.get(0));
            assertTrue(lines.contains("  - missing \"Mint Green\""), run.out());
            assertEquals("{\"turns\":2,\"passed\":1,\"pass_rate\":0.50,\"scenarios\":1,\"scenarios_passed\":0,"
                    + "\"by_language\":{\"en\":{\"turns\":2,\"passed\":1}},\"by_channel\":{\"web\":{\"turns\":2,"
                    + "\"passed\":1}},\"by_flow\":{\"other\":{\"turns\":2,\"passed\":1}}}",
                    lines.get(lines.size() - 1));
        } finally {
            gateway.stop(0);
        }
    }

    @Test
    void missingFile_isOneLineAndExit1() {
        CliRun run = run("scenarios", repo.resolve("nope.jsonl").toString());

        assertEquals(1, run.exitCode());
        assertEquals("shopmate: cannot read the scenario file " + repo.resolve("nope.jsonl") + ": no such file\n",
                run.err());
    }

    @Test
    void malformedLine_isNamedByItsNumber() throws IOException {
        Path suite = Files.writeString(repo.resolve("suite.jsonl"), WEB_SCENARIO + "\n{\"id\":\n");

        CliRun run = run("scenarios", suite.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("shopmate: " + suite + " line 2: not JSON"), run.err());
    }

    @Test
    void withoutARunningStack_theShopCannotBeReset_andSaysSo() throws IOException {
        Path suite = Files.writeString(repo.resolve("suite.jsonl"), WEB_SCENARIO + "\n");

        CliRun run = run("scenarios", suite.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("shopmate: no running local stack with order-connector"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void gatewayThatIsNotThere_isOneLineAndExit1() throws IOException {
        Path suite = Files.writeString(repo.resolve("suite.jsonl"), WEB_SCENARIO + "\n");
        HttpServer gone = gatewayAnswering("");
        String url = url(gone);
        gone.stop(0);

        CliRun run = run("scenarios", suite.toString(), "--reset", "none", "--gateway", url);

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("shopmate: no Shopmate gateway reachable at " + url), run.err());
    }

    @Test
    void onlyThatMatchesNoScenario_isAnError() throws IOException {
        Path suite = Files.writeString(repo.resolve("suite.jsonl"), WEB_SCENARIO + "\n");

        CliRun run = run("scenarios", suite.toString(), "--only", "refund", "--reset", "none");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("shopmate: no scenario of suite.jsonl has an id containing 'refund'"),
                run.err());
    }

    @Test
    void unknownResetMode_isAUsageError() {
        CliRun run = run("scenarios", "suite.jsonl", "--reset", "always");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Invalid value for option '--reset': takes each, once or none, got 'always'"),
                run.err());
    }

    private CliRun run(String... args) {
        return CliRun.of(new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", repo.resolve("data").toString())), args);
    }

    /** A gateway that is ready and answers every chat message with {@code reply}. */
    private static HttpServer gatewayAnswering(String reply) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/health/ready", exchange -> respond(exchange, "{\"status\":\"UP\"}"));
        server.createContext("/v1/conversations/", exchange -> respond(exchange,
                "{\"messageId\":\"m\",\"replies\":[{\"text\":\"" + reply + "\",\"quickReplies\":[]}]}"));
        server.start();
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
