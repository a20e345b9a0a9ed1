package com.shopmate.console.live;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Duration;

/** Server-sent events: a small JSON notice whenever the queue or a transcript changes. */
@Path("/console/api/live")
public class LiveResource {

    // Proxies close a stream that says nothing for a minute or so; a comment-like keep-alive keeps it open.
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private final LiveNotices notices;

    LiveResource(LiveNotices notices) {
        this.notices = notices;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<LiveNotice> live() {
        Multi<LiveNotice> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE)
                .map(tick -> new LiveNotice("ping", null));
        return Multi.createBy().merging().streams(notices.stream(), keepAlive);
    }
}
