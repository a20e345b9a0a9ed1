package com.shopmate.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static com.shopmate.local.HeadlessChromium.screenshot;
import static com.shopmate.local.HeadlessChromium.waitFor;
import static com.shopmate.local.HeadlessChromium.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shopper and an agent, each in a real headless Chromium, on the whole platform: an angry Chinese shopper in the
 * web widget asks for a person; the agent signs in to the console, sees the conversation in the queue with its
 * reason and summary, claims it, reads the transcript and replies; the reply appears in the shopper's widget; the
 * agent hands the conversation back and the bot answers the shopper again. Screenshots of the console and the widget
 * go to {@code target/screenshots/}. Needs Debian's Chromium ({@link HeadlessChromium}).
 */
@ExtendWith(SharedStack.class)
class AgentConsoleBrowserIT {

    private static RunningStack stack;
    private static WebDriver shopper;
    private static WebDriver agent;

    @BeforeAll
    static void openTwoBrowsers(RunningStack shared) throws Exception {
        HeadlessChromium.requireOrSkip();
        stack = shared;
        createAgent("li.na", "李娜", "browser-test-secret");
        shopper = HeadlessChromium.open(new Dimension(420, 820));
        agent = HeadlessChromium.open(new Dimension(1280, 900));
    }

    @AfterAll
    static void closeBrowsers() {
        HeadlessChromium.quit(shopper, agent);
    }

    @Test
    void anAngryShopperIsHandedToAnAgentWhoRepliesAndHandsBackToTheBot() throws Exception {
        // The shopper, angry, in the shop's web widget (/widget/: the widget as a whole page).
        shopper.get(stack.gatewayUrl() + "/widget/");
        say(shopper, "你们怎么回事！快递一个星期了还没到，太气人了！");
        waitFor(shopper).until(d -> botLines(d).size() >= 1);
        say(shopper, "我不想跟机器人说了，马上给我转人工客服！");
        waitFor(shopper).until(d -> log(d).getText().contains("已转人工客服"));
        String conversation = (String) ((JavascriptExecutor) shopper)
                .executeScript("return ShopmateWidget.conversationId()");

        // The agent signs in and finds the conversation in the queue, with why and how the shopper feels.
        agent.get(serviceUrl("agent-console") + "/console/");
        waitFor(agent).until(ExpectedConditions.visibilityOfElementLocated(By.id("login-username")));
        agent.findElement(By.id("login-username")).sendKeys("li.na");
        agent.findElement(By.id("login-password")).sendKeys("browser-test-secret");
        agent.findElement(By.id("login-submit")).click();
        By queued = By.cssSelector(".queue-item[data-conversation-id='" + conversation + "']");
        WebElement entry = waitFor(agent).until(ExpectedConditions.visibilityOfElementLocated(queued));
        assertTrue(entry.getText().contains("requested"), entry.getText());
        assertTrue(entry.getText().contains("转人工"), "the summary quotes the shopper: " + entry.getText());
        screenshot(agent, "console-queue");

        entry.findElement(By.cssSelector("button.claim")).click();
        waitFor(agent).until(ExpectedConditions.textToBePresentInElementLocated(By.id("conversation-title"),
                "claimed"));
        List<String> transcript = agent.findElements(By.cssSelector("#transcript .line.shopper")).stream()
                .map(WebElement::getText).toList();
        assertTrue(transcript.stream().anyMatch(t -> t.contains("太气人了")), "the whole transcript: " + transcript);

        String answer = "您好，我是客服李娜，非常抱歉让您久等了，我马上为您核实包裹情况。";
        agent.findElement(By.id("reply-text")).sendKeys(answer);
        agent.findElement(By.id("reply-send")).click();
        waitFor(agent).until(d -> d.findElements(By.cssSelector("#transcript .line.agent")).stream()
                .anyMatch(line -> line.getText().contains("客服李娜")));
        screenshot(agent, "console-conversation");

        // The shopper sees the agent's reply, marked as a person's, in the widget.
        waitFor(shopper).until(d -> widget(d).findElements(By.cssSelector("#log .agent")).stream()
                .anyMatch(line -> line.getText().equals(answer)));
        screenshot(shopper, "widget-agent-reply");

        // Handed back: the bot says it is back, and answers the shopper's next message itself.
        agent.findElement(By.id("handback")).click();
        waitFor(shopper).until(d -> log(d).getText().contains("智能助手继续为您服务"));
        int botBefore = botLines(shopper).size();
        say(shopper, "你好");
        waitFor(shopper).until(d -> botLines(d).size() > botBefore);
        String last = botLines(shopper).get(botLines(shopper).size() - 1).getText();
        assertTrue(last.contains("您好"), "the bot answers again: " + last);
        assertFalse(last.isBlank());
        screenshot(shopper, "widget-back-to-bot");
        assertEquals(0, agent.findElements(By.cssSelector("#mine .mine-item[data-conversation-id='" + conversation
                + "']")).size(), "no longer the agent's");
    }

    private static List<WebElement> botLines(WebDriver driver) {
        return widget(driver).findElements(By.cssSelector("#log .bot"));
    }

    private static WebElement log(WebDriver driver) {
        return widget(driver).findElement(By.cssSelector("#log"));
    }

    private static void say(WebDriver driver, String text) {
        widget(driver).findElement(By.cssSelector("#text")).sendKeys(text);
        widget(driver).findElement(By.cssSelector("#form button[type=submit]")).click();
    }

    private static String serviceUrl(String module) {
        return stack.serviceUrl(module).orElseThrow(() -> new IllegalStateException(module + " is not running"));
    }

    /** An operator creates the agent's account, as ./shopmate agent add does: never a built-in account. */
    private static void createAgent(String username, String name, String password) throws Exception {
        String token = Files.readString(stack.dataDir().resolve(AdminTokenFile.FILE_NAME)).strip();
        String body = "{\"username\":\"" + username + "\",\"displayName\":\"" + name + "\",\"password\":\""
                + password + "\",\"roles\":[\"agent\"],\"maxOpenChats\":3}";
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(serviceUrl("agent-console") + "/admin/console/agents"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
    }
}
