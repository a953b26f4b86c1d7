package dev.supervise.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A parsed, validated model package. */
public record ModelDefinition(String id, String version, String title, String description, List<String> legalBasis,
                              String routeTo, List<ParamSpec> params, List<DatasetSpec> datasets, List<Step> steps,
                              List<RuleSpec> rules, Path dir, Path file, String contentHash) {
    public ModelDefinition {
        legalBasis = List.copyOf(legalBasis);
        params = List.copyOf(params);
        datasets = List.copyOf(datasets);
        steps = List.copyOf(steps);
        rules = List.copyOf(rules);
    }

    public Optional<DatasetSpec> dataset(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public Optional<ParamSpec> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
