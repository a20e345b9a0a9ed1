package com.shopmate.recommendation.marketing;

import com.shopmate.events.MarketingPreferenceChanged;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Consent and the frequency cap, kept in PostgreSQL (the service's own {@code reco} schema): an opt-out lasts until
 * the shopper opts in again, on every channel, whatever happens to caches. Only unasked suggestions are governed: a
 * shopper who asks for suggestions gets them.
 */
@ApplicationScoped
public class MarketingRules {

    private final Pool pool;
    private final MarketingConfig config;
    private final Clock clock;

    MarketingRules(Pool pool, MarketingConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Boolean> optedOut(String subject) {
        return pool.preparedQuery("select opted_out from reco.marketing_consent where subject = $1")
                .execute(Tuple.of(subject))
                .map(rows -> rows.iterator().hasNext() && rows.iterator().next().getBoolean(0));
    }

    /**
     * Whether one more unasked suggestion fits the shopper's cap, counting it when it does. The same request asked
     * again (a redelivery) fits and counts once.
     */
    public Uni<Boolean> offerWithinCap(String subject, String requestId) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        return pool.withTransaction(tx -> tx.preparedQuery(
                        "select exists (select 1 from reco.marketing_contacts where request_id = $1),"
                                + " (select count(*) from reco.marketing_contacts where subject = $2 and offered_at > $3)")
                .execute(Tuple.of(requestId, subject, now.minus(config.capWindow())))
                .chain(rows -> {
                    var row = rows.iterator().next();
                    if (row.getBoolean(0)) {
                        return Uni.createFrom().item(true);
                    }
                    if (row.getLong(1) >= config.cap()) {
                        return Uni.createFrom().item(false);
                    }
                    return tx.preparedQuery("insert into reco.marketing_contacts (request_id, subject, offered_at)"
                                    + " values ($1, $2, $3) on conflict (request_id) do nothing")
                            .execute(Tuple.of(requestId, subject, now)).replaceWith(true);
                }));
    }

    /** Keeps the shopper's choice; the same choice again changes nothing but its time and words. */
    public Uni<Void> record(MarketingPreferenceChanged change) {
        return pool.preparedQuery("insert into reco.marketing_consent (subject, opted_out, said, changed_at)"
                        + " values ($1, $2, $3, $4) on conflict (subject) do update"
                        + " set opted_out = excluded.opted_out, said = excluded.said, changed_at = excluded.changed_at")
                .execute(Tuple.of(Subject.of(change.customerId(), change.phone()), change.optedOut(), change.text(),
                        clock.instant().atOffset(ZoneOffset.UTC)))
                .replaceWithVoid();
    }
}
