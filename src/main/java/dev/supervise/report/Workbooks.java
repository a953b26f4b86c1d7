package dev.supervise.report;

import dev.supervise.clue.Clue;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks for the agencies that act on clues (线索分流), written with Apache POI: {@code by-agency/<route_to>.xlsx},
 * one per receiving agency, or one workbook of any clues ({@code clues --export F.xlsx}). Sheet {@code 汇总} first
 * (the run, and counts per model and rule, severity and district), then a sheet per model: one header row of Chinese
 * column names, one row per clue, the evidence flattened into readable columns; frozen header, autofilter, widths
 * that fit.
 */
public final class Workbooks {
    static final String SUMMARY = "汇总";
    /** The clue columns of a model's sheet, before its evidence columns. */
    static final List<String> HEAD = List.of("线索编号", "状态", "严重程度", "评分", "评分含义", "对象类型", "对象编号", "对象名称", "区域", "标题");
    static final List<String> TAIL = List.of("法律依据", "分流至", "首次发现", "发现次数");
    private static final int MAX_WIDTH = 60;
    private static final int MAX_CELL = 32_767;

    private Workbooks() {}

    /** One workbook per agency under {@code dir}; the files written. */
    public static List<Path> byAgency(ReportInput in, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, List<ReportClue>> byAgency = new TreeMap<>();
        for (ReportClue rc : in.clues()) byAgency.computeIfAbsent(agency(rc.clue()), a -> new ArrayList<>()).add(rc);
        List<Path> files = new ArrayList<>();
        Set<String> used = new java.util.HashSet<>();
        for (Map.Entry<String, List<ReportClue>> e : byAgency.entrySet()) {
            String name = fileName(e.getKey());
            for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) name = fileName(e.getKey()) + "~" + i;
            Path f = dir.resolve(name + ".xlsx");
            write(e.getKey(), in.runId(), in.runDate(), e.getValue(), f);
            files.add(f);
        }
        return files;
    }

    /** The agency a clue goes to; 未分流 when its rule names none. */
    public static String agency(Clue c) {
        return c.routeTo() == null || c.routeTo().isBlank() ? "未分流" : c.routeTo().strip();
    }

    /** A file name for an agency: characters that no file system takes become _. */
    static String fileName(String agency) {
        String s = agency.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip().replaceAll("[. ]+$", "");
        if (s.length() > 80) s = s.substring(0, 80);
        return s.isEmpty() || s.startsWith(".") || s.matches("(?i)(con|prn|aux|nul|com\\d|lpt\\d)") ? "_" + s : s;
    }

    public static void write(String agency, String runId, String runDate, List<ReportClue> clues, Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            summary(wb.createSheet(SUMMARY), st, agency, runId, runDate, clues);
            Map<String, List<ReportClue>> byModel = new TreeMap<>();
            for (ReportClue rc : clues) byModel.computeIfAbsent(rc.clue().modelId(), m -> new ArrayList<>()).add(rc);
            Set<String> names = new LinkedHashSet<>(List.of(SUMMARY));
            for (Map.Entry<String, List<ReportClue>> e : byModel.entrySet()) {
                String name = WorkbookUtil.createSafeSheetName(e.getKey());
                for (int i = 2; !names.add(name); i++) name = WorkbookUtil.createSafeSheetName(e.getKey().substring(0, Math.min(e.getKey().length(), 27)) + "~" + i);
                model(wb.createSheet(name), st, e.getValue());
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                wb.write(out);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void summary(Sheet s, Styles st, String agency, String runId, String runDate, List<ReportClue> clues) {
        Widths w = new Widths();
        int r = 0;
        r = pairs(s, st, w, r, new String[][] {{"接收机关", agency}, {"运行日期", runDate}, {"运行编号", runId}, {"线索总数", String.valueOf(clues.size())}});
        List<Clue> cs = clues.stream().map(ReportClue::clue).toList();
        r = counts(s, st, w, r + 1, "模型 / 规则", ReportHtml.count(cs, c -> c.modelId() + " / " + c.ruleId()));
        r = counts(s, st, w, r + 1, "严重程度", ReportHtml.count(cs, c -> Labels.severity(c.severity())));
        r = counts(s, st, w, r + 1, "区域", ReportHtml.count(cs, c -> ReportHtml.nz(c.district()).isEmpty() ? "（空）" : c.district()));
        if (clues.stream().anyMatch(rc -> rc.lifecycle().isPresent())) {
            Map<String, Long> byStatus = new TreeMap<>();
            for (ReportClue rc : clues) byStatus.merge(Labels.status(rc.status()), 1L, Long::sum);
            counts(s, st, w, r + 1, "状态", byStatus);
        }
        w.apply(s);
    }

    private static int pairs(Sheet s, Styles st, Widths w, int r, String[][] rows) {
        for (String[] kv : rows) {
            Row row = s.createRow(r++);
            cell(row, 0, kv[0], st.bold, w);
            cell(row, 1, kv[1], null, w);
        }
        return r;
    }

    private static int counts(Sheet s, Styles st, Widths w, int r, String what, Map<String, Long> counts) {
        Row head = s.createRow(r++);
        cell(head, 0, what, st.header, w);
        cell(head, 1, "线索数", st.header, w);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            Row row = s.createRow(r++);
            cell(row, 0, e.getKey(), null, w);
            row.createCell(1).setCellValue(e.getValue());
        }
        return r;
    }

    private static void model(Sheet s, Styles st, List<ReportClue> clues) {
        List<Map<String, String>> flat = new ArrayList<>();
        Set<String> evidenceColumns = new LinkedHashSet<>();
        for (ReportClue rc : clues) {
            Map<String, String> f = Evidence.flat(rc.clue().evidence());
            flat.add(f);
            evidenceColumns.addAll(f.keySet());
        }
        List<String> header = new ArrayList<>(HEAD);
        header.addAll(evidenceColumns);
        header.addAll(TAIL);
        Widths w = new Widths();
        Row head = s.createRow(0);
        for (int i = 0; i < header.size(); i++) cell(head, i, header.get(i), st.header, w);
        for (int r = 0; r < clues.size(); r++) {
            ReportClue rc = clues.get(r);
            Clue c = rc.clue();
            Row row = s.createRow(r + 1);
            List<String> values = new ArrayList<>(List.of(c.clueId(), Labels.status(rc.status()), Labels.severity(c.severity()), "",
                    rc.scoreLabel(), ReportHtml.nz(c.subjectType()), c.subjectKey(), ReportHtml.nz(c.subjectName()),
                    ReportHtml.nz(c.district()), ReportHtml.nz(c.title())));
            for (String e : evidenceColumns) values.add(flat.get(r).getOrDefault(e, ""));
            values.add(String.join("；", Evidence.statutes(c.legalBasis())));
            values.add(ReportHtml.nz(c.routeTo()));
            values.add(rc.lifecycle().map(ReportClue.Lifecycle::firstSeen).orElse(""));
            values.add(rc.lifecycle().map(l -> String.valueOf(l.timesSeen())).orElse(""));
            for (int i = 0; i < values.size(); i++) {
                if (i == 3) {
                    if (Double.isFinite(c.score())) row.createCell(i).setCellValue(c.score());
                    else row.createCell(i).setCellValue(Evidence.score(c.score()));
                    w.see(i, Evidence.score(c.score()));
                } else cell(row, i, values.get(i), st.wrap, w);
            }
        }
        s.createFreezePane(0, 1);
        s.setAutoFilter(new CellRangeAddress(0, Math.max(0, clues.size()), 0, header.size() - 1));
        w.apply(s);
    }


    private static void cell(Row row, int col, String value, CellStyle style, Widths w) {
        var c = row.createCell(col);
        String v = value == null ? "" : value;
        // a cell holds at most 32,767 characters (Excel's limit, enforced by POI): a longer list is cut, and says so
        if (v.length() > MAX_CELL) v = v.substring(0, MAX_CELL - 40) + "…（已截断，共 " + v.length() + " 字，全文见 clues.csv）";
        c.setCellValue(v);
        if (style != null) c.setCellStyle(style);
        w.see(col, value);
    }

    /** Column widths from the longest text seen (a CJK character counts two), capped; set once at the end. */
    private static final class Widths {
        private final Map<Integer, Integer> chars = new LinkedHashMap<>();

        void see(int col, String value) {
            int n = 0;
            if (value != null) for (int i = 0; i < value.length(); i++) n += value.charAt(i) > 0x2E80 ? 2 : 1;
            chars.merge(col, Math.min(MAX_WIDTH, n + 2), Math::max);
        }

        void apply(Sheet s) {
            chars.forEach((col, n) -> s.setColumnWidth(col, Math.max(6, n) * 256));
        }
    }

    private static final class Styles {
        final CellStyle header, bold, wrap;

        Styles(XSSFWorkbook wb) {
            Font b = wb.createFont();
            b.setBold(true);
            header = wb.createCellStyle();
            header.setFont(b);
            header.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            bold = wb.createCellStyle();
            bold.setFont(b);
            wrap = wb.createCellStyle();
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
        }
    }
}
