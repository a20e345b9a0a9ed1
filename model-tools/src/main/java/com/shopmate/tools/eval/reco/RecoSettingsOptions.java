package com.shopmate.tools.eval.reco;

import com.shopmate.reco.model.NextItemSettings;
import picocli.CommandLine.Option;

/**
 * The next-item model's settings as options, for tuning on {@code --validate}; each defaults to
 * {@link NextItemSettings#defaults()}, the tuned values.
 */
public final class RecoSettingsOptions {

    private static final NextItemSettings DEFAULTS = NextItemSettings.defaults();

    @Option(names = "--window", paramLabel = "N",
            description = "link an item to the next N items of its sequence (default ${DEFAULT-VALUE})")
    int window = DEFAULTS.window();

    @Option(names = "--distance-decay", paramLabel = "D",
            description = "a link's weight per step apart beyond the next item (default ${DEFAULT-VALUE})")
    double distanceDecay = DEFAULTS.distanceDecay();

    @Option(names = "--backward-weight", paramLabel = "W",
            description = "weight of the reverse links (default ${DEFAULT-VALUE})")
    double backwardWeight = DEFAULTS.backwardWeight();

    @Option(names = "--history-length", paramLabel = "N",
            description = "score from the shopper's last N items (default ${DEFAULT-VALUE})")
    int historyLength = DEFAULTS.historyLength();

    @Option(names = "--history-decay", paramLabel = "D",
            description = "a history item's weight per step back from the latest (default ${DEFAULT-VALUE})")
    double historyDecay = DEFAULTS.historyDecay();

    @Option(names = "--two-hop-weight", paramLabel = "W",
            description = "weight of items reached through one other item (default ${DEFAULT-VALUE})")
    double twoHopWeight = DEFAULTS.twoHopWeight();

    @Option(names = "--popularity-weight", paramLabel = "W",
            description = "weight of the popularity prior (default ${DEFAULT-VALUE})")
    double popularityWeight = DEFAULTS.popularityWeight();

    @Option(names = "--popularity-recency-decay", paramLabel = "D",
            description = "an occurrence's weight in the popularity count per step from the end of its sequence "
                    + "(default ${DEFAULT-VALUE})")
    double popularityRecencyDecay = DEFAULTS.popularityRecencyDecay();

    /** @throws IllegalArgumentException naming a setting out of range */
    NextItemSettings settings() {
        return new NextItemSettings(window, distanceDecay, backwardWeight, historyLength, historyDecay, twoHopWeight,
                popularityWeight, popularityRecencyDecay);
    }
}
