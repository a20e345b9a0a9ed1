package com.shopmate.tools.eval.nlu;

import com.shopmate.tools.eval.HtmlReport;
import com.shopmate.tools.outofscope.OosCurvePoint;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The out-of-scope curve as an inline SVG line chart: figures against the threshold, the chosen one marked. */
final class OosCurvePlot {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 380;
    private static final int LEFT = 50;
    private static final int RIGHT = 190;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    private OosCurvePlot() {
    }

    /** {@code validation} is drawn dashed, {@code test} solid; either may be empty. */
    static String svg(List<OosCurvePoint> test, List<OosCurvePoint> validation, double chosenThreshold) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        for (int i = 0; i <= 10; i++) {
            double v = i / 10.0;
            s.append(line(x(0), y(v), x(1), y(v), "#eee", false));
            s.append(line(x(v), y(0), x(v), y(1), "#eee", false));
            s.append(text(x(0) - 8, y(v) + 4, String.format(Locale.ROOT, "%.1f", v), "end"));
            s.append(text(x(v), y(0) + 16, String.format(Locale.ROOT, "%.1f", v), "middle"));
        }
        s.append(text((x(0) + x(1)) / 2, HEIGHT - 6, "max in-scope probability threshold", "middle"));
        s.append(line(x(chosenThreshold), y(0), x(chosenThreshold), y(1), "#000", true));
        s.append(text(x(chosenThreshold) + 4, y(1) + 12, String.format(Locale.ROOT, "chosen %.2f", chosenThreshold),
                "start"));
        Series[] series = {
            new Series("in-scope accuracy", "#1f77b4", OosCurvePoint::inScopeAccuracy),
            new Series("OOS recall", "#d62728", OosCurvePoint::oosRecall),
            new Series("OOS precision", "#2ca02c", OosCurvePoint::oosPrecision),
        };
        int legendY = TOP + 10;
        for (Series series1 : series) {
            s.append(polyline(test, series1, false));
            s.append(polyline(validation, series1, true));
            s.append(line(WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 45, legendY, series1.colour, false));
            s.append(text(WIDTH - RIGHT + 50, legendY + 4, series1.name, "start"));
            legendY += 18;
        }
        s.append(text(WIDTH - RIGHT + 15, legendY + 8, "solid: test, dashed: validation", "start"));
        return s.append("</svg>").toString();
    }

    private record Series(String name, String colour, ToDoubleFunction<OosCurvePoint> value) {
    }

    private static String polyline(List<OosCurvePoint> curve, Series series, boolean dashed) {
        StringBuilder points = new StringBuilder();
        for (OosCurvePoint p : curve) {
            double v = series.value.applyAsDouble(p);
            if (!Double.isNaN(v)) {
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(p.threshold()), y(v)));
            }
        }
        return points.isEmpty() ? "" : String.format(Locale.ROOT,
                "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>%n", series.colour,
                dashed ? " stroke-dasharray=\"5,4\"" : "", points.toString().trim());
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n",
                x1, y1, x2, y2, colour, dashed ? " stroke-dasharray=\"3,3\"" : "");
    }

    private static String text(double x, double y, String content, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n", x, y, anchor,
                HtmlReport.escape(content));
    }

    private static double x(double v) {
        return LEFT + v * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double v) {
        return TOP + (1 - v) * (HEIGHT - TOP - BOTTOM);
    }
}
