package com.shopmate.dialogue.handoff;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When people answer: a daily window in the shop's time zone, read from the policy file ("09:00–22:00"). Outside it
 * a handoff becomes a ticket, never a queue nobody watches. The clock is injected, so tests choose the hour.
 */
public final class AgentHours {

    private static final Pattern WINDOW = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*[-–—~至到]\\s*(\\d{1,2}):(\\d{2})");

    private final LocalTime opens;
    private final LocalTime closes;
    private final boolean allDay;
    private final ZoneId zone;
    private final Clock clock;

    private AgentHours(LocalTime opens, LocalTime closes, boolean allDay, ZoneId zone, Clock clock) {
        this.opens = opens;
        this.closes = closes;
        this.allDay = allDay;
        this.zone = zone;
        this.clock = clock;
    }

    /** @param window "09:00–22:00"; "24:00" as the end means midnight */
    public static AgentHours parse(String window, ZoneId zone, Clock clock) {
        Matcher m = WINDOW.matcher(window == null ? "" : window);
        if (!m.find()) {
            throw new IllegalArgumentException("agents' hours must read like 09:00-22:00, got '" + window + "'");
        }
        int openHour = Integer.parseInt(m.group(1));
        int closeHour = Integer.parseInt(m.group(3));
        LocalTime opens = LocalTime.of(openHour, Integer.parseInt(m.group(2)));
        boolean untilMidnight = closeHour == 24;
        LocalTime closes = untilMidnight ? LocalTime.MAX : LocalTime.of(closeHour, Integer.parseInt(m.group(4)));
        return new AgentHours(opens, closes, untilMidnight && opens.equals(LocalTime.MIDNIGHT), zone, clock);
    }

    public boolean open() {
        if (allDay) {
            return true;
        }
        LocalTime now = ZonedDateTime.now(clock).withZoneSameInstant(zone).toLocalTime();
        // A window across midnight (20:00-02:00) is open after it opens or before it closes.
        return opens.isBefore(closes) ? !now.isBefore(opens) && now.isBefore(closes)
                : !now.isBefore(opens) || now.isBefore(closes);
    }

    /** "09:00", for telling the shopper when a person will be back. */
    public String opensAt() {
        return opens.toString();
    }
}
