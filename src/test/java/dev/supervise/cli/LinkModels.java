package dev.supervise.cli;

/** A model of one associate step, {@code link}, over datasets a and b of the same columns, and a clue per link. */
final class LinkModels {
    private LinkModels() {}

    /**
     * @param columns the datasets' columns, as a YAML flow map
     * @param associate the step's body (left, right, fields, ...), unindented
     */
    static String of(String columns, String associate) {
        return "id: t\nversion: 1.0.0\ntitle: t\nroute_to: data management\ndatasets:\n  a:\n    columns: &p " + columns
                + "\n  b:\n    columns: *p\nsteps:\n  - id: link\n    associate:\n" + associate.stripIndent().indent(6)
                + "rules:\n  - id: same\n    from: link\n    title: \"{left_id} = {right_id}\"\n    subject_type: person\n"
                + "    subject_key: concat(left_id, '=', right_id)\n    severity: low\n    score: score\n    evidence: {}\n";
    }
}
