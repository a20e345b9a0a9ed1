package com.shopmate.shop.http;

import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.ShopActionRequested;
import com.shopmate.events.shop.IssuedCoupon;
import com.shopmate.events.shop.ReturnRequest;
import com.shopmate.events.shop.ShopCustomer;
import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.events.shop.ShopShipment;
import com.shopmate.shop.backend.ShopBackend;
import com.shopmate.shop.backend.ShopBackendSelector;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A shop's own systems behind the shop API (docs/shop-api.openapi.yaml), called over HTTP with the configured auth
 * header. Every call has a timeout, is retried after a failure (a timeout, a 5xx, no connection) and goes through a
 * circuit breaker, so a shop whose server is down is answered "unavailable" at once instead of keeping a shopper
 * waiting. A 4xx is the shop's answer: not retried; a 404 of a single thing is "none".
 * <p>
 * Retrying {@code POST /actions} is safe: every attempt carries the same {@code Idempotency-Key}, the actionId, and
 * the shop applies an action at most once per actionId, answering a repeat with the first completion. So an attempt
 * that timed out after the shop applied it is answered, on retry, with what was applied, and nothing happens twice.
 * <p>
 * The guards' numbers are configuration ({@code shopmate.shop.http.*}, handed to SmallRye Fault Tolerance in
 * application.properties); the values here are only the annotations' required defaults.
 */
@ApplicationScoped
@Identifier(ShopBackendSelector.HTTP)
@Timeout(6000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = ShopApiRefusedException.class)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000,
        skipOn = ShopApiRefusedException.class)
public class HttpShopBackend implements ShopBackend {

    private static final Logger LOG = Logger.getLogger(HttpShopBackend.class);

    private final ShopApiClient api;

    HttpShopBackend(HttpShopConfig config) {
        this.api = client(config);
    }

    private static ShopApiClient client(HttpShopConfig config) {
        var baseUrl = config.baseUrl().orElseThrow(() -> new IllegalStateException(
                "shopmate.shop.backend=http needs shopmate.shop.http.base-url, where the shop serves its API"));
        QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUrl)
                .connectTimeout(config.connectTimeoutMs(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeoutMs(), TimeUnit.MILLISECONDS)
                .register(new ShopApiResponses());
        config.auth().value().ifPresentOrElse(
                value -> builder.register(new ShopApiAuth(config.auth().header(), value)),
                () -> LOG.warnf("no shopmate.shop.http.auth.value: calling the shop API at %s without %s",
                        baseUrl, config.auth().header()));
        LOG.infof("shop back end: the shop API at %s (timeout %d ms, %d retries, circuit breaker after %.0f%% of %d"
                        + " calls failed)", baseUrl, config.timeoutMs(), config.retry().maxRetries(),
                config.circuitBreaker().failureRatio() * 100, config.circuitBreaker().requestVolumeThreshold());
        return builder.build(ShopApiClient.class);
    }

    @Override
    public Uni<Optional<ShopCustomer>> customer(String customerId) {
        return optional(api.customer(customerId));
    }

    @Override
    public Uni<Optional<ShopCustomer>> customerByPhone(String phone) {
        return optional(api.customerByPhone(phone));
    }

    @Override
    public Uni<Optional<ShopOrder>> order(String orderId) {
        return optional(api.order(orderId));
    }

    @Override
    public Uni<List<ShopOrder>> ordersOf(String customerId, int limit) {
        return api.ordersOf(customerId, limit);
    }

    @Override
    public Uni<Optional<ShopShipment>> shipment(String orderId) {
        return optional(api.shipment(orderId));
    }

    @Override
    public Uni<Optional<ShopProduct>> product(String sku) {
        return optional(api.product(sku));
    }

    @Override
    public Uni<List<ShopProduct>> searchProducts(String text, int limit) {
        return api.searchProducts(text, limit);
    }

    @Override
    public Uni<List<ShopProduct>> catalog(String afterSku, int limit) {
        return api.catalog(afterSku, limit);
    }

    @Override
    public Uni<List<ShopInteraction>> interactions(Instant since, int limit) {
        return api.interactions(since == null ? null : since.toString(), limit);
    }

    @Override
    public Uni<List<ReturnRequest>> returnsOfOrder(String orderId) {
        return api.returnsOfOrder(orderId);
    }

    @Override
    public Uni<List<ReturnRequest>> returnsOf(String customerId) {
        return api.returnsOf(customerId);
    }

    @Override
    public Uni<List<IssuedCoupon>> usableCoupons(String customerId) {
        return api.usableCoupons(customerId);
    }

    @Override
    public Uni<ShopActionCompleted> apply(ShopActionRequested action, String conversationId) {
        return api.apply(action.actionId(), conversationId, action);
    }

    private static <T> Uni<Optional<T>> optional(Uni<T> found) {
        return found.map(Optional::of)
                .onFailure(e -> e instanceof ShopApiRefusedException refused && refused.notFound())
                .recoverWithItem(Optional.empty());
    }
}
