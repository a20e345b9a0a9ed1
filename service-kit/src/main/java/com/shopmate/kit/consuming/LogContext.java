package com.shopmate.kit.consuming;

import com.shopmate.events.EventEnvelope;
import com.shopmate.kit.privacy.PersonalData;
import org.jboss.logging.MDC;

/**
 * The event being handled, in the log context (MDC) of every line its handling logs. In Quarkus the MDC lives in the
 * Vert.x duplicated context SmallRye Reactive Messaging gives each record, so it follows the handling into Redis and
 * Kafka callbacks, timers and worker threads, and one record's values never show on another's lines.
 */
public final class LogContext {

    public static final String CONVERSATION_ID = "conversationId";
    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";

    private LogContext() {
    }

    static void enter(EventEnvelope<?> event) {
        // An SMS conversation's id holds the sender's number: logs show it masked.
        MDC.put(CONVERSATION_ID, PersonalData.conversationForLogs(event.conversationId()));
        MDC.put(EVENT_ID, event.eventId());
        MDC.put(EVENT_TYPE, event.type());
    }

    // Outside Vert.x (a plain unit test) the MDC is a thread local: leave nothing behind for the thread's next work.
    static void leave() {
        MDC.remove(CONVERSATION_ID);
        MDC.remove(EVENT_ID);
        MDC.remove(EVENT_TYPE);
    }
}
