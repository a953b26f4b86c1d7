package dev.supervise.engine;

import dev.supervise.data.DataCatalog;
import dev.supervise.data.RawReader;
import dev.supervise.data.Source;
import dev.supervise.data.TypedReader;
import dev.supervise.model.ColumnSpec;
import dev.supervise.model.DatasetSpec;
import dev.supervise.model.LoadedModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The typed datasets of a run. A dataset that several models read with the same columns is read and typed once: it is
 * cached when first computed, and every model's plan of it (the same plan, in each model's session) reads the cache.
 * A dataset only one model reads is not cached: it is read as part of that model's jobs.
 */
final class Inputs {
    private final Map<List<Object>, Integer> readers = new HashMap<>();
    private final List<Dataset<Row>> cached = new ArrayList<>();

    Inputs(List<LoadedModel> models, DataCatalog catalog) {
        for (LoadedModel m : models)
            for (DatasetSpec d : m.definition().datasets()) readers.merge(key(catalog.resolve(d.name(), m.id()), d), 1, Integer::sum);
    }

    /** Raw columns, typed columns, {@code _row} and {@code _reason} (see {@link TypedReader#parse}). */
    Dataset<Row> parsed(SparkSession session, Source source, DatasetSpec spec) {
        Dataset<Row> parsed = TypedReader.parse(RawReader.read(session, source), spec);
        if (!isShared(source, spec)) return parsed;
        synchronized (cached) {
            cached.add(parsed.persist(StorageLevel.MEMORY_AND_DISK()));
        }
        return parsed;
    }

    /** True when several models read the dataset with these columns (it is cached, and released only by {@link #release}). */
    boolean isShared(Source source, DatasetSpec spec) {
        return readers.getOrDefault(key(source, spec), 1) > 1;
    }

    /** Releases the shared caches, once every model is done. */
    void release() {
        synchronized (cached) {
            for (Dataset<Row> d : cached) d.unpersist(false);
            cached.clear();
        }
    }

    /** The source and the columns as declared (name, type, blank and invalid handling; not where they are written). */
    private static List<Object> key(Source source, DatasetSpec spec) {
        List<Object> key = new ArrayList<>(List.of(source));
        for (ColumnSpec c : spec.columns()) key.add(List.of(c.name(), c.type(), c.blank(), c.blankDefault(), c.invalid()));
        return key;
    }
}
