package dev.supervise.plugin;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A model that needs code, found by {@link java.util.ServiceLoader} (declare the class in
 * {@code META-INF/services/dev.supervise.plugin.SupervisionModel}).
 *
 * <p>The model declares itself in the model.yaml format ({@link #definition()}): metadata, datasets with columns,
 * params, rules, and optionally declarative steps. Its code computes the named {@link #outputs()} that its steps and
 * rules read. Every method but {@link #definition()} has a default, so later additions never break a plugin.
 */
public interface SupervisionModel {
    /** The model declaration, in the model.yaml format. */
    String definition();

    /** Names of the tables {@link #compute} returns; rules and steps of the declaration may read them. */
    default List<String> outputs() {
        return List.of();
    }

    /** Computes the outputs from the model's typed, quarantine-checked datasets. */
    default Map<String, Dataset<Row>> compute(ModelContext context) {
        return Map.of();
    }
}
