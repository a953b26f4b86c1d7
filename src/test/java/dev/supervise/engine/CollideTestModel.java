package dev.supervise.engine;

/** A minimal valid model for operator tests. */
final class CollideTestModel {
    static final String YAML = """
            id: t
            version: 1
            title: t
            route_to: x
            datasets:
              a: {columns: {k: text}}
            rules:
              - {id: r, from: a, title: t, subject_key: k, severity: low}
            """;

    private CollideTestModel() {}
}
