package dev.supervise.store;

import io.delta.kernel.Operation;
import io.delta.kernel.Scan;
import io.delta.kernel.Snapshot;
import io.delta.kernel.TableManager;
import io.delta.kernel.Transaction;
import io.delta.kernel.TransactionCommitResult;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.defaults.engine.DefaultEngine;
import io.delta.kernel.defaults.internal.data.DefaultRowBasedColumnarBatch;
import io.delta.kernel.engine.Engine;
import io.delta.kernel.engine.FileReadResult;
import io.delta.kernel.exceptions.TableNotFoundException;
import io.delta.kernel.hook.PostCommitHook;
import io.delta.kernel.internal.InternalScanFileUtils;
import io.delta.kernel.internal.actions.AddFile;
import io.delta.kernel.internal.actions.SingleAction;
import io.delta.kernel.internal.data.ScanStateRow;
import io.delta.kernel.internal.util.Utils;
import io.delta.kernel.types.StructType;
import io.delta.kernel.utils.CloseableIterable;
import io.delta.kernel.utils.CloseableIterator;
import io.delta.kernel.utils.DataFileStatus;
import io.delta.kernel.utils.FileStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;

/**
 * Delta tables read and written on the driver with Delta Kernel: no Spark session, no Spark job. Rows are
 * {@code Object[]} in the table's column order, with the Java values of {@link KernelValues}. Every write is one
 * commit; its post-commit hooks (checkpoints, checksums) run at once, so reading stays fast over many runs.
 */
final class KernelTables {
    static final String ENGINE_INFO = "supervise";
    private final Engine engine;
    private final java.time.Clock clock;

    KernelTables(Configuration conf, java.time.Clock clock) {
        this.engine = DefaultEngine.create(conf);
        this.clock = clock;
    }

    /** The rows of one data file, and the file (for removing it when the rows are rewritten). */
    record FileRows(Row addFile, List<Object[]> rows) {}

    /** A table's latest snapshot, or empty when no table is there. */
    Optional<Snapshot> snapshot(String path) {
        try {
            return Optional.of(TableManager.loadSnapshot(path).build(engine));
        } catch (TableNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Creates an empty table; false when another writer created it first. */
    boolean create(String path, StructType schema) {
        try {
            Transaction txn = TableManager.buildCreateTableTransaction(path, schema, ENGINE_INFO).build(engine);
            finish(txn.commit(engine, CloseableIterable.emptyIterable()));
            return true;
        } catch (RuntimeException e) {
            if (snapshot(path).isPresent()) return false;
            throw e;
        }
    }

    /** Every row of the snapshot, grouped by data file. */
    List<FileRows> read(Snapshot snapshot) {
        Scan scan = snapshot.getScanBuilder().build();
        Row scanState = scan.getScanState(engine);
        StructType physical = ScanStateRow.getPhysicalDataReadSchema(scanState);
        StructType logical = ScanStateRow.getLogicalSchema(scanState);
        List<FileRows> out = new ArrayList<>();
        try (CloseableIterator<FilteredColumnarBatch> files = scan.getScanFiles(engine)) {
            while (files.hasNext()) {
                try (CloseableIterator<Row> fileRows = files.next().getRows()) {
                    while (fileRows.hasNext()) {
                        Row scanFile = fileRows.next();
                        out.add(new FileRows(scanFile.getStruct(InternalScanFileUtils.ADD_FILE_ORDINAL), readFile(scanState, physical, logical, scanFile)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** All rows of the table at {@code path}; none when there is no table. */
    List<Object[]> rows(String path) {
        List<Object[]> all = new ArrayList<>();
        snapshot(path).ifPresent(s -> read(s).forEach(f -> all.addAll(f.rows())));
        return all;
    }

    private List<Object[]> readFile(Row scanState, StructType physical, StructType logical, Row scanFile) throws IOException {
        FileStatus file = InternalScanFileUtils.getAddFileStatus(scanFile);
        List<Object[]> rows = new ArrayList<>();
        CloseableIterator<ColumnarBatch> data = engine.getParquetHandler()
                .readParquetFiles(Utils.singletonCloseableIterator(file), physical, Optional.empty()).map(FileReadResult::getData);
        try (CloseableIterator<FilteredColumnarBatch> batches = Scan.transformPhysicalData(engine, scanState, scanFile, data)) {
            while (batches.hasNext()) rows.addAll(KernelValues.toJava(batches.next(), logical));
        }
        return rows;
    }

    /**
     * Appends rows in one commit; a concurrent append is rebased by Kernel (blind appends never conflict). A table that
     * holds {@link #COMPACT_AT} files or more is compacted in the same commit: its rows and the new ones are written as
     * one file, so a ledger of hundreds of runs is still read from a few files.
     */
    void append(String path, List<Object[]> rows) {
        Snapshot snapshot = snapshot(path).orElseThrow(() -> new IllegalStateException("no Delta table at " + path));
        Transaction txn = snapshot.buildUpdateTableTransaction(ENGINE_INFO, Operation.WRITE).build(engine);
        List<Row> actions = new ArrayList<>();
        List<Object[]> written = rows;
        if (fileCount(snapshot) >= COMPACT_AT) {
            written = new ArrayList<>();
            long now = clock.millis();
            for (FileRows f : read(snapshot)) {
                actions.add(SingleAction.createRemoveFileSingleAction(new AddFile(f.addFile()).toRemoveFileRow(true, Optional.of(now))));
                written.addAll(f.rows());
            }
            written.addAll(rows);
        }
        actions.addAll(write(txn, written));
        commit(txn, actions);
    }

    /** Files at or above which an append also compacts its table. */
    static final int COMPACT_AT = 32;

    private int fileCount(Snapshot snapshot) {
        int n = 0;
        try (CloseableIterator<FilteredColumnarBatch> files = snapshot.getScanBuilder().build().getScanFiles(engine)) {
            while (files.hasNext()) {
                try (CloseableIterator<Row> rows = files.next().getRows()) {
                    while (rows.hasNext()) {
                        rows.next();
                        n++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /**
     * One commit that removes {@code remove} and adds a file per group of {@code groups}. It fails on any concurrent
     * commit to the table that carries the same transaction id ({@code appId}), so read-modify-write cycles of one
     * kind never interleave: the loser recomputes from the new snapshot (see {@link Retry}).
     */
    void replace(Snapshot snapshot, List<Row> remove, List<List<Object[]>> groups, String appId) {
        Transaction txn = snapshot.buildUpdateTableTransaction(ENGINE_INFO, Operation.WRITE)
                .withTransactionId(appId, snapshot.getVersion() + 1).withMaxRetries(0).build(engine);
        List<Row> actions = new ArrayList<>();
        long now = clock.millis();
        for (Row add : remove) actions.add(SingleAction.createRemoveFileSingleAction(new AddFile(add).toRemoveFileRow(true, Optional.of(now))));
        for (List<Object[]> g : groups) if (!g.isEmpty()) actions.addAll(write(txn, g));
        commit(txn, actions);
    }

    private List<Row> write(Transaction txn, List<Object[]> rows) {
        Row state = txn.getTransactionState(engine);
        StructType schema = txn.getSchema(engine);
        List<Row> kernelRows = new ArrayList<>(rows.size());
        for (Object[] r : rows) kernelRows.add(KernelValues.toKernel(r, schema));
        FilteredColumnarBatch batch = new FilteredColumnarBatch(new DefaultRowBasedColumnarBatch(schema, kernelRows), Optional.empty());
        List<Row> actions = new ArrayList<>();
        try {
            CloseableIterator<FilteredColumnarBatch> physical = Transaction.transformLogicalData(engine, state,
                    Utils.singletonCloseableIterator(batch), Map.of());
            var context = Transaction.getWriteContext(engine, state, Map.of());
            CloseableIterator<DataFileStatus> written = engine.getParquetHandler().writeParquetFiles(context.getTargetDirectory(), physical,
                    context.getStatisticsColumns());
            try (CloseableIterator<Row> add = Transaction.generateAppendActions(engine, state, written, context)) {
                while (add.hasNext()) actions.add(add.next());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return actions;
    }

    /** A plain Parquet file (no table) in {@code dir}, e.g. an export; Spark and pandas read the folder. */
    void writeFile(String dir, StructType schema, List<Object[]> rows) {
        List<Row> kernelRows = new ArrayList<>(rows.size());
        for (Object[] r : rows) kernelRows.add(KernelValues.toKernel(r, schema));
        FilteredColumnarBatch batch = new FilteredColumnarBatch(new DefaultRowBasedColumnarBatch(schema, kernelRows), Optional.empty());
        try (CloseableIterator<DataFileStatus> written = engine.getParquetHandler().writeParquetFiles(dir,
                Utils.singletonCloseableIterator(batch), List.of())) {
            while (written.hasNext()) written.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit(Transaction txn, List<Row> actions) {
        try {
            finish(txn.commit(engine, CloseableIterable.inMemoryIterable(Utils.toCloseableIterator(actions.iterator()))));
        } catch (io.delta.kernel.exceptions.ConcurrentWriteException e) {
            throw new ConcurrentStoreWrite(e);
        }
    }

    /** Checkpoints and checksums after a commit; a failed one only makes later reads slower, never wrong. */
    private void finish(TransactionCommitResult result) {
        for (PostCommitHook hook : result.getPostCommitHooks()) {
            try {
                hook.threadSafeInvoke(engine);
            } catch (IOException | RuntimeException e) {
                // the commit is done; the next checkpoint interval tries again
            }
        }
    }

    /** Another writer committed first; {@link Retry} recomputes and tries again. */
    static final class ConcurrentStoreWrite extends RuntimeException {
        ConcurrentStoreWrite(Throwable cause) {
            super("a concurrent write to the clue store: " + cause.getMessage(), cause);
        }
    }
}
