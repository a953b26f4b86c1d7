package dev.supervise.clue;

import dev.supervise.data.DataException;
import java.nio.file.Path;

/**
 * The clue files' user-facing errors (reading a run's clues.csv back), each naming what is wrong, where, and what to
 * do. All are exit 2: the file given must change, a retry will not help.
 */
final class ClueErrors {
    private ClueErrors() {}

    // clues.csv

    static DataException cluesCsvMissing(Path file) {
        return new DataException(file + " does not exist: give a run's --out folder (it holds clues.csv)");
    }

    static DataException cluesCsvEmpty(Path file) {
        return new DataException(file + " is empty: it is not a clues.csv (which has a header row); give a run's --out folder");
    }

    static DataException cluesCsvWithoutClueId(Path file) {
        return new DataException(file + " has no clue_id column: it is not a clues.csv; give a run's --out folder");
    }

    static DataException cluesCsvUnreadable(Path file, String reason) {
        return new DataException("cannot read " + file + ": " + reason + "; check the path and its permissions");
    }
}
