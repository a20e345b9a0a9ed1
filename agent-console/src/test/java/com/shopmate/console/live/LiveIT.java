package com.shopmate.console.live;

import com.shopmate.console.ConsoleTestSupport;
import com.shopmate.console.ConsoleTestSupport.Shopper;
import com.shopmate.events.HandoffRequested;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web app's live feed: a handover shows up as a notice on the open event stream. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class LiveIT {

    @TestHTTPResource("/console/api/live")
    URI live;

    @Test
    void aHandover_isANoticeOnTheLiveStream() throws Exception {
        String session = ConsoleTestSupport.signIn(ConsoleTestSupport.newAgent("live", "agent", 3));
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(live)
                .header("Cookie", ConsoleTestSupport.COOKIE + "=" + session)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, stream.statusCode());

        try (KafkaTestClient kafka = new KafkaTestClient()) {
            Shopper shopper = new Shopper(kafka);
            CompletableFuture<String> notice = CompletableFuture.supplyAsync(() -> stream.body()
                    .filter(line -> line.contains(shopper.conversationId) && line.contains("\"queue\""))
                    .findFirst().orElse(""));
            shopper.handedOver(shopper.says("转人工"), HandoffRequested.QUEUE);

            assertTrue(notice.get(30, TimeUnit.SECONDS).startsWith("data:"));
        } finally {
            stream.body().close();
        }
    }
}
