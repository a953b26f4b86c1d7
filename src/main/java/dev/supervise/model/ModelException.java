package dev.supervise.model;

import java.util.List;
import java.util.stream.Collectors;

/** A model package (or a param given to it) is invalid: every problem found, each with file and line. */
public final class ModelException extends RuntimeException {
    private final List<ModelProblem> problems;

    public ModelException(List<ModelProblem> problems) {
        super(problems.stream().map(ModelProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public static ModelException of(ModelProblem problem) {
        return new ModelException(List.of(problem));
    }

    public List<ModelProblem> problems() {
        return problems;
    }
}
