package dev.supervise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supervise.clue.ClueCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * estimate_u: random_pairs with the prior over all pairs: two strangers who share only a birth date and a postcode
 * (the blocking keys), their names different, are not linked, while every true pair is. With the blocked pairs' share
 * of matches as the prior, the blocking rules' agreement counted twice and the strangers were linked (P 0.94).
 */
class RandomPairsPriorTest {
    static final String MODEL = LinkModels.of("{rec: text, given: text, surname: text, dob: text, postcode: text}", """
                  left: a
                  right: b
                  left_key: rec
                  fields:
                    given: {column: given, normalize: name}
                    surname: {column: surname, normalize: name}
                    dob: {column: dob, normalize: digits}
                    postcode: {column: postcode, normalize: digits}
                  blocking: [dob, postcode]
                  compare:
                    given: {method: exact, m: [0.9, 0.1]}
                    surname: {method: exact, m: [0.9, 0.1]}
                    dob: {method: exact, m: [0.9, 0.1]}
                    postcode: {method: exact, m: [0.95, 0.05]}
                  score: fellegi_sunter
                  estimate_u: random_pairs
                  best: mutual
            """);

    @TempDir
    Path tmp;

    private static String name(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 7; i++) b.append((char) ('a' + r.nextInt(26)));
        return b.toString();
    }

    @Test
    void strangersSharingOnlyTheBlockingKeysAreNotLinked() throws Exception {
        Random r = new Random(7);
        StringBuilder a = new StringBuilder("rec,given,surname,dob,postcode\n"), b = new StringBuilder(a);
        LocalDate first = LocalDate.of(1950, 1, 1);
        for (int i = 0; i < 400; i++) {
            String dob = first.plusDays(7L * i).toString().replace("-", ""), postcode = String.valueOf(1000 + i % 40);
            String given = name(r), surname = name(r);
            a.append("a").append(i).append(',').append(given).append(',').append(surname).append(',').append(dob).append(',').append(postcode).append('\n');
            // 350 true pairs; B's other 50 are other people
            if (i < 350) b.append("b").append(i).append(',').append(given).append(',').append(surname).append(',').append(dob).append(',').append(postcode).append('\n');
            else b.append("b").append(i).append(',').append(name(r)).append(',').append(name(r)).append(",2001").append(1000 + i).append(',').append(postcode).append('\n');
        }
        a.append("as,zedekia,quillon,19991231,1005\n");
        b.append("bs,amarind,rookery,19991231,1005\n");
        Path models = tmp.resolve("models/t"), data = tmp.resolve("data");
        Files.createDirectories(models);
        Files.createDirectories(data);
        Files.writeString(models.resolve("model.yaml"), MODEL);
        Files.writeString(data.resolve("a.csv"), a);
        Files.writeString(data.resolve("b.csv"), b);
        CliRun run = CliRun.of("run", "--models", tmp.resolve("models").toString(), "--model", "t", "--data", data.toString(),
                "--out", tmp.resolve("out").toString(), "--no-store", "--run-date", "2026-06-30", "-q");
        assertEquals(0, run.exit(), run.err());
        Set<String> links = new HashSet<>();
        ClueCsv.read(tmp.resolve("out/clues.csv")).forEach(c -> links.add(c.get("subject_key")));
        assertFalse(links.contains("as=bs"), "a shared birth date and postcode, nothing else");
        for (int i = 0; i < 350; i++) assertTrue(links.contains("a" + i + "=b" + i), "a" + i);
        assertEquals(350, links.size(), links.toString());
        JsonNode steps = new ObjectMapper().readTree(tmp.resolve("out/run.json").toFile()).path("models").get(0).path("steps");
        for (JsonNode s : steps)
            if (s.path("id").asText().equals("link")) {
                double prior = s.path("details").path("prior_over_all_pairs").asDouble(-1);
                // the matches EM finds (some 350, and a share of the near misses), over 401 x 401 pairs; EM's own prior
                // over the 4,021 blocked pairs is some 40 times that, and linked the strangers (P 0.94)
                assertTrue(prior > 340.0 / (401 * 401) && prior < 400.0 / (401 * 401), s.path("details").toString());
                assertTrue(s.path("details").path("fellegi_sunter").path("prior").asDouble() > 20 * prior, s.path("details").toString());
            }
    }
}
