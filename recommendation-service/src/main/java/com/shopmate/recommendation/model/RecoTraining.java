package com.shopmate.recommendation.model;

import com.shopmate.kit.model.ModelActivations;
import com.shopmate.kit.model.ModelStatus;
import com.shopmate.reco.model.NextItemModel;
import com.shopmate.reco.model.NextItemSettings;
import com.shopmate.recommendation.history.ShopperHistories;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Trains a new version from every customer's history, saves it beside the others and activates it on every
 * replica: on a schedule ({@code shopmate.reco.retrain-every}), on demand ({@code POST /admin/reco/model/train}),
 * and as soon as a fresh service has read the history (it starts on an empty model). One training at a time.
 */
@ApplicationScoped
public class RecoTraining {

    private static final Logger LOG = Logger.getLogger(RecoTraining.class);
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("'reco-'yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final ServedRecoModel served;
    private final ShopperHistories histories;
    private final ModelActivations activations;
    private final Clock clock;
    private final ReentrantLock training = new ReentrantLock();

    RecoTraining(ServedRecoModel served, ShopperHistories histories, ModelActivations activations, Clock clock) {
        this.served = served;
        this.histories = histories;
        this.activations = activations;
        this.clock = clock;
    }

    /** A fresh service trains as soon as the history is in (checked every 2 s until it is). */
    @Scheduled(every = "2s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void firstTraining() {
        if (served.untrained() && histories.loaded()) {
            trainAndActivate();
        }
    }

    @Scheduled(every = "${shopmate.reco.retrain-every}", delayed = "${shopmate.reco.retrain-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        if (histories.loaded()) {
            trainAndActivate();
        }
    }

    /**
     * Trains on the history read so far, saves the version and activates it here and on every replica.
     *
     * @throws IllegalStateException when a training is under way already
     */
    public ModelStatus trainAndActivate() {
        if (!training.tryLock()) {
            throw new IllegalStateException("a recommendation model is being trained already");
        }
        try {
            long start = System.nanoTime();
            List<List<String>> sequences = histories.sequences();
            NextItemModel nextItems = NextItemModel.train(sequences, NextItemSettings.defaults());
            String version = VERSION.format(clock.instant());
            Path folder = served.folder().root().resolve(version);
            new RecoModel(nextItems, version).save(staged(folder));
            Files.move(staged(folder), folder);
            ModelStatus status = activations.activate(activations.model(ServedRecoModel.KIND).orElseThrow(), version);
            LOG.infof("recommendation model %s trained on %d histories (%d products) in %d ms and activated",
                    version, sequences.size(), nextItems.itemCount(), (System.nanoTime() - start) / 1_000_000);
            return status;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the recommendation model", e);
        } finally {
            training.unlock();
        }
    }

    // Written under a hidden name and moved into place whole: a replica never loads half a version.
    private static Path staged(Path folder) {
        return folder.resolveSibling("." + folder.getFileName());
    }
}
