package dev.supervise.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --conf KEY=VALUE}: Spark settings passed through to the session, as spark-submit's own --conf. */
final class SparkConfOptions {
    @Option(names = "--conf", paramLabel = "KEY=VALUE",
            description = "A Spark setting for this run (repeatable), e.g. --conf spark.sql.shuffle.partitions=400.")
    List<String> confs = List.of();

    Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String c : confs) {
            int eq = c.indexOf('=');
            if (eq <= 0 || eq == c.length() - 1)
                throw CliErrors.badConf(c);
            String key = c.substring(0, eq).trim();
            if (!key.startsWith("spark.") && !key.startsWith("delta."))
                throw CliErrors.notASparkSetting(key);
            out.put(key, c.substring(eq + 1).trim());
        }
        return out;
    }
}
