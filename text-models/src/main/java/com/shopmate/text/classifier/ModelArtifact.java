package com.shopmate.text.classifier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.shopmate.text.encoder.SentenceEncoder;
import com.shopmate.text.features.CombinedFeaturizer;
import com.shopmate.text.features.NgramRange;
import com.shopmate.text.features.TfIdfConfig;
import com.shopmate.text.features.TfIdfVectorizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A trained {@link TextClassifier} on disk: a directory with {@code model.json} (format, version, hyperparameters,
 * and per language its labels, encoder id, TF-IDF settings and vocabulary) and one {@code weights-<lang>.bin} per
 * language (little-endian float32: idf, then the weight rows, then the biases). The encoders themselves are not
 * copied: they ship in jars and are named by id. Loading needs no training data.
 */
public final class ModelArtifact {

    public static final String FORMAT = "shopmate-text-classifier/1";
    public static final String METADATA_FILE = "model.json";
    private static final int MAGIC = 0x53_4D_54_57;   // "SMTW"
    private static final int HEADER_INTS = 5;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Metadata(String format, String version, String createdAt, SoftmaxConfig softmax,
                    int minExamplesPerLanguage, List<Section> languages) {
    }

    record Section(String language, String encoder, float denseWeight, String charNgrams, String wordNgrams,
                   int minDocumentFrequency, boolean sublinearTf, List<String> labels, String weightsFile,
                   int sparseDimension, int denseDimension, int trainingExamples, List<String> vocabulary,
                   Double temperature) {
    }

    private ModelArtifact() {
    }

    /**
     * Writes next to {@code directory} first and then moves it into place, so that a reader never sees half a
     * model. {@code directory} must not exist yet.
     */
    static void write(TextClassifier classifier, Path directory) {
        try {
            if (Files.exists(directory)) {
                throw new IllegalArgumentException(directory + " exists: a model artifact is written once");
            }
            Path absolute = directory.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path staging = Files.createTempDirectory(absolute.getParent(), absolute.getFileName() + ".partial-");
            List<Section> sections = new ArrayList<>();
            for (LanguageModel m : classifier.languageModels()) {
                String file = "weights-" + m.language().code() + ".bin";
                Files.write(staging.resolve(file), weights(m));
                TfIdfConfig tfIdf = m.featurizer().tfIdf().config();
                sections.add(new Section(m.language().code(), m.featurizer().encoder().id(),
                        m.featurizer().denseWeight(), tfIdf.chars().toString(), tfIdf.words().toString(),
                        tfIdf.minDocumentFrequency(), tfIdf.sublinearTf(), m.labels(), file,
                        m.softmax().sparseDimension(), m.softmax().denseDimension(), m.trainingExamples(),
                        m.featurizer().tfIdf().vocabulary(), m.temperature()));
            }
            Metadata metadata = new Metadata(FORMAT, classifier.version(), Instant.now().toString(),
                    classifier.config().softmax(), classifier.config().minExamplesPerLanguage(), sections);
            JSON.writeValue(staging.resolve(METADATA_FILE).toFile(), metadata);
            Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model to " + directory, e);
        }
    }

    private static byte[] weights(LanguageModel m) {
        float[] idf = m.featurizer().tfIdf().idf();
        float[] w = m.softmax().weights;
        float[] b = m.softmax().bias;
        ByteBuffer buffer = ByteBuffer.allocate(4 * (HEADER_INTS + idf.length + w.length + b.length))
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(MAGIC).putInt(1).putInt(m.softmax().sparseDimension()).putInt(m.softmax().denseDimension())
                .putInt(m.softmax().classes());
        buffer.asFloatBuffer().put(idf).put(w).put(b);
        return buffer.array();
    }

    /** Reads what {@link #write} wrote, and checks that the content still hashes to the version recorded. */
    static TextClassifier read(Path directory, Function<String, SentenceEncoder> encoders) {
        try {
            Metadata metadata = JSON.readValue(directory.resolve(METADATA_FILE).toFile(), Metadata.class);
            if (!FORMAT.equals(metadata.format())) {
                throw new IllegalArgumentException(directory + " holds format '" + metadata.format() + "', expected "
                        + FORMAT);
            }
            Map<Language, LanguageFeatures> features = new EnumMap<>(TextClassifierConfig.defaults().languages());
            Map<Language, LanguageModel> models = new EnumMap<>(Language.class);
            for (Section s : metadata.languages()) {
                Language language = Language.byCode(s.language());
                TfIdfConfig tfIdf = new TfIdfConfig(NgramRange.parse(s.charNgrams()), NgramRange.parse(s.wordNgrams()),
                        s.minDocumentFrequency(), s.sublinearTf());
                features.put(language, new LanguageFeatures(s.encoder(), tfIdf, s.denseWeight()));
                models.put(language, readLanguage(directory, s, language, tfIdf, encoders.apply(s.encoder())));
            }
            TextClassifierConfig config = new TextClassifierConfig(features, metadata.softmax(),
                    metadata.minExamplesPerLanguage());
            String version = ModelVersion.of(config, models.values());
            if (!version.equals(metadata.version())) {
                throw new IllegalStateException(directory + " is damaged: its content hashes to " + version
                        + ", but it claims version " + metadata.version());
            }
            return new TextClassifier(config, models, version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model from " + directory, e);
        }
    }

    private static LanguageModel readLanguage(Path directory, Section s, Language language, TfIdfConfig tfIdf,
                                              SentenceEncoder encoder) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(directory.resolve(s.weightsFile())))
                .order(ByteOrder.LITTLE_ENDIAN);
        int[] header = new int[HEADER_INTS];
        for (int i = 0; i < HEADER_INTS; i++) {
            header[i] = buffer.getInt();
        }
        int classes = s.labels().size();
        int[] expected = {MAGIC, 1, s.sparseDimension(), s.denseDimension(), classes};
        if (!Arrays.equals(header, expected) || encoder.dimension() != s.denseDimension()) {
            throw new IllegalStateException(s.weightsFile() + " does not match " + METADATA_FILE
                    + " or its encoder " + encoder.id());
        }
        float[] idf = new float[s.sparseDimension()];
        float[] weights = new float[(s.sparseDimension() + s.denseDimension()) * classes];
        float[] bias = new float[classes];
        buffer.asFloatBuffer().get(idf).get(weights).get(bias);
        TfIdfVectorizer vectorizer = TfIdfVectorizer.of(tfIdf, s.vocabulary(), idf);
        CombinedFeaturizer featurizer = new CombinedFeaturizer(vectorizer, encoder, s.denseWeight());
        SoftmaxRegression softmax = new SoftmaxRegression(s.sparseDimension(), s.denseDimension(), classes, weights,
                bias);
        // Artifacts written before calibration existed have no temperature: they ran uncalibrated, at 1.
        double temperature = s.temperature() == null ? 1.0 : s.temperature();
        return new LanguageModel(language, s.labels(), featurizer, softmax, s.trainingExamples(), temperature);
    }
}
