package dev.supervise.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A clue's evidence JSON read for people: per agency dataset its fields, where a list of records is a table (one
 * row a record, one column a field) and a number with a fraction is shown with thousands separators and at most two
 * decimals. Flattened for a workbook, each dataset's field is one column of text.
 */
final class Evidence {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Evidence() {}

    /** A dataset's part of the evidence: its scalar fields in order, and its lists of records as tables. */
    record Section(String dataset, Map<String, String> fields, Map<String, Table> tables) {}

    record Table(List<String> columns, List<List<String>> rows) {}

    static List<Section> sections(String evidence) {
        List<Section> out = new ArrayList<>();
        JsonNode root = parse(evidence);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> d = it.next();
            Map<String, String> fields = new LinkedHashMap<>();
            Map<String, Table> tables = new LinkedHashMap<>();
            if (!d.getValue().isObject()) {
                fields.put("", text(d.getValue()));
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> f = d.getValue().fields(); f.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = f.next();
                    Table t = table(e.getValue());
                    if (t != null) tables.put(e.getKey(), t);
                    else fields.put(e.getKey(), text(e.getValue()));
                }
            }
            out.add(new Section(d.getKey(), fields, tables));
        }
        return out;
    }

    /** The evidence as columns {@code dataset.field} of readable text, in the evidence's order. */
    static Map<String, String> flat(String evidence) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode root = parse(evidence);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> d = it.next();
            if (!d.getValue().isObject()) {
                out.put(d.getKey(), text(d.getValue()));
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> f = d.getValue().fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> e = f.next();
                out.put(d.getKey() + "." + e.getKey(), text(e.getValue()));
            }
        }
        return out;
    }

    /** A list of objects (or one object) as a table; null for anything else. */
    private static Table table(JsonNode v) {
        List<JsonNode> records = new ArrayList<>();
        if (v.isObject()) records.add(v);
        else if (v.isArray() && !v.isEmpty()) {
            for (JsonNode n : v) {
                if (!n.isObject()) return null;
                records.add(n);
            }
        } else return null;
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode r : records) r.fieldNames().forEachRemaining(columns::add);
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode r : records) {
            List<String> row = new ArrayList<>();
            for (String c : columns) row.add(r.has(c) ? text(r.get(c)) : "");
            rows.add(row);
        }
        return new Table(List.copyOf(columns), rows);
    }

    /** A value as one line of text: lists joined with 、, records as k=v pairs, numbers for people. */
    static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) return "";
        if (v.isNumber()) return number(v.decimalValue());
        if (v.isValueNode()) return v.asText();
        List<String> parts = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode n : v) parts.add(n.isObject() ? "(" + text(n) + ")" : text(n));
            return String.join("、", parts);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            parts.add(e.getKey() + "=" + text(e.getValue()));
        }
        return String.join("，", parts);
    }

    /** A clue's score for people; a score that is no number (NaN, infinite) as Java writes it. */
    static String score(double score) {
        return Double.isFinite(score) ? number(BigDecimal.valueOf(score)) : String.valueOf(score);
    }

    /** Whole numbers as they are (ids and counts); others with thousands separators and at most two decimals. */
    static String number(BigDecimal d) {
        BigDecimal plain = d.stripTrailingZeros();
        if (plain.scale() <= 0) return plain.toPlainString();
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(d);
    }

    /** A clue's legal_basis (a JSON list of statutes) as its statutes; text that is no JSON list stays one item. */
    static List<String> statutes(String legalBasis) {
        List<String> out = new ArrayList<>();
        if (legalBasis == null || legalBasis.isBlank()) return out;
        try {
            for (JsonNode n : JSON.readTree(legalBasis)) out.add(n.asText());
            return out;
        } catch (java.io.IOException e) {
            return List.of(legalBasis);
        }
    }

    private static JsonNode parse(String evidence) {
        try {
            return evidence == null || evidence.isBlank() ? JSON.createObjectNode() : JSON.readTree(evidence);
        } catch (java.io.IOException e) {
            return JSON.createObjectNode().put("evidence", evidence);
        }
    }
}
