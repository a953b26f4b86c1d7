package dev.supervise.store;

import dev.supervise.data.DataException;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * The clue store's user-facing errors, each naming what is wrong, where, and what to do. All are exit 2: the store
 * location or the feedback file must change, a retry will not help.
 */
final class StoreErrors {
    private StoreErrors() {}

    // --store

    static DataException noStore(String root) {
        return new DataException("there is no clue store at " + root + " (no Delta tables 'runs' and 'clues' there); "
                + "check --store or $SUPERVISE_STORE: a run with the store on creates it");
    }

    static DataException storeFolderUnreadable(String root, String reason) {
        return new DataException("cannot read the clue store folder " + root + ": " + reason + "; check the location and its permissions");
    }

    static DataException storeFolderOfSomethingElse(String root) {
        return new DataException("--store " + root + " is a folder of something else (none of the tables "
                + String.join(", ", StoreTables.TABLES) + " in it); give a new folder or an existing clue store");
    }

    static DataException storeIsAFile(String root) {
        return new DataException("--store " + root + " is a file, not a clue store folder; give a new folder or an existing clue store");
    }

    // feedback FILE

    static DataException feedbackUnreadable(Path file, String reason) {
        return new DataException("cannot read feedback file " + file + ": " + reason + "; check the path and its permissions");
    }

    static DataException feedbackEmpty(Path file) {
        return new DataException(file + " is empty: it needs a header clue_id,disposition,reviewer,note,date");
    }

    static DataException feedbackMissingColumn(Path file, String column) {
        return new DataException(file + ": missing column '" + column + "'; the header must be clue_id,disposition,reviewer,note,date");
    }

    static DataException feedbackBlankClueId(Path file, int line) {
        return new DataException(file + ":" + line + ": blank clue_id; fill in the id of the clue (see 'supervise clues')");
    }

    static DataException feedbackBadDisposition(Path file, int line, String disposition) {
        return new DataException(file + ":" + line + ": disposition '" + disposition + "' must be one of "
                + new TreeSet<>(StoreQueries.DISPOSITIONS));
    }

    static DataException feedbackBadDate(Path file, int line, String date) {
        return new DataException(file + ":" + line + ": date '" + date + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-03-05");
    }

    static DataException feedbackUnknownClues(Path file, long unknown, String root) {
        return new DataException(file + ": " + unknown + " clue_id(s) are not in the store " + root
                + "; check the ids against 'supervise clues'");
    }
}
