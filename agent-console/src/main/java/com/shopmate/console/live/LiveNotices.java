package com.shopmate.console.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The notices of this replica, broadcast to every open {@code /console/api/live} stream. A notice nobody listens to
 * is dropped: the web app reads the state itself when it (re)connects.
 */
@ApplicationScoped
public class LiveNotices {

    private final BroadcastProcessor<LiveNotice> notices = BroadcastProcessor.create();

    public void publish(LiveNotice notice) {
        notices.onNext(notice);
    }

    public Multi<LiveNotice> stream() {
        return notices.onOverflow().drop();
    }
}
