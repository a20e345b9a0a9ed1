package com.shopmate.tools.rasa;

import com.shopmate.text.trainingdata.Languages;
import com.shopmate.text.trainingdata.RasaImport;
import com.shopmate.text.trainingdata.RasaNluImporter;
import com.shopmate.text.trainingdata.TrainingData;
import com.shopmate.text.trainingdata.TrainingDataException;
import com.shopmate.text.trainingdata.TrainingDataWriter;
import com.shopmate.tools.HelpOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code rasa-import data/nlu.yml shop.yml}: converts Rasa NLU data to Shopmate's training-data format. Prints
 * what it kept unused or left out, and exits 1 with every problem when the Rasa data cannot be read.
 */
@Command(name = "rasa-import",
        description = "Converts Rasa 2.x/3.x NLU data (intents, lookups, synonyms, regexes) to Shopmate's format.")
public final class RasaImportCommand implements Callable<Integer> {

    @Mixin
    HelpOption helpOption;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RASA", description = "a Rasa nlu.yml, or a data directory")
    Path rasa;

    @Parameters(index = "1", paramLabel = "OUTPUT", description = "the Shopmate training-data file to write")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            RasaImport imported = RasaNluImporter.load(rasa);
            imported.notices().forEach(notice -> err.println("note: " + notice));
            TrainingDataWriter.write(imported.data(), output);
            TrainingData data = imported.data();
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "wrote %s: %d intents, %d examples (zh %d, en %d), %d lookups, %d synonyms, "
                            + "%d regexes%n", output, data.intents().size(), data.examples().size(),
                    data.examples(Languages.CHINESE).size(), data.examples(Languages.ENGLISH).size(),
                    data.lookups().size(), data.synonyms().size(), data.regexes().size());
            out.flush();
            return 0;
        } catch (TrainingDataException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
