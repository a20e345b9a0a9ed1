package com.shopmate.text.trainingdata;

import java.nio.file.Path;

/**
 * Converts Rasa NLU data to Shopmate's format:
 * {@code java -cp text-models.jar:lib/* com.shopmate.text.trainingdata.RasaImportCommand data/nlu.yml shop.yml}.
 * Prints what it kept unused or left out, and exits 1 with every problem when the Rasa data cannot be read.
 */
public final class RasaImportCommand {

    private RasaImportCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: RasaImportCommand <rasa nlu.yml or data directory> <shopmate output.yml>");
            System.exit(2);
        }
        try {
            RasaImport imported = RasaNluImporter.load(Path.of(args[0]));
            imported.notices().forEach(notice -> System.err.println("note: " + notice));
            TrainingDataWriter.write(imported.data(), Path.of(args[1]));
            TrainingData data = imported.data();
            System.out.printf("wrote %s: %d intents, %d examples (zh %d, en %d), %d lookups, %d synonyms, %d regexes%n",
                    args[1], data.intents().size(), data.examples().size(), data.examples(Languages.CHINESE).size(),
                    data.examples(Languages.ENGLISH).size(), data.lookups().size(), data.synonyms().size(),
                            data.regexes().size());
        } catch (TrainingDataException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
