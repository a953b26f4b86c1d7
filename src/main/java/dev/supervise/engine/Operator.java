package dev.supervise.engine;

import dev.supervise.model.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One operator of the model format (screen, locate, collide, aggregate, dedupe, associate, group, sql): it plans its
 * step over the scope's tables, lazily, and once the model's job ran it reports, as data, what it set aside. The
 * runner knows operators only through this interface and {@link Operators}; adding one is a class implementing it,
 * its entry in {@link Operators}, and its {@code Step} record and parser entry in the model package.
 */
interface Operator<S extends Step> {
    /** The step's output over the scope's tables, and details known once planned (pairs compared, rounds). */
    Planned plan(S step, ModelScope scope);

    /** Observation points (see {@link Observed}) the step's report reads: counted by a job of their own if no job did. */
    default List<String> observations(S step) {
        return List.of();
    }

    /** What the step set aside, once the model's job ran; nothing by default. */
    default Report report(S step, ModelScope scope, Planned planned) {
        return Report.NONE;
    }

    record Planned(Dataset<Row> out, Map<String, Object> details, Optional<Dataset<Row>> setAside) {
        public Planned {
            details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        }

        static Planned of(Dataset<Row> out) {
            return new Planned(out, Map.of(), Optional.empty());
        }
    }

    /**
     * What a step set aside: rows of dataset {@code from} it could not place ({@code unlocated}, counted in the
     * manifest, not quarantined), or rows of it it quarantined with {@code reason} (their {@code _row} in
     * {@link Planned#setAside}).
     */
    record Report(Optional<Long> unlocated, Optional<Long> quarantined, String from, String reason) {
        static final Report NONE = new Report(Optional.empty(), Optional.empty(), "", "");
    }
}
