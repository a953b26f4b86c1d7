package dev.supervise.data;

/** Input data breaks its contract (a missing folder, file or column, an unreadable catalog): exit 2, nothing is run. */
public final class DataException extends RuntimeException {
    public DataException(String message) {
        super(message);
    }

    public static DataException missingFolder(String dir) {
        return new DataException("data folder '" + dir + "' does not exist; pass --data with the folder that holds the datasets");
    }

    public static DataException missingDataset(String dataset, String model, String dir) {
        return new DataException("dataset '" + dataset + "' (needed by model '" + model + "') was not found in " + dir
                + ": expected " + dataset + ".csv, " + dataset + ".parquet, " + dataset + ".json, " + dataset + ".jsonl, a Delta table folder "
                + dataset + "/, or an entry under 'datasets:' in catalog.yaml");
    }

    public static DataException missingColumns(String dataset, java.util.List<String> columns, String file, String model,
                                               java.util.Collection<String> found) {
        return new DataException("dataset '" + dataset + "' (" + file + ") lacks required column"
                + (columns.size() > 1 ? "s " : " ") + String.join(", ", columns) + " (model '" + model
                + "'); its columns are: " + String.join(", ", found) + ". Rename or add the column, or map the file in catalog.yaml");
    }
}
