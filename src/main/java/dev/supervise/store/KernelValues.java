package dev.supervise.store;

import io.delta.kernel.data.ArrayValue;
import io.delta.kernel.data.ColumnVector;
import io.delta.kernel.data.ColumnarBatch;
import io.delta.kernel.data.FilteredColumnarBatch;
import io.delta.kernel.data.Row;
import io.delta.kernel.internal.util.VectorUtils;
import io.delta.kernel.types.ArrayType;
import io.delta.kernel.types.BooleanType;
import io.delta.kernel.types.DataType;
import io.delta.kernel.types.DateType;
import io.delta.kernel.types.DoubleType;
import io.delta.kernel.types.IntegerType;
import io.delta.kernel.types.LongType;
import io.delta.kernel.types.StringType;
import io.delta.kernel.types.StructType;
import io.delta.kernel.types.TimestampType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kernel rows to Java values and back. STRING is String, INT Integer, BIGINT Long, DOUBLE Double, BOOLEAN Boolean,
 * DATE LocalDate, TIMESTAMP Instant (microseconds), ARRAY a List, STRUCT an Object[] in field order.
 */
final class KernelValues {
    private KernelValues() {}

    /** The selected rows of a batch. */
    static List<Object[]> toJava(FilteredColumnarBatch batch, StructType schema) {
        ColumnarBatch data = batch.getData();
        Optional<ColumnVector> selected = batch.getSelectionVector();
        List<Object[]> out = new ArrayList<>(data.getSize());
        for (int r = 0; r < data.getSize(); r++) {
            if (selected.isPresent() && (selected.get().isNullAt(r) || !selected.get().getBoolean(r))) continue;
            Object[] values = new Object[schema.length()];
            for (int i = 0; i < values.length; i++) values[i] = fromVector(data.getColumnVector(i), r, schema.at(i).getDataType());
            out.add(values);
        }
        return out;
    }

    private static List<Object> list(ArrayValue array, DataType element) {
        ColumnVector v = array.getElements();
        List<Object> out = new ArrayList<>(array.getSize());
        for (int j = 0; j < array.getSize(); j++) out.add(fromVector(v, j, element));
        return out;
    }

    private static Object fromVector(ColumnVector v, int j, DataType t) {
        if (v.isNullAt(j)) return null;
        if (t instanceof StringType) return v.getString(j);
        if (t instanceof IntegerType) return v.getInt(j);
        if (t instanceof LongType) return v.getLong(j);
        if (t instanceof DoubleType) return v.getDouble(j);
        if (t instanceof BooleanType) return v.getBoolean(j);
        if (t instanceof DateType) return LocalDate.ofEpochDay(v.getInt(j));
        if (t instanceof TimestampType) return micros(v.getLong(j));
        if (t instanceof StructType st) {
            Object[] out = new Object[st.length()];
            for (int k = 0; k < out.length; k++) out[k] = fromVector(v.getChild(k), j, st.at(k).getDataType());
            return out;
        }
        if (t instanceof ArrayType at) return list(v.getArray(j), at.getElementType());
        throw new IllegalArgumentException("unsupported store column type " + t);
    }

    static Row toKernel(Object[] values, StructType schema) {
        Object[] k = new Object[schema.length()];
        for (int i = 0; i < k.length; i++) {
            Object v = i < values.length ? values[i] : null;
            if (v != null) k[i] = toKernelValue(v, schema.at(i).getDataType());
        }
        return new ValuesRow(schema, k);
    }

    /** A Kernel row over Kernel values: int days for DATE, long microseconds for TIMESTAMP, ArrayValue, Row. */
    private record ValuesRow(StructType schema, Object[] values) implements Row {
        @Override public StructType getSchema() { return schema; }
        @Override public boolean isNullAt(int i) { return values[i] == null; }
        @Override public boolean getBoolean(int i) { return (Boolean) values[i]; }
        @Override public byte getByte(int i) { return (Byte) values[i]; }
        @Override public short getShort(int i) { return (Short) values[i]; }
        @Override public int getInt(int i) { return (Integer) values[i]; }
        @Override public long getLong(int i) { return (Long) values[i]; }
        @Override public float getFloat(int i) { return (Float) values[i]; }
        @Override public double getDouble(int i) { return (Double) values[i]; }
        @Override public String getString(int i) { return (String) values[i]; }
        @Override public java.math.BigDecimal getDecimal(int i) { return (java.math.BigDecimal) values[i]; }
        @Override public byte[] getBinary(int i) { return (byte[]) values[i]; }
        @Override public Row getStruct(int i) { return (Row) values[i]; }
        @Override public ArrayValue getArray(int i) { return (ArrayValue) values[i]; }
        @Override public io.delta.kernel.data.MapValue getMap(int i) { return (io.delta.kernel.data.MapValue) values[i]; }
    }

    private static Object toKernelValue(Object v, DataType t) {
        if (t instanceof DateType) return (int) ((LocalDate) v).toEpochDay();
        if (t instanceof TimestampType) {
            Instant at = (Instant) v;
            return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000);
        }
        if (t instanceof StructType st) return toKernel((Object[]) v, st);
        if (t instanceof ArrayType at) {
            List<Object> items = new ArrayList<>();
            for (Object item : (List<?>) v) items.add(item == null ? null : toKernelValue(item, at.getElementType()));
            return VectorUtils.buildArrayValue(items, at.getElementType());
        }
        return v;
    }

    private static Instant micros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
    }
}
