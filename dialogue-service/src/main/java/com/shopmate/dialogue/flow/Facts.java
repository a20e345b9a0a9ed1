package com.shopmate.dialogue.flow;

import com.shopmate.events.shop.LocalizedText;
import com.shopmate.events.shop.OrderItem;
import com.shopmate.events.shop.ShopOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** How facts read in a reply: money without trailing zeros, times in the shop's zone, names in the language. */
final class Facts {

    private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_DAY = DateTimeFormatter.ofPattern("M月d日", Locale.CHINA);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Facts() {
    }

    static String money(BigDecimal amount) {
        return amount == null ? "0" : amount.stripTrailingZeros().toPlainString();
    }

    static String time(FlowTurn turn, Instant at) {
        if (at == null) {
            return "-";
        }
        return ZonedDateTime.ofInstant(at, turn.policy().zone()).format(turn.english() ? EN : ZH);
    }

    static String day(FlowTurn turn, Instant at) {
        if (at == null) {
            return "-";
        }
        return ZonedDateTime.ofInstant(at, turn.policy().zone()).format(turn.english() ? EN_DAY : ZH_DAY);
    }

    static String text(FlowTurn turn, LocalizedText text) {
        return text == null ? "" : text.in(turn.language());
    }

    static String item(FlowTurn turn, OrderItem item) {
        StringBuilder line = new StringBuilder(text(turn, item.name()));
        String options = java.util.stream.Stream.of(text(turn, item.color()), item.size())
                .filter(o -> o != null && !o.isBlank()).collect(Collectors.joining(turn.english() ? ", " : "，"));
        if (!options.isEmpty()) {
            line.append(turn.english() ? " (" : "（").append(options).append(turn.english() ? ")" : "）");
        }
        if (item.qty() > 1) {
            line.append(" ×").append(item.qty());
        }
        return line.toString();
    }

    static String items(FlowTurn turn, ShopOrder order) {
        return order.items().stream().map(i -> item(turn, i)).collect(Collectors.joining(turn.english() ? "; " : "；"));
    }

    static String orderStatus(FlowTurn turn, String status) {
        return turn.sayIfDefined("status.order." + status, java.util.Map.of()).orElse(status);
    }

    static String listSeparator(FlowTurn turn) {
        return turn.english() ? ", " : "、";
    }

    /** An address as replies may show it: down to the district, with the phone masked (policies.json, privacy). */
    static String maskedAddress(FlowTurn turn, com.shopmate.events.shop.ShopAddress address) {
        if (address == null) {
            return "-";
        }
        String place = java.util.stream.Stream.of(address.province(), address.city(), address.district())
                .filter(java.util.Objects::nonNull).map(t -> text(turn, t)).distinct()
                .collect(Collectors.joining(turn.english() ? ", " : ""));
        return place + (address.phone() == null ? "" : (turn.english() ? ", phone " : "，电话 ")
                + maskedPhone(address.phone()));
    }

    /** A phone number as replies may show it: the first 3 and last 4 digits (policies.json, privacy). */
    static String maskedPhone(String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.startsWith("+86") ? phone.substring(3) : phone;
        return digits.length() < 8 ? "****" : digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }
}
