package com.shopmate.events;

import java.util.regex.Pattern;

/**
 * The W3C Trace Context {@code traceparent} header ({@code version-traceid-parentid-flags}, 55 characters of
 * lower-case hex and dashes). A caller's header is copied into every event its request causes, so one that is not
 * well formed is dropped (the request begins a new trace) rather than carried through Kafka, Redis and logs.
 */
public final class TraceParent {

    /** The only length a version-00 header has; anything longer is refused before any parsing. */
    public static final int LENGTH = 55;

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String ZERO_TRACE_ID = "0".repeat(32);
    private static final String ZERO_PARENT_ID = "0".repeat(16);

    private TraceParent() {
    }

    /** {@code header} if it is a valid traceparent, else null. */
    public static String validOrNull(String header) {
        return isValid(header) ? header : null;
    }

    // Later versions may append fields after a dash; we only propagate what we can read, so we accept the 55.
    public static boolean isValid(String header) {
        return header != null
                && header.length() == LENGTH
                && FORMAT.matcher(header).matches()
                && !header.startsWith("ff")
                && !header.substring(3, 35).equals(ZERO_TRACE_ID)
                && !header.substring(36, 52).equals(ZERO_PARENT_ID);
    }
}
