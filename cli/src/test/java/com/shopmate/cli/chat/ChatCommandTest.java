package com.shopmate.cli.chat;

import com.shopmate.cli.CliRun;
import com.shopmate.cli.ShopmateCli;
import com.shopmate.cli.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatCommandTest {

    @TempDir
    Path repo;

    @Test
    void theChatTalksToTheGatewayOfTheStacksEnvFile_elseToLocalhost() throws IOException {
        Path dataDir = Files.createDirectories(repo.resolve("data"));
        Workspace workspace = new Workspace(repo, Map.of("SHOPMATE_DATA_DIR", dataDir.toString()));

        assertEquals("http://localhost:8080", chat(workspace).gatewayUrl());
        Files.writeString(dataDir.resolve("stack.env"), "GATEWAY_URL=http://127.0.0.1:18080\n");
        assertEquals("http://127.0.0.1:18080", chat(workspace).gatewayUrl());
        assertEquals("http://gw:1", chat(workspace, "--gateway", "http://gw:1").gatewayUrl());
    }

    @Test
    void aWaitOutsideOneToTen_isAUsageError() {
        CliRun run = CliRun.of(new Workspace(repo, Map.of()), "chat", "--wait", "0");

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("Invalid value for option '--wait': takes whole seconds from 1 to 10, got '0'"),
                run.err());
    }

    private static ChatCommand chat(Workspace workspace, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "chat";
        System.arraycopy(options, 0, args, 1, options.length);
        return (ChatCommand) ShopmateCli.create(workspace).parseArgs(args).subcommand().commandSpec().userObject();
    }
}
