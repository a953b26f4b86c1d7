package dev.supervise.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The drunk-driving-license model written by hand in Spark SQL, with built-in functions only: the baseline of
 * scripts/bench-compare. It reads the two CSV files, normalizes what the contract normalizes (whitespace, full-width
 * digits, 15-digit id numbers, the ISO 7064 check character, the dirty date forms), joins and prints one line per clue
 * ({@code license_not_revoked,<id number>,high}), as expected-clues.csv lists them. It writes no quarantine, manifest,
 * clue file or store: it is what the screening itself costs in Spark.
 *
 * <pre>DrunkDrivingBaseline DIR [RUN_DATE] [GRACE_DAYS]</pre>
 */
public final class DrunkDrivingBaseline {
    private static final String FULL_WIDTH = "０１２３４５６７８９ＸｘＴ－／．：";
    private static final String HALF_WIDTH = "0123456789XxT-/.:";

    private DrunkDrivingBaseline() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        LocalDate runDate = LocalDate.parse(args.length > 1 ? args[1] : "2026-06-30");
        int grace = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        SparkSession spark = SparkSession.builder().appName("drunk-driving-baseline").master("local[*]")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        spark.read().option("header", "true").csv(dir.resolve("criminal_judgments.csv").toString()).createOrReplaceTempView("judgments");
        spark.read().option("header", "true").csv(dir.resolve("driver_licenses.csv").toString()).createOrReplaceTempView("licenses");
        String sql = "WITH j0 AS (SELECT upper(" + text("id_number") + ") AS s, " + text("charge") + " AS charge, " + text("circumstance")
                + " AS circumstance, " + day("effective_date") + " AS effective FROM judgments), "
                + "l0 AS (SELECT upper(" + text("id_number") + ") AS s, " + text("status") + " AS status FROM licenses), "
                + "j AS (SELECT " + ID + " AS id, charge, circumstance, effective FROM " + checked("j0") + "), "
                + "l AS (SELECT " + ID + " AS id, status FROM " + checked("l0") + ") "
                + "SELECT l.id, count(DISTINCT j.charge) FROM l JOIN j ON l.id = j.id "
                + "WHERE coalesce(l.status, '') NOT IN ('吊销', '注销') "
                + "AND ((j.charge = '危险驾驶罪' AND instr(j.circumstance, '醉酒') > 0) OR (j.charge = '交通肇事罪' AND instr(j.circumstance, '逃逸') > 0)) "
                + "AND j.effective <= date_sub(DATE'" + runDate + "', " + grace + ") GROUP BY l.id ORDER BY l.id";
        List<Row> rows = spark.sql(sql).collectAsList();
        for (Row r : rows) System.out.println("license_not_revoked," + r.getString(0) + ",high");
        spark.stop();
    }

    /** Full-width digits and letters made ASCII, all whitespace removed (the contract's normalized text). */
    private static String text(String column) {
        return "regexp_replace(translate(" + column + ", '" + FULL_WIDTH + "', '" + HALF_WIDTH + "'), '[\\\\s\\\\x{3000}\\\\x{200B}]', '')";
    }

    /** The first 17 characters of an id number in s (a 15-digit one widened with 19), else null. */
    private static final String WIDENED = "CASE WHEN s RLIKE '^[0-9]{15}$' THEN concat(substr(s, 1, 6), '19', substr(s, 7, 9)) "
            + "WHEN s RLIKE '^[0-9]{17}[0-9X]$' THEN substr(s, 1, 17) END";
    /** The ISO 7064 MOD 11-2 check character of w. */
    private static final String CHECK = check();
    /** The valid 18-character id number, else null (over w and its check character c). */
    private static final String ID = "CASE WHEN w IS NULL OR length(s) = 18 AND substr(s, 18, 1) <> c THEN NULL ELSE concat(w, c) END";

    /** The rows of {@code table} with w (the first 17 characters of the id number) and c (its check character). */
    private static String checked(String table) {
        return "(SELECT *, " + CHECK + " AS c FROM (SELECT *, CAST(w AS BIGINT) AS n FROM (SELECT *, " + WIDENED + " AS w FROM " + table + ")))";
    }

    /** The check character of w from its 17 digits as one number (arithmetic, no substrings). */
    private static String check() {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        StringBuilder sum = new StringBuilder();
        for (int i = 0; i < weights.length; i++)
            sum.append(i == 0 ? "" : " + ").append("(n DIV ").append((long) Math.pow(10, 16 - i)).append(" % 10) * ").append(weights[i]);
        return "substr('10X98765432', pmod(" + sum + ", 11) + 1, 1)";
    }

    /** The calendar day of a dirty date (2026-3-5, 2026/03/05, 20260305, 2026.03.05, 2026年3月5日, with or without a time). */
    private static String day(String column) {
        String d = "split(split(trim(translate(" + column + ", '" + FULL_WIDTH + "', '" + HALF_WIDTH + "')), ' ')[0], 'T')[0]";
        StringBuilder b = new StringBuilder("coalesce(");
        String[] patterns = {"yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"};
        for (int i = 0; i < patterns.length; i++) b.append(i == 0 ? "" : ", ").append("try_to_date(").append(d).append(", '").append(patterns[i]).append("')");
        return b.append(")").toString();
    }
}
