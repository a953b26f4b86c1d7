package dev.supervise.report;

import java.util.Map;

/** The Chinese words people read for the clue schema's columns, severities and lifecycle states. */
final class Labels {
    private Labels() {}

    static final Map<String, String> SEVERITY = Map.of("high", "高", "medium", "中", "low", "低");
    static final Map<String, String> STATUS = Map.of("new", "新发现", "repeat", "重复", "cleared", "已整改", "suppressed", "已排除");

    static String severity(String s) {
        return SEVERITY.getOrDefault(s, s);
    }

    static String status(String s) {
        return s == null || s.isEmpty() ? "" : STATUS.getOrDefault(s, s);
    }
}
