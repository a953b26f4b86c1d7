package dev.supervise.clue;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The clue schema of design.md: column names in order, and the typed Spark schema. */
public final class ClueColumns {
    public static final List<String> NAMES = List.of("clue_id", "model_id", "model_version", "rule_id", "subject_type",
            "subject_key", "subject_name", "district", "severity", "score", "title", "evidence", "legal_basis",
            "route_to", "run_id", "run_date");

    private ClueColumns() {}

    public static StructType schema() {
        StructType s = new StructType();
        for (String n : NAMES)
            s = s.add(n, n.equals("score") ? DataTypes.DoubleType : n.equals("run_date") ? DataTypes.DateType : DataTypes.StringType,
                    !n.equals("clue_id"));
        return s;
    }

    /** The values of a clue in {@link #NAMES} order, as text (for CSV). */
    public static List<String> texts(Clue c) {
        return java.util.Arrays.asList(c.clueId(), c.modelId(), c.modelVersion(), c.ruleId(), c.subjectType(),
                c.subjectKey(), c.subjectName(), c.district(), c.severity(), scoreText(c.score()), c.title(), c.evidence(),
                c.legalBasis(), c.routeTo(), c.runId(), c.runDate());
    }

    private static String scoreText(double s) {
        return s == Math.rint(s) && Math.abs(s) < 1e15 ? String.valueOf((long) s) : String.valueOf(s);
    }
}
