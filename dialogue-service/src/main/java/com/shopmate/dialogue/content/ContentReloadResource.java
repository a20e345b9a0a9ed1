package com.shopmate.dialogue.content;

import com.shopmate.dialogue.faq.FaqAnswers;
import com.shopmate.errors.ApiException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * {@code POST /admin/dialogue/reload}: the operator's flows, policy, wording and FAQ read again without a restart.
 * A file that does not read or check answers 400 with the reason, and the bot keeps what it had. The kit's admin
 * filter wants the admin token. Each replica reloads its own files: call every replica.
 */
@Path("/admin/dialogue")
public class ContentReloadResource {

    private static final Logger LOG = Logger.getLogger(ContentReloadResource.class);

    private final DialogueContent content;
    private final FaqAnswers faq;

    ContentReloadResource(DialogueContent content, FaqAnswers faq) {
        this.content = content;
        this.faq = faq;
    }

    @POST
    @Path("/reload")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> reload() {
        try {
            DialogueContent.Loaded loaded = content.reload();
            int faqEntries = faq.reload().entries().size();
            LOG.infof("content reloaded: %d flows, %d FAQ entries", loaded.flows().book().size(), faqEntries);
            return Map.of("flows", loaded.flows().book().size(), "faqEntries", faqEntries);
        } catch (RuntimeException refused) {
            throw ApiException.badRequest("content_refused", refused.getMessage());
        }
    }
}
