package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supervise.clue.ClueCsv;
import dev.supervise.testing.Chromium;
import dev.supervise.testing.Files2;
import dev.supervise.testing.SparkExtension;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the people who act on clues open, from the main command on the sample data: report.html in a real browser,
 * one workbook per receiving agency read back with POI, the order of clues.csv, masking, and cleared.csv.
 */
@ExtendWith(SparkExtension.class)
class PeopleOutputsTest {
    static final Path ROOT = Files2.projectRoot();
    /** A resident id number: region, birth date, sequence, check character. */
    static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])\\d{6}(19|20)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![0-9A-Za-z])");

    @TempDir
    static Path tmp;
    static Path plain, masked;

    @BeforeAll
    static void runSample() {
        SparkExtension.session();
        plain = tmp.resolve("plain");
        masked = tmp.resolve("masked");
        CliRun a = CliRun.of("run", "--all", "--data", ROOT.resolve("sample-data").toString(), "--out", plain.toString(),
                "--store", tmp.resolve("store").toString(), "--quiet");
        assertEquals(0, a.exit(), a.err());
        CliRun m = CliRun.of("run", "--all", "--data", ROOT.resolve("sample-data").toString(), "--out", masked.toString(),
                "--no-store", "--mask", "--quiet");
        assertEquals(0, m.exit(), m.err());
    }

    @Test
    void theReportRendersInABrowserWithEveryClue() throws Exception {
        Path page = plain.resolve("report.html");
        Path shot = ROOT.resolve("target/report-screenshots/report.png");
        Chromium.Rendered r = Chromium.render(page, shot, 1400, 2400);
        List<Map<String, String>> clues = ClueCsv.read(plain.resolve("clues.csv"));
        assertEquals(54, clues.size());
        assertTrue(r.dom().contains("data-ready=\"54\""), "the page's script ran to its end over 54 clues");
        Matcher errors = Pattern.compile("<html[^>]*data-errors=\"([^\"]*)\"").matcher(r.dom());
        assertFalse(errors.find(), () -> "script errors: " + errors.group(1));
        for (String line : r.log().lines().toList())
            assertFalse(line.contains(":CONSOLE") && !line.contains("Slow network"), "console message: " + line);
        for (Map<String, String> c : clues) {
            assertTrue(r.dom().contains("id=\"clue-" + c.get("clue_id") + "\""), c.get("clue_id"));
            assertTrue(r.dom().contains(Chromium.domText(c.get("title"))), c.get("title"));
        }
        for (String section : List.of("overview", "clues", "cleared", "quarantine", "manifest"))
            assertTrue(r.dom().contains("<section id=\"" + section + "\""), section);
        assertTrue(Files.size(shot) > 20_000, "a screenshot for people to look at: " + shot);
        String html = Files.readString(page);
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "the page loads nothing from a network");
        assertTrue(html.contains("<svg"), "charts are inline SVG");
    }

    @Test
    void theReportShowsEvidenceAsTablesAndTheQuarantineSummary() throws Exception {
        String html = Files.readString(plain.resolve("report.html"));
        assertTrue(html.contains("<h5>death_records</h5>"), "evidence per agency dataset");
        assertTrue(html.contains("<table class=\"records\"><thead><tr><th>record_id</th>"), "a list of records as a table");
        assertFalse(html.contains("{&quot;"), "no raw JSON");
        assertTrue(html.contains("<td>civil_cases</td><td>filed_at: cannot parse &#39;…&#39; as date</td>"), "quarantine per dataset and reason");
    }

    @Test
    void cluesComeMostSevereFirstThenByScore() {
        List<Map<String, String>> clues = ClueCsv.read(plain.resolve("clues.csv"));
        for (int i = 1; i < clues.size(); i++) {
            int a = rank(clues.get(i - 1).get("severity")), b = rank(clues.get(i).get("severity"));
            assertTrue(a >= b, "severity order at row " + i);
            if (a == b) assertTrue(Double.parseDouble(clues.get(i - 1).get("score")) >= Double.parseDouble(clues.get(i).get("score")),
                    "score order at row " + i);
        }
    }

    private static int rank(String s) {
        return switch (s) {
            case "high" -> 3;
            case "medium" -> 2;
            default -> 1;
        };
    }

    @Test
    void oneWorkbookPerReceivingAgency() throws Exception {
        List<Map<String, String>> clues = ClueCsv.read(plain.resolve("clues.csv"));
        Set<String> agencies = new TreeSet<>();
        for (Map<String, String> c : clues) agencies.add(c.get("route_to"));
        Set<String> files = new TreeSet<>();
        try (Stream<Path> s = Files.list(plain.resolve("by-agency"))) {
            s.forEach(p -> files.add(p.getFileName().toString()));
        }
        Set<String> expected = new TreeSet<>();
        for (String a : agencies) expected.add(a + ".xlsx");
        assertEquals(expected, files);
        String runId = clues.get(0).get("run_id");
        for (String agency : agencies) {
            Set<String> ids = new HashSet<>();
            for (Map<String, String> c : clues) if (c.get("route_to").equals(agency)) ids.add(c.get("clue_id"));
            try (InputStream in = Files.newInputStream(plain.resolve("by-agency").resolve(agency + ".xlsx"));
                 XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertEquals("汇总", wb.getSheetName(0));
                String summary = text(wb.getSheetAt(0));
                assertTrue(summary.contains(runId) && summary.contains("2026-06-30") && summary.contains(agency), summary);
                Set<String> seen = new HashSet<>();
                for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                    XSSFSheet sheet = wb.getSheetAt(i);
                    Row head = sheet.getRow(0);
                    List<String> header = new ArrayList<>();
                    for (Cell c : head) header.add(c.getStringCellValue());
                    assertEquals(List.of("线索编号", "状态", "严重程度", "评分"), header.subList(0, 4));
                    assertTrue(header.contains("标题") && header.contains("法律依据"), header.toString());
                    assertTrue(header.stream().anyMatch(h -> h.contains(".")), "evidence flattened into dataset.field columns: " + header);
                    assertTrue(sheet.getPaneInformation() != null && sheet.getPaneInformation().isFreezePane(), "frozen header");
                    assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), "autofilter");
                    assertTrue(sheet.getColumnWidth(header.indexOf("标题")) > 20 * 256, "the title column is wide enough to read");
                    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                        String id = sheet.getRow(r).getCell(0).getStringCellValue();
                        assertTrue(seen.add(id), id);
                        assertEquals("新发现", sheet.getRow(r).getCell(1).getStringCellValue());
                    }
                }
                assertEquals(ids, seen, agency);
            }
        }
    }

    @Test
    void maskingLeavesNoIdNumberOfTheUnmaskedRun() throws Exception {
        Set<String> idNumbers = new LinkedHashSet<>();
        Matcher m = ID_NUMBER.matcher(Files.readString(plain.resolve("clues.csv")));
        while (m.find()) idNumbers.add(m.group());
        assertTrue(idNumbers.size() > 20, "the unmasked clues hold id numbers: " + idNumbers.size());
        List<String> texts = new ArrayList<>(List.of(Files.readString(masked.resolve("clues.csv")), Files.readString(masked.resolve("report.html"))));
        try (Stream<Path> s = Files.list(masked.resolve("by-agency"))) {
            for (Path p : s.toList())
                try (InputStream in = Files.newInputStream(p); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    for (Sheet sheet : wb) texts.add(text(sheet));
                }
        }
        try (Stream<Path> s = Files.walk(masked.resolve("clues.parquet"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) texts.add(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        for (String t : texts) for (String id : idNumbers) assertFalse(t.contains(id), id);
        assertTrue(Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]").matcher(texts.get(0)).find(), "id numbers keep their first 6 and last 4");
        Set<String> plainIds = new TreeSet<>(), maskedIds = new TreeSet<>();
        ClueCsv.read(plain.resolve("clues.csv")).forEach(c -> plainIds.add(c.get("clue_id")));
        ClueCsv.read(masked.resolve("clues.csv")).forEach(c -> maskedIds.add(c.get("clue_id")));
        assertEquals(plainIds, maskedIds, "clue ids do not change");
    }

    @Test
    void clearedCluesOfTheRunAreListedApart() throws Exception {
        Path store = tmp.resolve("store-cleared");
        String data = ROOT.resolve("sample-data").toString();
        CliRun first = CliRun.of("run", "--model", "drunk-driving-license", "--data", data, "--out", tmp.resolve("c1").toString(),
                "--store", store.toString(), "--quiet");
        assertEquals(0, first.exit(), first.err());
        assertEquals(1, Files.readAllLines(tmp.resolve("c1/cleared.csv")).size(), "a first run clears nothing: cleared.csv has its header only");
        CliRun second = CliRun.of("run", "--model", "drunk-driving-license", "--data", data, "--out", tmp.resolve("c2").toString(),
                "--store", store.toString(), "--quiet", "--param", "drunk-driving-license.grace_days=100000");
        assertEquals(0, second.exit(), second.err());
        List<String> cleared = Files.readAllLines(tmp.resolve("c2/cleared.csv"));
        List<Map<String, String>> before = ClueCsv.read(tmp.resolve("c1/clues.csv"));
        assertEquals(5, before.size());
        assertEquals(1 + before.size(), cleared.size(), String.join("\n", cleared));
        assertTrue(cleared.get(0).endsWith("status,first_seen,times_seen"), cleared.get(0));
        String html = Files.readString(tmp.resolve("c2/report.html"));
        String clearedSection = html.substring(html.indexOf("<section id=\"cleared\""), html.indexOf("<section id=\"quarantine\""));
        for (Map<String, String> c : before) {
            assertTrue(cleared.stream().anyMatch(l -> l.startsWith(c.get("clue_id")) && l.contains(",cleared,")), c.get("clue_id"));
            assertTrue(clearedSection.contains(c.get("clue_id")), c.get("clue_id"));
        }
    }

    private static String text(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        StringBuilder b = new StringBuilder();
        for (Row r : sheet) for (Cell c : r) b.append(f.formatCellValue(c)).append('\t');
        return b.toString();
    }
}
