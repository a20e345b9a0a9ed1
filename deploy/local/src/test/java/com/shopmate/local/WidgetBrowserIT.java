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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

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
 * same conversation; on a phone-sized screen the chat fills the screen. Screenshots go to
 * {@code target/screenshots/widget-*.png}. Needs Debian's Chromium ({@link HeadlessChromium}).
 */
@ExtendWith(SharedStack.class)
class WidgetBrowserIT {

    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final String QUESTION = "你好，有什么推荐的蓝牙耳机吗？预算500以内";
    private static final ObjectMapper JSON = new ObjectMapper();

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
