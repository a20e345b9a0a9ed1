package com.shopmate.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What every bench report's JSON line shares: rounded figures, a missing one as null, and the machine it ran on. */
public final class ReportJson {

    private ReportJson() {
    }

    /** Cores first: on a shared machine the core count explains more of the figures than anything else. */
    public static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", java " + System.getProperty("java.version");
    }

    /** {@code value} to {@code decimals} places; NaN (nothing measured) as JSON null. */
    public static void putRounded(ObjectNode node, String name, double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(name);
        } else {
            node.put(name, BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
        }
    }
}
