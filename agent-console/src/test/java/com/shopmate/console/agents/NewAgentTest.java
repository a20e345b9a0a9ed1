package com.shopmate.console.agents;

import com.shopmate.errors.ApiException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NewAgentTest {

    @Test
    void rolesAndChatLimit_defaultToAgentAndThree() {
        NewAgent agent = new NewAgent("li.na", " 李娜 ", "long enough", null, null).validated();

        assertEquals(List.of("agent"), agent.roles());
        assertEquals(3, agent.maxOpenChats());
        assertEquals("李娜", agent.displayName());
    }

    @Test
    void aPasswordShorterThanEight_isRefused() {
        ApiException refused = assertThrows(ApiException.class,
                () -> new NewAgent("li.na", "李娜", "1234567", null, null).validated());
        assertEquals(400, refused.status());
        assertEquals("invalid_password", refused.code());
    }

    @Test
    void anUnknownRole_isRefused() {
        ApiException refused = assertThrows(ApiException.class,
                () -> new NewAgent("li.na", "李娜", "long enough", List.of("admin"), null).validated());
        assertEquals("invalid_role", refused.code());
    }

    @Test
    void aUsernameWithSpacesOrCapitals_isRefused() {
        assertEquals("invalid_username", assertThrows(ApiException.class,
                () -> new NewAgent("Li Na", "李娜", "long enough", null, null).validated()).code());
    }

    @Test
    void aChatLimitOfZero_isRefused() {
        assertEquals("invalid_max_open_chats", assertThrows(ApiException.class,
                () -> new NewAgent("li.na", "李娜", "long enough", null, 0).validated()).code());
    }

    @Test
    void thePassword_neverShowsInTheRecordsText() {
        assertFalse(new NewAgent("li.na", "李娜", "secret-password", null, null).toString().contains("secret"));
    }
}
