package com.shopmate.text.trainingdata;

import java.util.List;
import java.util.stream.Collectors;

/** Training data that cannot be used, with every problem found (not only the first) so one run fixes them all. */
public class TrainingDataException extends RuntimeException {

    private final List<TrainingDataProblem> problems;

    public TrainingDataException(List<TrainingDataProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<TrainingDataProblem> problems() {
        return problems;
    }

    private static String describe(List<TrainingDataProblem> problems) {
        String header = problems.size() == 1 ? "1 problem in the training data:" : problems.size()
                + " problems in the training data:";
        return problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n", header + "\n", ""));
    }
}
