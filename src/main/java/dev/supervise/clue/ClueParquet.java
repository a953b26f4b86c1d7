package dev.supervise.clue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes {@code clues.parquet} on the driver, with parquet-hadoop directly: a clue list is small, and on a cluster a
 * Spark write to a local path would land on an executor's disk instead of beside clues.csv.
 */
final class ClueParquet {
    static final MessageType SCHEMA = schema();

    private ClueParquet() {}

    private static MessageType schema() {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (String n : ClueColumns.NAMES) {
            if (n.equals("score")) b.optional(PrimitiveTypeName.DOUBLE).named(n);
            else if (n.equals("run_date")) b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named(n);
            else if (n.equals("clue_id")) b.required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(n);
            else b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(n);
        }
        return b.named("spark_schema");
    }

    /** {@code dir/part-00000.snappy.parquet}, replacing whatever {@code dir} held. */
    static void write(List<Clue> clues, Path dir) throws IOException {
        if (Files.exists(dir)) dev.supervise.data.LocalFiles.deleteTree(dir);
        Files.createDirectories(dir);
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(dir.resolve("part-00000.snappy.parquet")))
                .withType(SCHEMA).withConf(new Configuration(false)).withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            for (Clue c : clues) {
                Group g = groups.newGroup();
                List<String> texts = ClueColumns.texts(c);
                for (int i = 0; i < ClueColumns.NAMES.size(); i++) {
                    String n = ClueColumns.NAMES.get(i);
                    if (n.equals("score")) g.append(n, c.score());
                    else if (n.equals("run_date")) {
                        if (c.runDate() != null) g.append(n, (int) LocalDate.parse(c.runDate()).toEpochDay());
                    } else if (texts.get(i) != null) g.append(n, texts.get(i));
                }
                w.write(g);
            }
        }
        Files.createFile(dir.resolve("_SUCCESS"));
    }
}
