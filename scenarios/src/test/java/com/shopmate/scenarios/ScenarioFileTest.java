package com.shopmate.scenarios;

import com.shopmate.scenarios.Scenario.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioFileTest {

    private static final String APP = """
            {"id":"example-zh-app-out-for-delivery","language":"zh","channel":"app","identity":{"customerId":"C1114"},\
            "flow":"order_status","turns":[{"user":"我的快递今天能送到吗？","expect":{"all_of":["YT7988143899380"],\
            "any_of":["派送中","正在派送"],"none_of":[],"handoff":false}},{"user":"是哪家快递送的？","expect":\
            {"all_of":["圆通"],"any_of":[],"none_of":[]}}],"notes":"two turns"}""";
    private static final String WEB = """
            {"id":"web-1","language":"en","channel":"web","identity":{},"turns":[{"user":"How much?",\
            "expect":{"all_of":["119"]}}]}""";
    private static final String SMS = """
            {"id":"sms-1","language":"zh","channel":"sms","identity":{"phone":"13200489888"},"turns":[{"user":"退款",\
            "expect":{"all_of":["4399"],"any_of":[],"none_of":[],"handoff":false}}]}""";

    @Test
    void scenarioLinesBecomeScenarios() {
        List<Scenario> scenarios = ScenarioFile.parse("suite", List.of(APP, WEB, SMS));

        Scenario app = scenarios.get(0);
        assertEquals("example-zh-app-out-for-delivery", app.id());
        assertEquals(Channel.APP, app.channel());
        assertEquals("C1114", app.identity().customerId());
        assertEquals("order_status", app.flow());
        assertEquals(2, app.turns().size());
        assertEquals(List.of("派送中", "正在派送"), app.turns().get(0).expect().anyOf());
        assertEquals(false, app.turns().get(0).expect().handoff());
        assertNull(app.turns().get(1).expect().handoff(), "a turn that says nothing of handoff is not held to it");
        assertEquals("13200489888", scenarios.get(2).identity().phone());
    }

    @Test
    void scenarioWithoutAFlowCountsAsOther() {
        Scenario web = ScenarioFile.parse("suite", List.of(WEB)).get(0);

        assertEquals(Scenario.NO_FLOW, web.flow());
        assertEquals(Scenario.Identity.ANONYMOUS, web.identity());
        assertEquals(List.of(), web.turns().get(0).expect().noneOf(), "an absent list expects nothing");
    }

    @Test
    void blankLinesAreSkipped() {
        assertEquals(2, ScenarioFile.parse("suite", List.of("", APP, "   ", WEB, "")).size());
    }

    @Test
    void malformedLineIsNamedByItsNumber() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioFile.parse("suite.jsonl", List.of(APP, "", "{\"id\": \"broken\",")));

        assertTrue(e.getMessage().startsWith("suite.jsonl line 3: not JSON"), e.getMessage());
    }

    @Test
    void lineMissingAFieldSaysWhichField() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioFile.parse("suite", List.of(WEB.replace("\"language\":\"en\",", ""))));

        assertEquals("suite line 1: language is missing", e.getMessage());
    }

    @Test
    void turnWithoutExpectationIsRefusedWithItsNumber() {
        String line = APP.replace("\"expect\":{\"all_of\":[\"圆通\"],\"any_of\":[],\"none_of\":[]}", "\"x\":1");

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFile.parse("suite", List.of(line)));

        assertEquals("suite line 1, turn 2: expect must be an object", e.getMessage());
    }

    @Test
    void smsScenarioNeedsAPhoneNumber() {
        String line = SMS.replace("{\"phone\":\"13200489888\"}", "{\"customerId\":\"C1032\"}");

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioFile.parse("suite", List.of(line)));

        assertTrue(e.getMessage().contains("needs identity.phone"), e.getMessage());
    }

    @Test
    void unknownChannelIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioFile.parse("suite", List.of(WEB.replace("\"web\"", "\"wechat\""))));

        assertEquals("suite line 1: channel must be app, web or sms, got 'wechat'", e.getMessage());
    }

    @Test
    void idUsedTwiceIsRefused() {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioFile.parse("suite", List.of(WEB, WEB)));

        assertEquals("suite line 2: id 'web-1' is used twice", e.getMessage());
    }

    @Test
    void missingFileIsAOneLineError(@TempDir Path dir) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ScenarioFile.read(dir.resolve("nope.jsonl")));

        assertEquals("cannot read the scenario file " + dir.resolve("nope.jsonl") + ": no such file", e.getMessage());
    }

    @Test
    void fileIsReadAsUtf8(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("suite.jsonl"), APP + "\n" + SMS + "\n");

        assertEquals("我的快递今天能送到吗？", ScenarioFile.read(file).get(0).turns().get(0).user());
    }

    @Test
    void fileWithoutScenariosIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("empty.jsonl"), "\n\n");

        assertThrows(ScenarioException.class, () -> ScenarioFile.read(file));
    }
}
