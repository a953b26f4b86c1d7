package dev.supervise.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a model read of one dataset: its source, fingerprint and row counts (read = used + quarantined). */
public final class DatasetStats {
    public final String dataset;
    public final String path;
    public final String format;
    public final Map<String, Object> fingerprint;
    public long rowsRead;
    public long rowsQuarantined;
    public final Map<String, Long> rowsUnlocated = new LinkedHashMap<>();
    public final Map<String, Long> quarantineReasons = new LinkedHashMap<>();

    DatasetStats(String dataset, String path, String format, Map<String, Object> fingerprint) {
        this.dataset = dataset;
        this.path = path;
        this.format = format;
        this.fingerprint = fingerprint;
    }

    public long rowsUsed() {
        return rowsRead - rowsQuarantined;
    }
}
