package com.shopmate.nlu.entity.identifier;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.shopmate.nlu.entity.Recognized.by;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TrackingNumberRecognizerTest {

    private final TrackingNumberRecognizer tracking = new TrackingNumberRecognizer(CarrierTable.fromClasspath());

    @Test
    void findsCarrierPrefixedNumbersInAnyCase() {
        assertEquals(List.of("SF1700259398222=sf1700259398222"), by(tracking, "顺丰sf1700259398222到哪了"));
        assertEquals(List.of("YT3926685537286=YT3926685537286", "JDVA64332689931=JDVA64332689931"),
                by(tracking, "YT3926685537286 and JDVA64332689931"));
    }

    @Test
    void findsUpsAndInternationalPostNumbers() {
        assertEquals(List.of("1Z999AA10123456784=1Z999AA10123456784", "EA123456789CN=EA123456789CN"),
                by(tracking, "UPS 1Z999AA10123456784, EMS EA123456789CN"));
    }

    @Test
    void findsFullWidthNumbers() {
        assertEquals(List.of("SF1700259398222=ＳＦ１７００２５９３９８２２２"), by(tracking, "ＳＦ１７００２５９３９８２２２"));
    }

    @Test
    void aDigitsOnlyNumberCountsOnlyAfterALogisticsWord() {
        assertEquals(List.of("78109458285970=78109458285970"), by(tracking, "快递单号78109458285970还没到"));
        assertEquals(List.of("78109458285970=78109458285970"), by(tracking, "ZTO tracking: 78109458285970"));
        assertEquals(List.of(), by(tracking, "78109458285970"));
    }

    @Test
    void anOrderWordNearerThanTheLogisticsWordMakesDigitsNoParcel() {
        assertEquals(List.of(), by(tracking, "快递没到，订单78109458285970"));
        assertEquals(List.of("78109458285970=78109458285970"), by(tracking, "订单的快递单号78109458285970"));
    }
}
