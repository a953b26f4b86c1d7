package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.clue.ClueCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The associate operator's linkage features on a small labeled pair of files, with m and u fixed so the weights are
 * known: names swapped between given name and surname still agree (swap_with), a date with a typo partly agrees,
 * multi-level comparisons, term-frequency weights (a rare surname weighs more than a common one), links explained field
 * by field in the clues' evidence, and link-eval's split of the missed true pairs and its threshold table.
 */
class LinkageExplainedTest {
    static final String MODEL = """
            id: t
            version: 1.0.0
            title: t
            route_to: data management
            datasets:
              a:
                columns: &p {rec: text, given: text, surname: text, dob: text, postcode: text}
              b:
                columns: *p
            steps:
              - id: link
                associate:
                  left: a
                  right: b
                  left_key: rec
                  fields:
                    given: {column: given, normalize: name}
                    surname: {column: surname, normalize: name}
                    dob: {column: dob, normalize: digits}
                    postcode: {column: postcode, normalize: digits}
                  blocking: [postcode]
                  compare:
                    given: {method: jaro_winkler, levels: [1, 0.9], m: [0.9, 0.05, 0.05], u: [0.01, 0.04, 0.95], swap_with: surname}
                    surname: {method: jaro_winkler, levels: [1, 0.9], m: [0.9, 0.05, 0.05], u: [0.01, 0.04, 0.95], swap_with: given, tf: true}
                    dob: {method: date, m: [0.9, 0.05, 0.05], u: [0.01, 0.02, 0.97]}
                    postcode: {method: exact, m: [0.95, 0.05], u: [0.2, 0.8]}
                  score: fellegi_sunter
                  threshold: 0.5
                  best: mutual
            rules:
              - id: same
                from: link
                title: "{left_id} = {right_id} ({method})"
                subject_type: person
                subject_key: concat(left_id, '=', right_id)
                severity: low
                score: score
                evidence: {match_weights: match_weights}
            """;
    static final String HEADER = "rec,given,surname,dob,postcode,ent\n";
    /** Dedupe of one file: its duplicates linked, then grouped into clusters keyed by their smallest member. */
    static final String DEDUPE = """
            id: d
            version: 1.0.0
            title: d
            route_to: data management
            datasets:
              people:
                columns: {rec: text, given: text, surname: text, dob: text, postcode: text}
            steps:
              - id: pairs
                associate:
                  left: people
                  left_key: rec
                  fields:
                    given: {column: given, normalize: name}
                    surname: {column: surname, normalize: name}
                    dob: {column: dob, normalize: digits}
                  blocking: [surname, dob]
                  compare:
                    given: {method: jaro_winkler, m: [0.9, 0.05, 0.05], u: [0.01, 0.04, 0.95]}
                    surname: {method: jaro_winkler, m: [0.9, 0.05, 0.05], u: [0.01, 0.04, 0.95]}
                    dob: {method: date, m: [0.9, 0.05, 0.05], u: [0.01, 0.02, 0.97]}
                  score: fellegi_sunter
                  threshold: 0.9
              - id: clusters
                group:
                  nodes: people
                  key: rec
                  links: [{from: pairs, key: left_id, to: right_id}]
            rules:
              - id: cluster
                from: clusters
                where: group_size > 1
                title: "{group_key} ({group_size})"
                subject_type: person
                subject_key: rec
                severity: low
                score: group_size
                evidence: {cluster: group_key}
            """;

    @TempDir
    static Path tmp;
    static Map<String, JsonNode> explained = new HashMap<>();
    static CliRun eval;

    @BeforeAll
    static void run() throws Exception {
        Path models = tmp.resolve("models/t"), data = tmp.resolve("data");
        Files.createDirectories(models);
        Files.createDirectories(data);
        Files.writeString(models.resolve("model.yaml"), MODEL);
        Files.createDirectories(tmp.resolve("models/d"));
        Files.writeString(tmp.resolve("models/d/model.yaml"), DEDUPE);
        Files.writeString(data.resolve("a.csv"), HEADER + """
                a1,john,smith,19800131,2000,p1
                a2,mary,jones,19751201,2600,p2
                a3,zed,quixote,19900505,3000,p3
                a4,ann,smith,19850707,3000,p4
                a5,pete,brown,19600101,1111,p5
                a6,tom,smith,19700101,4000,p6
                a7,sue,smith,19700202,5000,p7
                """);
        Files.writeString(data.resolve("b.csv"), HEADER + """
                b1,smith,john,19800131,2000,p1
                b2,mary,jones,19751221,2600,p2
                b3,zed,quixote,19900505,3000,p3
                b4,ann,smith,19850707,3000,p4
                b5,pete,brown,19600101,9999,p5
                b6,tom,smith,19700101,4000,p6
                b7,sue,smith,19700202,5000,p7
                """);
        CliRun r = CliRun.of("run", "--models", tmp.resolve("models").toString(), "--model", "t", "--data", data.toString(),
                "--out", tmp.resolve("out").toString(), "--no-store", "--run-date", "2026-06-30", "-q");
        assertEquals(0, r.exit(), r.err());
        for (Map<String, String> c : ClueCsv.read(tmp.resolve("out/clues.csv")))
            explained.put(c.get("subject_key"), new ObjectMapper().readTree(c.get("evidence")).path("match_weights"));
        eval = CliRun.of("link-eval", "--models", tmp.resolve("models").toString(), "--model", "t", "--data", data.toString(),
                "--truth", "ent", "--run-date", "2026-06-30", "--explain", "3");
        assertEquals(0, eval.exit(), eval.err());
    }

    private static JsonNode field(String link, String name) {
        for (JsonNode f : explained.get(link).path("fields")) if (f.path("field").asText().equals(name)) return f;
        throw new AssertionError(name + " not in " + explained.get(link));
    }

    @Test
    void swappedNamesAndATypoInTheDateStillLink() {
        assertEquals(6, explained.size(), "every pair but the one no blocking rule formed: " + explained.keySet());
        assertEquals("2", field("a1=b1", "given").path("level").asText(), "john smith = smith john: names swapped agree");
        assertEquals("2", field("a1=b1", "surname").path("level").asText());
        assertEquals("1", field("a2=b2", "dob").path("level").asText(), "19751201 ~ 19751221: one digit, partly agrees");
        assertTrue(field("a2=b2", "dob").path("weight").asDouble() > 0, "a partial agreement still counts for the link");
    }

    @Test
    void eachLinkIsExplainedFieldByField() {
        for (Map.Entry<String, JsonNode> e : explained.entrySet()) {
            JsonNode w = e.getValue();
            double sum = w.path("prior").asDouble();
            for (JsonNode f : w.path("fields")) sum += f.path("weight").asDouble();
            assertEquals(w.path("total").asDouble(), sum, 1e-3, e.getKey() + ": the prior and the fields add up to the total");
            double p = 1 / (1 + Math.pow(2, -w.path("total").asDouble()));
            assertEquals(p, w.path("probability").asDouble(), 1e-3, e.getKey() + ": the probability is the total's");
            assertEquals(4, w.path("fields").size());
        }
        double given = Math.log(0.9 / 0.01) / Math.log(2);
        assertEquals(given, field("a4=b4", "given").path("weight").asDouble(), 1e-3, "log2(m/u) of an agreement");
    }

    @Test
    void aRareSurnameWeighsMoreThanACommonOne() {
        double rare = field("a3=b3", "surname").path("weight").asDouble(), common = field("a4=b4", "surname").path("weight").asDouble();
        assertTrue(rare > common + 1, "quixote " + rare + " vs smith " + common);
        // smith is 7 of the 14 surname values, quixote 2: u = their shares
        assertEquals(Math.log(0.9 / (2.0 / 14)) / Math.log(2), rare, 1e-3);
    }

    @Test
    void linkEvalSaysWhereRecallWasLost() {
        String out = eval.out();
        assertTrue(out.matches("(?s).*true pairs\\s+7\\n.*"), out);
        assertTrue(out.matches("(?s).*blocking misses\\s+1 .*"), "pete brown's postcodes differ, and only postcode blocks: " + out);
        assertTrue(out.matches("(?s).*scoring misses\\s+0 .*"), out);
        assertTrue(out.contains("a5 = b5  score -") && out.contains("never compared"), out);
        assertTrue(out.matches("(?s).*\\n1\\s+8\\s+6\\s+6\\s+0  postcode\\n.*"), "one rule: 8 pairs, 6 true, all only by it, no block skipped: " + out);
        List<String> table = out.lines().filter(l -> l.matches("0\\.[1-9] .*")).toList();
        assertEquals(9, table.size(), out);
        // the step's own threshold is 0.5: its row of the table is the links made; a higher threshold never makes more
        java.util.regex.Matcher links = java.util.regex.Pattern.compile("\\nlinks\\s+(\\d+)\\n.*\\ncorrect links\\s+(\\d+)\\n",
                java.util.regex.Pattern.DOTALL).matcher(out);
        assertTrue(links.find(), out);
        String[] half = table.get(4).trim().split("\\s+");
        assertEquals(List.of("0.5", links.group(1), links.group(2)), List.of(half[0], half[1], half[2]), out);
        for (int i = 1; i < table.size(); i++)
            assertTrue(Long.parseLong(table.get(i).trim().split("\\s+")[1]) <= Long.parseLong(table.get(i - 1).trim().split("\\s+")[1]), out);
        assertFalse(out.contains("false links (highest scored first): 1"), out);
    }

    private static Map<String, String> clusters(Path data, String rows) throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("people.csv"), HEADER + rows);
        Path out = data.resolveSibling(data.getFileName() + "-out");
        CliRun r = CliRun.of("run", "--models", tmp.resolve("models").toString(), "--model", "d", "--data", data.toString(),
                "--out", out.toString(), "--no-store", "--run-date", "2026-06-30", "-q");
        assertEquals(0, r.exit(), r.err());
        Map<String, String> of = new HashMap<>();
        for (Map<String, String> c : ClueCsv.read(out.resolve("clues.csv")))
            of.put(c.get("subject_key"), new ObjectMapper().readTree(c.get("evidence")).path("cluster").asText());
        return of;
    }

    @Test
    void dedupeGivesClustersThatKeepTheirIdAndLinkEvalScoresTheirPairs() throws Exception {
        String rows = """
                r3,john,smith,19800131,2000,p1
                r1,jon,smith,19800131,2000,p1
                r7,john,smyth,19800131,2000,p1
                r2,mary,jones,19751201,2600,p2
                r5,mary,jones,19751201,2600,p2
                r4,zed,quixote,19900505,3000,p3
                r6,ann,smith,19850707,3000,p4
                """;
        Map<String, String> first = clusters(tmp.resolve("dedupe1"), rows);
        assertEquals(Map.of("r1", "r1", "r3", "r1", "r7", "r1", "r2", "r2", "r5", "r2"), first, "keyed by the smallest member");
        // the next run gets the rows in another order and one more record of p1: the clusters keep their keys
        Map<String, String> next = clusters(tmp.resolve("dedupe2"), rows.lines().sorted(java.util.Comparator.reverseOrder())
                .map(l -> l + "\n").reduce("", String::concat) + "r9,john,smith,19800131,2000,p1\n");
        assertEquals("r1", next.get("r9"));
        for (String k : first.keySet()) assertEquals(first.get(k), next.get(k), k);
        CliRun e = CliRun.of("link-eval", "--models", tmp.resolve("models").toString(), "--model", "d", "--step", "clusters",
                "--data", tmp.resolve("dedupe1").toString(), "--truth", "ent", "--run-date", "2026-06-30");
        assertEquals(0, e.exit(), e.err());
        assertTrue(e.out().matches("(?s).*cluster pairs\\s+4\\n.*true pairs\\s+4\\n.*correct links\\s+4\\n.*clusters\\s+4\\n.*"), e.out());
    }
}
