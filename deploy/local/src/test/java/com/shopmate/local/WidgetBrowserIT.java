package com.shopmate.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import com.sun.net.httpserver.HttpServer;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static com.shopmate.local.HeadlessChromium.screenshot;
import static com.shopmate.local.HeadlessChromium.waitFor;
import static com.shopmate.local.HeadlessChromium.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embeddable chat widget in a real headless Chromium, on the whole platform: a shop page that holds nothing but
 * the widget's script tag ({@code /widget/demo-shop.html}); a Chinese shopper opens it from the launcher (mouse and
 * keyboard), asks for earphones, sees product cards and quick replies, follows one, reloads the page and finds the
 * same conversation; on a phone-sized screen the chat fills the screen. An anonymous shopper verifies for an order
 * with the code the SMS sandbox got; a logged-in customer, on a shop page of another origin than the gateway's, is
 * answered about their order without. Screenshots go to {@code target/screenshots/widget-*.png}. Needs Debian's
 * Chromium ({@link HeadlessChromium}).
 */
@ExtendWith(SharedStack.class)
class WidgetBrowserIT {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String QUESTION = "你好，有什么推荐的蓝牙耳机吗？预算500以内";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SMS_CODE = Pattern.compile("验证码 (\\d{6})");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    // C1001 of the demo shop: their registered phone and one of their orders; an order of C1002 (order-connector's
    // demo-shop/*.jsonl).
    private static final String CUSTOMER_PHONE = "13233209954";
    private static final String ORDER = "SO2026101128429";
    private static final String OTHER_CUSTOMER = "C1002";
    private static final String OTHER_ORDER = "SO2026102207873";

    private static RunningStack stack;
    private WebDriver browser;

    @BeforeAll
    static void useThePlatform(RunningStack shared) throws Exception {
        HeadlessChromium.requireOrSkip();
        stack = shared;
        awaitProductSuggestions();
    }

    @AfterEach
    void closeBrowser() {
        HeadlessChromium.quit(browser);
    }

    @Test
    void shopperAsksForProductsFollowsAQuickReplyAndFindsTheConversationAfterAReload() throws Exception {
        browser = HeadlessChromium.open(DESKTOP);
        browser.get(stack.gatewayUrl() + "/widget/demo-shop.html");
        SearchContext widget = widget(browser);
        WebElement launcher = widget.findElement(By.cssSelector("#launcher"));
        WebElement panel = widget.findElement(By.cssSelector("#panel"));
        assertEquals("dialog", panel.getAttribute("role"));
        assertFalse(panel.getAttribute("aria-label").isBlank(), "the dialog is named");
        screenshot(browser, "widget-desktop-closed");

        // The keyboard: Enter on the launcher opens the chat with the cursor in the message box, Escape closes it and
        // gives the focus back to the launcher.
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", launcher);
        launcher.sendKeys(Keys.ENTER);
        waitFor(browser).until(d -> panel.isDisplayed() && "text".equals(focusedId(d)));
        assertEquals("true", launcher.getAttribute("aria-expanded"));
        widget.findElement(By.cssSelector("#text")).sendKeys(Keys.ESCAPE);
        waitFor(browser).until(d -> !panel.isDisplayed() && "launcher".equals(focusedId(d)));

        // The mouse, and Enter sends.
        launcher.click();
        waitFor(browser).until(d -> panel.isDisplayed());
        widget.findElement(By.cssSelector("#text")).sendKeys(QUESTION, Keys.ENTER);
        waitFor(browser).until(d -> !cards(d).isEmpty() && !quickReplies(d).isEmpty());
        assertTrue(texts(widget, "#log .bubble.shopper").contains(QUESTION));
        WebElement product = cards(browser).get(0);
        assertTrue(product.getText().contains("耳机"), "a product card names the product: " + product.getText());
        assertTrue(product.getText().contains("¥"), "and its price in the shop's currency: " + product.getText());
        assertTrue(product.findElements(By.cssSelector(".card__media img, .card__media svg")).size() == 1,
                "with its picture or its category's");
        screenshot(browser, "widget-desktop");

        // A quick reply is sent as the shopper's message, and answered.
        int botBefore = botLines(browser).size();
        WebElement quickReply = quickReplies(browser).get(0);
        String chosen = quickReply.getText();
        quickReply.click();
        waitFor(browser).until(d -> texts(widget(d), "#log .bubble.shopper").contains(chosen)
                && botLines(d).size() > botBefore && widget(d).findElement(By.cssSelector("#typing"))
                .getAttribute("hidden") != null);
        screenshot(browser, "widget-desktop-quick-reply");
        List<String> conversation = transcript(browser);

        // A reload shows the same conversation, from the gateway's history.
        browser.navigate().refresh();
        waitFor(browser).until(d -> transcript(d).equals(conversation));
        widget(browser).findElement(By.cssSelector("#launcher")).click();
        waitFor(browser).until(d -> widget(d).findElement(By.cssSelector("#panel")).isDisplayed());
        screenshot(browser, "widget-desktop-restored");
    }

    @Test
    void onAPhoneTheChatFillsTheScreen() throws Exception {
        browser = HeadlessChromium.open(PHONE);
        browser.get(stack.gatewayUrl() + "/widget/demo-shop.html");
        screenshot(browser, "widget-phone-closed");
        widget(browser).findElement(By.cssSelector("#launcher")).click();
        WebElement panel = widget(browser).findElement(By.cssSelector("#panel"));
        waitFor(browser).until(d -> panel.isDisplayed());

        widget(browser).findElement(By.cssSelector("#text")).sendKeys(QUESTION, Keys.ENTER);
        waitFor(browser).until(d -> !cards(d).isEmpty());
        screenshot(browser, "widget-phone");
        // After the opening transition: the panel's box is the viewport's.
        waitFor(browser).until(d -> viewport(d).equals(panel.getRect()));
        assertFalse(widget(browser).findElement(By.cssSelector("#launcher")).isDisplayed(),
                "the chat closes from its own header, not from a launcher over it");
    }

    @Test
    void anAnonymousShopperVerifiesForAnOrderWithTheCodeFromTheSmsAndIsAnsweredAboutIt() throws Exception {
        browser = HeadlessChromium.open(DESKTOP);
        browser.get(stack.gatewayUrl() + "/widget/demo-shop.html");
        widget(browser).findElement(By.cssSelector("#launcher")).click();
        widget(browser).findElement(By.cssSelector("#text")).sendKeys("我的订单到哪了？", Keys.ENTER);
        WebElement verify = waitFor(browser).until(d -> widget(d).findElements(By.cssSelector(
                "#log .card--verify")).stream().findFirst().orElse(null));
        assertTrue(orderCards(browser).isEmpty(), "nothing about an order before the shopper is verified");

        // The quick reply of the same name opens the form instead of sending its words.
        int shopperLines = texts(widget(browser), "#log .bubble.shopper").size();
        WebElement verifyReply = waitFor(browser).until(d -> quickReplies(d).stream()
                .filter(q -> q.getText().equals("验证订单")).findFirst().orElse(null));
        verifyReply.click();
        waitFor(browser).until(d -> "order".equals(focusedName(d)));
        assertEquals(shopperLines, texts(widget(browser), "#log .bubble.shopper").size());

        // The keyboard all the way: type, Tab, type, Enter.
        WebElement order = verify.findElement(By.cssSelector("input[name=order]"));
        order.sendKeys(ORDER, Keys.TAB);
        verify.findElement(By.cssSelector("input[name=phone]")).sendKeys(CUSTOMER_PHONE, Keys.ENTER);
        WebElement code = verify.findElement(By.cssSelector("input[name=code]"));
        waitFor(browser).until(d -> code.isDisplayed() && "code".equals(focusedName(d)));
        screenshot(browser, "widget-verify-form");

        // A wrong code is told, in the shopper's words; the right one verifies.
        code.sendKeys("000000", Keys.ENTER);
        WebElement error = verify.findElement(By.cssSelector(".verify__error"));
        waitFor(browser).until(d -> !error.getText().isBlank());
        assertTrue(error.getText().contains("验证码"), error.getText());
        code.clear();
        code.sendKeys(smsCode("+86" + CUSTOMER_PHONE, ORDER), Keys.ENTER);

        // The question that needed the verification is asked again, and answered about the order.
        waitFor(browser).until(d -> texts(widget(d), "#log .notice").stream().anyMatch(n -> n.contains(ORDER))
                && !orderCards(d).isEmpty());
        assertTrue(transcript(browser).stream().anyMatch(line -> line.contains(ORDER)), transcript(browser).toString());
        screenshot(browser, "widget-verified");
    }

    @Test
    void aLoggedInCustomerOnTheShopsOwnOriginIsAnsweredAboutTheirOrderWithoutVerifying() throws Exception {
        String token = DemoCustomerTokens.mint(stack.dataDir(), OTHER_CUSTOMER, Duration.ofHours(1));
        HttpServer shop = shopSite(token);
        try {
            browser = HeadlessChromium.open(DESKTOP);
            browser.get("http://127.0.0.1:" + shop.getAddress().getPort() + "/shop.html");
            widget(browser).findElement(By.cssSelector("#launcher")).click();
            String question = "订单" + OTHER_ORDER + "到哪了？";
            widget(browser).findElement(By.cssSelector("#text")).sendKeys(question, Keys.ENTER);
            waitFor(browser).until(d -> !orderCards(d).isEmpty());
            assertTrue(widget(browser).findElements(By.cssSelector("#log .card--verify")).isEmpty());
            String customersConversation = conversationId(browser);
            List<String> conversation = transcript(browser);
            screenshot(browser, "widget-logged-in-other-origin");

            // The customer's conversation is theirs across reloads (the page gives the token again).
            browser.navigate().refresh();
            waitFor(browser).until(d -> transcript(d).equals(conversation));

            // A logout starts an anonymous conversation; logging in again finds the customer's.
            ((JavascriptExecutor) browser).executeScript("ShopmateWidget.logout()");
            waitFor(browser).until(d -> !conversationId(d).equals(customersConversation) && orderCards(d).isEmpty());
            ((JavascriptExecutor) browser).executeScript("ShopmateWidget.identify(arguments[0])", token);
            waitFor(browser).until(d -> conversationId(d).equals(customersConversation)
                    && transcript(d).equals(conversation));
        } finally {
            shop.stop(0);
        }
    }

    /**
     * The shop's own site, on another origin than the gateway's (another port): the demo shop page with the widget's
     * tag pointing at the gateway and, as a shop page with a logged-in shopper would, their customer token. The test
     * stack's gateway allows such origins ({@code PlatformServices.forTests}).
     */
    private static HttpServer shopSite(String customerToken) throws Exception {
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl() + "/widget/demo-shop.html"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        String tag = "<script src=\"shopmate-widget.js\"";
        assertTrue(page.contains(tag), "the demo shop page embeds the widget");
        byte[] shopPage = page.replace(tag, "<script src=\"" + stack.gatewayUrl() + "/widget/shopmate-widget.js\""
                + " data-customer-token=\"" + customerToken + "\"").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/shop.html", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, shopPage.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(shopPage);
            }
        });
        server.start();
        return server;
    }

    /** The one-time code for {@code orderId} in the latest SMS the sandbox provider "sent" to {@code phone}. */
    private static String smsCode(String phone, String orderId) throws Exception {
        URI outbox = URI.create(stack.gatewayUrl() + "/v1/sms/sandbox/outbox?to="
                + URLEncoder.encode(phone, StandardCharsets.UTF_8));
        for (long until = System.nanoTime() + Duration.ofSeconds(20).toNanos(); System.nanoTime() < until; ) {
            JsonNode messages = JSON.readTree(HTTP.send(HttpRequest.newBuilder(outbox).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body()).path("messages");
            Optional<Matcher> code = StreamSupport.stream(messages.spliterator(), false)
                    .filter(message -> message.path("body").asText().contains(orderId))
                    .max(Comparator.comparing(message -> message.path("dateCreated").asText()))
                    .map(message -> SMS_CODE.matcher(message.path("body").asText()))
                    .filter(Matcher::find);
            if (code.isPresent()) {
                return code.get().group(1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no code for " + orderId + " by SMS to " + phone);
    }

    private static List<WebElement> orderCards(WebDriver driver) {
        return widget(driver).findElements(By.cssSelector("#log .card--order, #log .card--shipment"));
    }

    private static String conversationId(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript("return ShopmateWidget.conversationId()");
    }

    private static String focusedName(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const focused = document.getElementById('shopmate-widget').shadowRoot.activeElement;"
                        + " return focused && focused.name;");
    }

    private static List<WebElement> cards(WebDriver driver) {
        return widget(driver).findElements(By.cssSelector("#log .card--product"));
    }

    private static List<WebElement> quickReplies(WebDriver driver) {
        return widget(driver).findElements(By.cssSelector("#quick .quick-reply"));
    }

    private static List<WebElement> botLines(WebDriver driver) {
        return widget(driver).findElements(By.cssSelector("#log .bubble.bot"));
    }

    /** Every line of the log, with each card as its id: what the shopper sees of the conversation. */
    private static List<String> transcript(WebDriver driver) {
        return widget(driver).findElements(By.cssSelector("#log .bubble, #log .card, #log .notice")).stream()
                .map(line -> line.getAttribute("data-card-id") != null
                        ? "card " + line.getAttribute("data-card-id") : line.getAttribute("textContent"))
                .toList();
    }

    private static List<String> texts(SearchContext context, String selector) {
        return context.findElements(By.cssSelector(selector)).stream()
                .map(element -> element.getAttribute("textContent")).toList();
    }

    private static String focusedId(WebDriver driver) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "const focused = document.getElementById('shopmate-widget').shadowRoot.activeElement;"
                        + " return focused && focused.id;");
    }

    /** The part of the window a page can use (without a scroll bar), as a fixed element's box. */
    private static Rectangle viewport(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.clientWidth, document.documentElement.clientHeight]");
        return new Rectangle(0, 0, size.get(1).intValue(), size.get(0).intValue());
    }

    /** recommendation-service reads the catalogue from order-connector once the stack is up: wait for it. */
    private static void awaitProductSuggestions() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = "{\"text\":\"" + QUESTION + "\",\"locale\":\"zh-CN\",\"channel\":\"web\"}";
        JsonNode answer = null;
        for (long until = System.nanoTime() + Duration.ofSeconds(90).toNanos(); System.nanoTime() < until; ) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.gatewayUrl()
                                    + "/v1/conversations/web-warm-up-" + UUID.randomUUID() + "/messages?wait=10"))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(15))
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            answer = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
            if (answer != null && answer.at("/replies/0/card/kind").asText().equals("product")) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("no product suggestions within 90 s: " + answer);
    }
}
