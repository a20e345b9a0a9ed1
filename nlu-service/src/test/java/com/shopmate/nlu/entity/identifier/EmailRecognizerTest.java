package com.shopmate.nlu.entity.identifier;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.shopmate.nlu.entity.Recognized.by;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EmailRecognizerTest {

    private final EmailRecognizer emails = new EmailRecognizer();

    @Test
    void findsAddressesAndLowerCasesOnlyTheDomain() {
        assertEquals(List.of("Li.Wei@example.cn=Li.Wei@Example.CN"), by(emails, "我的邮箱是Li.Wei@Example.CN，谢谢"));
    }

    @Test
    void findsAFullWidthAddress() {
        assertEquals(List.of("amy@example.com=ａｍｙ＠ｅｘａｍｐｌｅ．ｃｏｍ"), by(emails, "ａｍｙ＠ｅｘａｍｐｌｅ．ｃｏｍ"));
    }

    @Test
    void anAtSignWithoutADomainIsNoAddress() {
        assertEquals(List.of(), by(emails, "@客服 在吗 me@home"));
    }
}
