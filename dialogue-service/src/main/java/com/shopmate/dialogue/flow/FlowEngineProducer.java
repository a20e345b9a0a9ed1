package com.shopmate.dialogue.flow;

import com.shopmate.dialogue.policy.ShopPolicy;
import com.shopmate.dialogue.reply.ReplyTemplates;
import com.shopmate.dialogue.reply.Wording;
import com.shopmate.dialogue.shop.ShopClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** Wires the flows from config: {@code flows.yml}, the shop's policy file and the reply wording, read at start. */
public class FlowEngineProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    FlowEngine flows(ShopClient shop, Clock clock,
                     @ConfigProperty(name = "shopmate.dialogue.flows-file") Optional<String> flowsFile,
                     @ConfigProperty(name = "shopmate.dialogue.policy-file") Optional<String> policyFile,
                     @ConfigProperty(name = "shopmate.dialogue.min-confidence") double minConfidence) {
        FlowBook book;
        try (InputStream yaml = flowsFile.filter(f -> !f.isBlank()).map(FlowEngineProducer::open)
                .orElseGet(() -> FlowEngineProducer.class.getClassLoader().getResourceAsStream("dialogue/flows.yml"))) {
            book = FlowEngine.readBook(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Wording wording = new Wording(ReplyTemplates.fromClasspath("dialogue/replies.yml"));
        return new FlowEngine(book, shop, ShopPolicy.read(policyFile.orElse(null)), wording, clock, minConfidence);
    }

    private static InputStream open(String file) {
        try {
            return Files.newInputStream(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("flows file unreadable: " + file, e);
        }
    }
}
