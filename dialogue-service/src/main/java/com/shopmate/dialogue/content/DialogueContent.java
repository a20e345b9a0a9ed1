package com.shopmate.dialogue.content;

import com.shopmate.dialogue.flow.FlowBook;
import com.shopmate.dialogue.flow.FlowContent;
import com.shopmate.dialogue.flow.FlowEngine;
import com.shopmate.dialogue.policy.ShopPolicy;
import com.shopmate.dialogue.reply.ReplyTemplates;
import com.shopmate.dialogue.reply.Wording;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The operator's files (flows, the shop's policy, the bot's wording and voice), read at start and again on
 * {@link #reload()}: all three are read and checked before any replaces what is in force, so a broken edit leaves the
 * bot as it was. Empty settings mean the bundled demo shop's files.
 */
@ApplicationScoped
public class DialogueContent {

    private final Optional<String> flowsFile;
    private final Optional<String> policyFile;
    private final Optional<String> repliesFile;
    private volatile Loaded current;

    /** Everything in force, read together. */
    public record Loaded(FlowContent flows, ReplyTemplates replies) {
    }

    DialogueContent(@ConfigProperty(name = "shopmate.dialogue.flows-file") Optional<String> flowsFile,
                    @ConfigProperty(name = "shopmate.dialogue.policy-file") Optional<String> policyFile,
                    @ConfigProperty(name = "shopmate.dialogue.replies-file") Optional<String> repliesFile) {
        this.flowsFile = flowsFile.filter(f -> !f.isBlank());
        this.policyFile = policyFile.filter(f -> !f.isBlank());
        this.repliesFile = repliesFile.filter(f -> !f.isBlank());
        this.current = read();
    }

    public FlowContent flows() {
        return current.flows();
    }

    public ReplyTemplates replies() {
        return current.replies();
    }

    /** Reads the files again; a file that does not read or check fails here and changes nothing. */
    public synchronized Loaded reload() {
        Loaded next = read();
        current = next;
        return next;
    }

    private Loaded read() {
        FlowBook book;
        try (InputStream yaml = flowsFile.map(DialogueContent::open)
                .orElseGet(() -> DialogueContent.class.getClassLoader().getResourceAsStream("dialogue/flows.yml"))) {
            book = FlowEngine.readBook(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ReplyTemplates replies = repliesFile.map(f -> ReplyTemplates.fromFile(Path.of(f)))
                .orElseGet(() -> ReplyTemplates.fromClasspath("dialogue/replies.yml"));
        return new Loaded(new FlowContent(book, ShopPolicy.read(policyFile.orElse(null)), new Wording(replies)),
                replies);
    }

    private static InputStream open(String file) {
        try {
            return Files.newInputStream(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable: " + file, e);
        }
    }
}
