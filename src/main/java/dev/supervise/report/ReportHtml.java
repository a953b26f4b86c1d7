package dev.supervise.report;

import dev.supervise.clue.Clue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code report.html}: one self-contained page (inline CSS, script and SVG; no network) for the people who act on
 * clues. An overview with counts and a chart per breakdown; every clue in a table sorted by severity then score,
 * filterable and searchable, each opening to its evidence as tables per agency dataset, its legal basis, route and
 * lifecycle; the cleared clues apart; the quarantine summary and the run manifest. The rows are in the page itself
 * (the script only filters and opens them), so it prints and reads without script.
 */
public final class ReportHtml {
    /** The filter value of a blank field (an option value of "" means every row). */
    private static final String EMPTY = "（空）";
    private static final String[] COLUMNS = {"严重程度", "评分", "模型", "规则", "对象", "区域", "标题", "状态", "分流至"};

    private ReportHtml() {}

    public static void write(ReportInput in, Path file) throws IOException {
        Files.writeString(file, render(in), StandardCharsets.UTF_8);
    }

    static String render(ReportInput in) {
        Html h = new Html();
        h.raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text("法律监督线索报告 " + in.runDate()).raw("</title><style>").raw(Resources.CSS).raw("</style>")
                .raw("<script>").raw(Resources.ERRORS).raw("</script></head><body>");
        h.raw("<header><h1>法律监督线索报告</h1><p class=\"sub\">").text(in.heading()).raw("</p>")
                .raw("<nav><a href=\"#overview\">概览</a><a href=\"#clues\">线索清单</a><a href=\"#cleared\">已整改</a>")
                .raw("<a href=\"#quarantine\">隔离数据</a><a href=\"#manifest\">运行清单</a></nav></header><main>");
        overview(h, in);
        clues(h, in);
        cleared(h, in);
        quarantine(h, in);
        manifest(h, in);
        h.raw("</main><script>").raw(Resources.SCRIPT).raw("</script></body></html>\n");
        return h.toString();
    }

    private static void overview(Html h, ReportInput in) {
        h.raw("<section id=\"overview\"><h2>概览</h2><div class=\"cards\">");
        card(h, "线索", in.clues().size());
        for (String k : List.of("new", "repeat", "cleared", "suppressed"))
            if (in.counts().containsKey(k)) card(h, Labels.status(k), in.counts().get(k));
        h.raw("</div><div class=\"charts\">");
        List<Clue> clues = in.clues().stream().map(ReportClue::clue).toList();
        h.raw(Charts.bars("按模型", count(clues, Clue::modelId)));
        h.raw(Charts.bars("按规则", count(clues, c -> c.modelId() + " / " + c.ruleId())));
        h.raw(Charts.bars("按严重程度", bySeverity(clues)));
        h.raw(Charts.bars("按区域", count(clues, c -> nz(c.district()))));
        h.raw(Charts.bars("按分流机关", count(clues, c -> nz(c.routeTo()))));
        if (!in.counts().isEmpty()) {
            Map<String, Long> st = new LinkedHashMap<>();
            for (String k : List.of("new", "repeat", "cleared", "suppressed")) st.put(Labels.status(k), in.counts().getOrDefault(k, 0L));
            h.raw(Charts.bars("本次运行：新发现 / 重复 / 已整改 / 已排除", st));
        }
        h.raw("</div></section>");
    }

    private static void card(Html h, String label, long n) {
        h.raw("<div class=\"card\"><b>").text(String.valueOf(n)).raw("</b><span>").text(label).raw("</span></div>");
    }

    private static void clues(Html h, ReportInput in) {
        h.raw("<section id=\"clues\"><h2>线索清单</h2><div class=\"filters\">");
        filter(h, "model", "模型", in.clues(), rc -> rc.clue().modelId());
        filter(h, "rule", "规则", in.clues(), rc -> rc.clue().ruleId());
        filter(h, "severity", "严重程度", in.clues(), rc -> Labels.severity(rc.clue().severity()));
        filter(h, "status", "状态", in.clues(), rc -> Labels.status(rc.status()));
        filter(h, "district", "区域", in.clues(), rc -> nz(rc.clue().district()));
        filter(h, "agency", "分流机关", in.clues(), rc -> nz(rc.clue().routeTo()));
        h.raw("<input id=\"search\" type=\"search\" placeholder=\"搜索标题、对象、编号…\" aria-label=\"搜索\">")
                .raw("<span class=\"shown\">显示 <b id=\"shown\">").text(String.valueOf(in.clues().size())).raw("</b> / ")
                .text(String.valueOf(in.clues().size())).raw(" 条</span></div>");
        h.raw("<table id=\"clue-table\" class=\"list\"><thead><tr>");
        for (String c : COLUMNS) h.el("th", "", c);
        h.raw("</tr></thead><tbody>");
        for (ReportClue rc : in.clues()) row(h, rc);
        h.raw("</tbody></table>");
        if (in.clues().isEmpty()) h.el("p", "empty", "本次没有线索。");
        h.raw("</section>");
    }

    private static void filter(Html h, String key, String label, List<ReportClue> clues, Function<ReportClue, String> value) {
        TreeMap<String, Long> values = new TreeMap<>();
        for (ReportClue rc : clues) values.merge(value.apply(rc), 1L, Long::sum);
        h.raw("<label>").text(label).raw(" <select data-filter=\"" + key + "\"><option value=\"\">全部</option>");
        values.forEach((v, n) -> h.raw("<option value=\"").text(v.isEmpty() ? EMPTY : v).raw("\">").text((v.isEmpty() ? EMPTY : v) + " (" + n + ")").raw("</option>"));
        h.raw("</select></label>");
    }

    private static void row(Html h, ReportClue rc) {
        Clue c = rc.clue();
        String search = String.join(" ", nz(c.title()), nz(c.subjectKey()), nz(c.subjectName()), c.clueId(), nz(c.district())).toLowerCase();
        h.raw("<tr class=\"clue sev-").text(nz(c.severity())).raw("\" tabindex=\"0\" id=\"clue-").text(c.clueId())
                .raw("\" data-model=\"").text(c.modelId()).raw("\" data-rule=\"").text(c.ruleId())
                .raw("\" data-severity=\"").text(Labels.severity(c.severity())).raw("\" data-status=\"").text(orEmpty(Labels.status(rc.status())))
                .raw("\" data-district=\"").text(orEmpty(c.district())).raw("\" data-agency=\"").text(orEmpty(c.routeTo()))
                .raw("\" data-text=\"").text(search).raw("\">");
        h.el("td", "sev nowrap", Labels.severity(c.severity()));
        h.el("td", "num", Evidence.score(c.score()));
        h.el("td", "", c.modelId());
        h.el("td", "", c.ruleId());
        h.el("td", "", nz(c.subjectName()).isEmpty() ? c.subjectKey() : c.subjectName() + "（" + c.subjectKey() + "）");
        h.el("td", "nowrap", nz(c.district()));
        h.el("td", "title", nz(c.title()));
        h.el("td", "nowrap", Labels.status(rc.status()));
        h.el("td", "", nz(c.routeTo()));
        h.raw("</tr><tr class=\"detail\" hidden><td colspan=\"" + COLUMNS.length + "\">");
        detail(h, rc);
        h.raw("</td></tr>");
    }

    /** One clue opened: what, who, where, why (law), who acts, its lifecycle, and the evidence per agency dataset. */
    static void detail(Html h, ReportClue rc) {
        Clue c = rc.clue();
        h.raw("<div class=\"clue-card\"><h3>").text(nz(c.title())).raw("</h3><dl>");
        dt(h, "线索编号", c.clueId());
        dt(h, "模型 / 规则", c.modelId() + " " + nz(c.modelVersion()) + " / " + c.ruleId());
        dt(h, "对象", nz(c.subjectType()) + "：" + c.subjectKey() + (nz(c.subjectName()).isEmpty() ? "" : "（" + c.subjectName() + "）"));
        dt(h, "区域", nz(c.district()));
        dt(h, "严重程度", Labels.severity(c.severity()));
        dt(h, "评分", Evidence.score(c.score()) + (rc.scoreLabel().isEmpty() ? "" : "（" + rc.scoreLabel() + "）"));
        dt(h, "分流至", nz(c.routeTo()));
        dt(h, "法律依据", String.join("；", Evidence.statutes(c.legalBasis())));
        rc.lifecycle().ifPresent(l -> {
            dt(h, "状态", Labels.status(l.status()) + "，首次发现 " + l.firstSeen() + "，最近 " + l.lastSeen() + "，共 " + l.timesSeen() + " 次");
            if (!l.history().isEmpty()) dt(h, "历史", String.join("；", l.history()));
        });
        h.raw("</dl><h4>证据</h4>");
        h.raw(Waterfall.of(c.evidence()));
        for (Evidence.Section s : Evidence.sections(c.evidence())) {
            h.raw("<div class=\"evidence\"><h5>").text(s.dataset()).raw("</h5>");
            if (!s.fields().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                s.fields().forEach((k, v) -> rows.add(List.of(k, v)));
                h.table("kv", List.of("字段", "值"), rows);
            }
            s.tables().forEach((name, t) -> {
                h.el("p", "tname", name);
                h.table("records", t.columns(), t.rows());
            });
            h.raw("</div>");
        }
        h.raw("</div>");
    }

    private static void dt(Html h, String term, String value) {
        h.raw("<dt>").text(term).raw("</dt><dd>").text(value).raw("</dd>");
    }

    private static void cleared(Html h, ReportInput in) {
        h.raw("<section id=\"cleared\"><h2>已整改（本次不再发现）</h2>");
        if (in.cleared().isEmpty()) h.el("p", "empty", "没有已整改的线索。");
        else {
            List<List<String>> rows = new ArrayList<>();
            for (ReportClue rc : in.cleared()) {
                Clue c = rc.clue();
                rows.add(List.of(c.clueId(), c.modelId(), c.ruleId(), c.subjectKey(), nz(c.subjectName()), nz(c.district()), nz(c.title()),
                        rc.lifecycle().map(ReportClue.Lifecycle::firstSeen).orElse(""), rc.lifecycle().map(ReportClue.Lifecycle::lastSeen).orElse(""),
                        nz(c.routeTo())));
            }
            h.table("list cleared", List.of("线索编号", "模型", "规则", "对象", "名称", "区域", "标题", "首次发现", "最近发现", "分流至"), rows);
        }
        h.raw("</section>");
    }

    private static void quarantine(Html h, ReportInput in) {
        h.raw("<section id=\"quarantine\"><h2>隔离数据（未参与碰撞的输入行）</h2>");
        if (in.quarantine().isEmpty()) h.el("p", "empty", in.manifest().isEmpty() ? "（来自线索库的汇总不含隔离数据）" : "没有被隔离的行。");
        else {
            List<List<String>> rows = new ArrayList<>();
            for (ReportInput.QuarantineCount q : in.quarantine()) rows.add(List.of(q.dataset(), q.reason(), String.valueOf(q.rows())));
            h.table("list", List.of("数据集", "原因", "行数"), rows);
        }
        h.raw("</section>");
    }

    @SuppressWarnings("unchecked")
    private static void manifest(Html h, ReportInput in) {
        h.raw("<section id=\"manifest\"><h2>运行清单</h2>");
        Map<String, Object> m = in.manifest();
        if (m.isEmpty()) {
            h.el("p", "empty", "（来自线索库的汇总：各次运行的清单见 supervise runs）");
            h.raw("</section>");
            return;
        }
        List<List<String>> run = new ArrayList<>();
        for (String k : List.of("run_id", "run_date", "started", "ended", "seconds", "tool_version", "data", "clues"))
            if (m.containsKey(k)) run.add(List.of(k, String.valueOf(m.get(k))));
        h.table("kv", List.of("项", "值"), run);
        List<List<String>> models = new ArrayList<>(), inputs = new ArrayList<>();
        for (Object o : (List<Object>) m.getOrDefault("models", List.of())) {
            Map<String, Object> mm = (Map<String, Object>) o;
            models.add(List.of(str(mm.get("id")), str(mm.get("version")), str(mm.get("content_hash")), str(mm.get("params")),
                    str(mm.get("clues_per_rule")), str(mm.get("seconds"))));
            Map<String, Object> ds = (Map<String, Object>) mm.getOrDefault("datasets", Map.of());
            ds.forEach((name, v) -> {
                Map<String, Object> d = (Map<String, Object>) v;
                inputs.add(List.of(str(mm.get("id")), name, str(d.get("source")), str(d.get("version")), str(d.get("rows_read")),
                        str(d.get("rows_used")), str(d.get("rows_quarantined"))));
            });
        }
        h.el("h3", "", "模型");
        h.table("list", List.of("模型", "版本", "内容哈希", "参数", "每条规则线索数", "秒"), models);
        h.el("h3", "", "输入数据及其版本");
        h.table("list", List.of("模型", "数据集", "来源", "版本", "读取行", "使用行", "隔离行"), inputs);
        if (m.get("timings") instanceof Map<?, ?> t) {
            List<List<String>> rows = new ArrayList<>();
            t.forEach((k, v) -> rows.add(List.of(String.valueOf(k), String.valueOf(v))));
            h.el("h3", "", "耗时（秒）");
            h.table("kv", List.of("阶段", "秒"), rows);
        }
        h.raw("</section>");
    }


    static Map<String, Long> count(List<Clue> clues, Function<Clue, String> key) {
        Map<String, Long> m = new TreeMap<>();
        for (Clue c : clues) m.merge(key.apply(c), 1L, Long::sum);
        Map<String, Long> sorted = new LinkedHashMap<>();
        m.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static Map<String, Long> bySeverity(List<Clue> clues) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String s : List.of("high", "medium", "low")) {
            long n = clues.stream().filter(c -> s.equals(c.severity())).count();
            if (n > 0) m.put(Labels.severity(s), n);
        }
        return m;
    }

    /** A manifest value for people: maps as "k=v, k=v", lists joined, versions as their fields. */
    private static String str(Object o) {
        if (o == null) return "";
        if (o instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            m.forEach((k, v) -> parts.add(k + "=" + str(v)));
            return String.join(", ", parts);
        }
        if (o instanceof List<?> l) return String.join(", ", l.stream().map(ReportHtml::str).toList());
        return String.valueOf(o);
    }

    private static String orEmpty(String s) {
        return s == null || s.isEmpty() ? EMPTY : s;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
