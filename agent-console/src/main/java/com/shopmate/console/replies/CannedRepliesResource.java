package com.shopmate.console.replies;

import com.shopmate.console.ConsoleConfig;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import java.util.List;

/** The canned replies in a language (the conversation's), read once at start. */
@Path("/console/api/canned-replies")
public class CannedRepliesResource {

    private final CannedReplies canned;
    private final ConsoleConfig config;

    CannedRepliesResource(ConsoleConfig config) {
        this.config = config;
        this.canned = CannedReplies.load(config.cannedReplies());
    }

    @GET
    public List<CannedReply> inLanguage(@QueryParam("language") String language) {
        return canned.in(language == null || language.isBlank() ? config.defaultLanguage() : language);
    }
}
