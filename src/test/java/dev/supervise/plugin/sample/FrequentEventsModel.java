package dev.supervise.plugin.sample;

import dev.supervise.plugin.ModelContext;
import dev.supervise.plugin.SupervisionModel;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/** A test plugin: people with at least min_events events up to the run date, computed in Java. */
public final class FrequentEventsModel implements SupervisionModel {
    @Override
    public String definition() {
        return """
                id: frequent-events
                version: 0.1.0
                title: 频繁事件（插件示例）
                route_to: 测试部门
                params:
                  min_events: {type: int, default: "2"}
                datasets:
                  events:
                    columns:
                      person_id: id_number
                      day: date
                rules:
                  - id: frequent
                    from: frequent
                    title: "{person_id}：{events}次"
                    subject_type: person
                    subject_key: person_id
                    severity: medium
                    score: events
                    evidence: {events: events}
                """;
    }

    @Override
    public List<String> outputs() {
        return List.of("frequent");
    }

    @Override
    public Map<String, Dataset<Row>> compute(ModelContext ctx) {
        long min = (Long) ctx.param("min_events");
        Dataset<Row> counted = ctx.dataset("events")
                .filter(functions.col("day").leq(functions.lit(java.sql.Date.valueOf(ctx.runDate()))))
                .groupBy("person_id").agg(functions.count(functions.lit(1)).as("events"))
                .filter(functions.col("events").geq(min));
        return Map.of("frequent", counted);
    }
}
