package com.shopmate.dialogue.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DialogueContentTest {

    @Test
    void anEditedWordingFileTakesEffectOnReload(@TempDir Path dir) throws IOException {
        Path replies = bundledCopy(dir, "dialogue/replies.yml", "replies.yml");
        DialogueContent content = new DialogueContent(Optional.empty(), Optional.empty(),
                Optional.of(replies.toString()));
        assertTrue(content.replies().require("greet", "en").variant(0).startsWith("Hello!"));

        Files.writeString(replies, Files.readString(replies).replace("Hello! I'm the shop assistant.",
                "Ahoy! I'm Captain Cart."));
        content.reload();

        assertTrue(content.replies().require("greet", "en").variant(0).startsWith("Ahoy!"),
                "the shop's new voice is heard without a restart");
    }

    @Test
    void aBrokenFlowsFileIsRefusedAndTheFlowsInForceStay(@TempDir Path dir) throws IOException {
        Path flows = bundledCopy(dir, "dialogue/flows.yml", "flows.yml");
        DialogueContent content = new DialogueContent(Optional.of(flows.toString()), Optional.empty(),
                Optional.empty());
        int before = content.flows().book().size();

        Files.writeString(flows, "flows:\n  - name: broken\n    steps:\n      - {step: teleport}\n");

        assertThrows(IllegalStateException.class, content::reload);
        assertEquals(before, content.flows().book().size());
    }

    private Path bundledCopy(Path dir, String resource, String name) throws IOException {
        Path copy = dir.resolve(name);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, copy);
        }
        return copy;
    }
}
