package com.shopmate.gateway.wechat;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyTextTest {

    @Test
    void aShortReplyIsOneTextWithItsMessagesJoined() {
        assertEquals(List.of("您好！\n\n请问有什么可以帮您？"), ReplyText.pieces(List.of("您好！", "请问有什么可以帮您？")));
    }

    @Test
    void chineseTextIsCutAt2048BytesNotAt2048Characters() {
        String text = "订".repeat(1000); // 3 bytes each in UTF-8: 3000 bytes
        List<String> pieces = ReplyText.pieces(List.of(text));
        assertEquals(2, pieces.size());
        assertEquals(682, pieces.get(0).length(), "682 × 3 = 2046 bytes, one more would not fit");
        assertEquals(text, String.join("", pieces), "nothing lost, nothing added");
    }

    @Test
    void noPieceIsOverTheLimitAndNoCharacterIsCutInHalf() {
        String text = ("物流单号 SF1234567890 已发出 🚚\n").repeat(200);
        for (String piece : ReplyText.pieces(List.of(text))) {
            assertTrue(ReplyText.utf8Length(piece) <= ReplyText.MAX_BYTES, piece.length() + " chars");
            assertTrue(!piece.isEmpty() && !Character.isLowSurrogate(piece.charAt(0))
                    && !Character.isHighSurrogate(piece.charAt(piece.length() - 1)));
        }
    }

    @Test
    void aLineBreakNearTheLimitIsWhereTheTextIsCut() {
        String firstLine = "a".repeat(2000);
        List<String> pieces = ReplyText.pieces(List.of(firstLine + "\n" + "b".repeat(100)));
        assertEquals(List.of(firstLine, "b".repeat(100)), pieces);
    }

    @Test
    void exactly2048BytesIsOneText() {
        assertEquals(1, ReplyText.pieces(List.of("x".repeat(2048))).size());
    }
}
