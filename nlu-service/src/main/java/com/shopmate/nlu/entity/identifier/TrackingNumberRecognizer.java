package com.shopmate.nlu.entity.identifier;

import com.shopmate.nlu.entity.EntityKind;
import com.shopmate.nlu.entity.EntityRecognizer;
import com.shopmate.nlu.entity.EntitySpan;
import com.shopmate.nlu.entity.EntityText;
import com.shopmate.nlu.entity.WordBoundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parcel tracking numbers in the carriers' formats (SF…, YT…, JDVA…, 1Z…, and cued digits-only ones such as ZTO's);
 * the value is the number upper-cased.
 */
public final class TrackingNumberRecognizer implements EntityRecognizer {

    /** The shortest format (UPU S10) has nine digits. */
    private static final int FEWEST_DIGITS = 9;

    private final List<CompiledCarrier> carriers;
    private final int cueWindow;
    private final List<String> logisticsCues;
    private final List<String> orderCues;

    public TrackingNumberRecognizer(CarrierTable table) {
        this.carriers = table.carriers().stream()
                .map(c -> new CompiledCarrier(Pattern.compile(WordBoundary.BEFORE + "(?:" + c.pattern() + ")"
                        + WordBoundary.AFTER, Pattern.CASE_INSENSITIVE), c.needsCue()))
                .toList();
        this.cueWindow = table.cueWindow();
        this.logisticsCues = lowerCased(table.logisticsCues());
        this.orderCues = lowerCased(table.orderCues());
    }

    @Override
    public List<EntitySpan> recognize(EntityText text) {
        List<EntitySpan> found = new ArrayList<>();
        if (text.digits() < FEWEST_DIGITS) {
            return found;
        }
        for (CompiledCarrier carrier : carriers) {
            Matcher m = carrier.pattern().matcher(text.text());
            while (m.find()) {
                if (!carrier.needsCue() || logisticsCueBefore(text.lower(), m.start())) {
                    found.add(new EntitySpan(EntityKind.TRACKING_NUMBER, m.group().toUpperCase(Locale.ROOT),
                            m.start(), m.end()));
                }
            }
        }
        return found;
    }

    private boolean logisticsCueBefore(String lower, int start) {
        String window = lower.substring(Math.max(0, start - cueWindow), start);
        return lastIndexOfAny(window, logisticsCues) > lastIndexOfAny(window, orderCues);
    }

    private static int lastIndexOfAny(String window, List<String> cues) {
        int last = -1;
        for (String cue : cues) {
            last = Math.max(last, window.lastIndexOf(cue));
        }
        return last;
    }

    private static List<String> lowerCased(List<String> cues) {
        return cues.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    private record CompiledCarrier(Pattern pattern, boolean needsCue) {
    }
}
