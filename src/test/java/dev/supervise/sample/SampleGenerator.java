package dev.supervise.sample;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the deterministic, dirty, realistic sample datasets of the parking-space, hospital-discharge,
 * pension-after-death, false-litigation, community-correction and drunk-driving-license models, with planted
 * clues listed in {@code expected-clues.csv}.
 *
 * <pre>
 * tools generate-data --out DIR [--seed 42] [--rows N] [--format csv|parquet]
 *                     [--models parking-space,hospital-discharge,pension-after-death,false-litigation,
 *                               community-correction,drunk-driving-license]
 *                     [--run-date 2026-06-30]
 * </pre>
 *
 * The same arguments always give byte-identical CSV files. Without {@code --rows} the bundled sample
 * scale is written; with it, the largest dataset of each model gets N rows (parking_violations,
 * wastewater_monitoring, pension_payments, civil_cases, travel_records, driver_licenses) and the others scale
 * moderately. {@code DIR/catalog.yaml} fixes the run date. The arguments are read by {@link GenerateDataCommand}.
 */
public final class SampleGenerator {

    static final String PARKING = "parking-space";
    static final String HOSPITAL = "hospital-discharge";
    static final String PENSION = "pension-after-death";
    static final String LITIGATION = "false-litigation";
    static final String CORRECTION = "community-correction";
    static final String DRUNK = "drunk-driving-license";
    /** Every model this generator knows, in the order it writes them (the default of --models). */
    static final List<String> MODELS = List.of(PARKING, HOSPITAL, PENSION, LITIGATION, CORRECTION, DRUNK);

    record Options(Path out, long seed, long rows, String format, List<String> models, LocalDate runDate) {
        boolean bundled() {
            return rows <= 0;
        }
    }

    private SampleGenerator() {
    }

    static void generate(Options o, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        long runDay = o.runDate().toEpochDay();
        boolean parquet = o.format().equals("parquet");
        Path csvDir = parquet ? o.out().resolve(".csv-staging") : o.out();
        Map<String, Long> written = new LinkedHashMap<>();
        ExpectedClues expected = new ExpectedClues();

        if (o.models().contains(PARKING)) {
            ParkingData p = new ParkingData(o.seed(), runDay);
            ParkingPlan.plant(p);
            long violations = o.bundled() ? p.violations.size() + 3_500 : o.rows();
            if (violations < p.violations.size()) {
                err.println("generate-data: --rows " + o.rows() + " is below the " + p.violations.size()
                        + " planted parking violations: writing background rows only, no parking clue expected");
                p = new ParkingData(o.seed(), runDay);
            }
            int roads = o.bundled() ? 300 : (int) clamp(o.rows() / 300, 300, 4_000);
            long accidents = o.bundled() ? 1_200 : clamp(o.rows() / 50, 1_200, 100_000);
            p.addBackgroundRoads(roads);
            p.writeRoads(csvDir.resolve("roads.csv"));
            p.writeSpaces(csvDir.resolve("parking_spaces.csv"));
            p.writeAccidents(csvDir.resolve("traffic_accidents.csv"), accidents);
            p.writeViolations(csvDir.resolve("parking_violations.csv"), violations);
            written.put("roads", (long) p.roads.size());
            written.put("parking_spaces", (long) p.spaces.size());
            written.put("traffic_accidents", accidents);
            written.put("parking_violations", violations);
            expected.addAll(p.clues);
        }
        if (o.models().contains(HOSPITAL)) {
            HospitalData h = new HospitalData(o.seed(), runDay);
            HospitalPlan.plant(h);
            long readings = o.bundled() ? h.readings.size() + 2_600 : o.rows();
            if (readings < h.readings.size()) {
                err.println("generate-data: --rows " + o.rows() + " is below the " + h.readings.size()
                        + " planted readings: writing background rows only, no hospital clue expected");
                h = new HospitalData(o.seed(), runDay);
            }
            h.addBackground(o.bundled() ? 320 : (int) clamp(o.rows() / 300, 320, 4_000));
            h.writeInstitutions(csvDir.resolve("medical_institutions.csv"));
            h.writePermits(csvDir.resolve("discharge_permits.csv"));
            h.writeReadings(csvDir.resolve("wastewater_monitoring.csv"), readings);
            h.writePenalties(csvDir.resolve("environmental_penalties.csv"));
            written.put("medical_institutions", (long) h.institutions.size());
            written.put("discharge_permits", (long) h.permits.size());
            written.put("wastewater_monitoring", readings);
            written.put("environmental_penalties", (long) h.penalties.size());
            expected.addAll(h.clues);
        }
        if (o.models().contains(PENSION)) {
            PensionData pd = new PensionData(o.seed(), runDay);
            PensionPlan.plant(pd);
            long payments = o.bundled() ? pd.payments.size() + 5_800 : o.rows();
            if (payments < pd.payments.size()) {
                err.println("generate-data: --rows " + o.rows() + " is below the " + pd.payments.size()
                        + " planted pension payments: writing background rows only, no pension clue expected");
                pd = new PensionData(o.seed(), runDay);
            }
            pd.addBackground(payments - pd.payments.size());
            written.put("pension_payments", pd.writePayments(csvDir.resolve("pension_payments.csv")));
            written.put("death_records", pd.writeDeaths(csvDir.resolve("death_records.csv")));
            expected.addAll(pd.clues);
        }
        if (o.models().contains(LITIGATION)) {
            LitigationData ld = new LitigationData(o.seed(), runDay);
            LitigationPlan.plant(ld);
            long civil = o.bundled() ? ld.planted.size() + 3_000 : o.rows();
            if (civil < ld.planted.size()) {
                err.println("generate-data: --rows " + o.rows() + " is below the " + ld.planted.size()
                        + " planted civil cases: writing background rows only, no false-litigation clue expected");
                ld = new LitigationData(o.seed(), runDay);
            }
            if (civil - ld.planted.size() > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("--rows " + o.rows() + " is too large for civil_cases");
            }
            ld.addBackground((int) (civil - ld.planted.size()));
            written.put("civil_cases", ld.writeCases(csvDir.resolve("civil_cases.csv")));
            written.put("party_contacts", ld.writeContacts(csvDir.resolve("party_contacts.csv")));
            expected.addAll(ld.clues);
        }
        if (o.models().contains(CORRECTION)) {
            CorrectionData cd = new CorrectionData(o.seed(), runDay);
            CorrectionPlan.plant(cd);
            long travels = o.bundled() ? cd.trips.size() + 6_000 : o.rows();
            if (travels < cd.trips.size()) {
                err.println("generate-data: --rows " + o.rows() + " is below the " + cd.trips.size()
                        + " planted travel records: writing background rows only, no community-correction clue expected");
                cd = new CorrectionData(o.seed(), runDay);
            }
            cd.addBackground(o.bundled() ? 400 : (int) clamp(o.rows() / 250, 400, 20_000),
                    o.bundled() ? 1_500 : (int) clamp(o.rows() / 4, 1_500, 50_000_000));
            written.put("correction_subjects", cd.writeSubjects(csvDir.resolve("correction_subjects.csv")));
            written.put("travel_records", cd.writeTravels(csvDir.resolve("travel_records.csv"), travels));
            written.put("leave_approvals", cd.writeLeaves(csvDir.resolve("leave_approvals.csv")));
            expected.addAll(cd.clues);
        }
        if (o.models().contains(DRUNK)) {
            DrunkDrivingData dd = new DrunkDrivingData(o.seed(), runDay);
            DrunkDrivingPlan.plant(dd);
            long licenses = o.bundled() ? dd.plantedLicenses.size() + 6_000 : o.rows();
            if (licenses < dd.plantedLicenses.size()) {
                err.println("generate-data: --rows " + o.rows() + " is below the " + dd.plantedLicenses.size()
                        + " planted driver licenses: writing background rows only, no drunk-driving-license clue expected");
                dd = new DrunkDrivingData(o.seed(), runDay);
            }
            if (licenses - dd.plantedLicenses.size() > 50_000_000) {
                throw new IllegalArgumentException("--rows " + o.rows() + " is too large for driver_licenses");
            }
            dd.addBackground((int) (licenses - dd.plantedLicenses.size()),
                    o.bundled() ? 600 : (int) clamp(o.rows() / 10, 600, 100_000));
            written.put("criminal_judgments", dd.writeJudgments(csvDir.resolve("criminal_judgments.csv")));
            written.put("driver_licenses", dd.writeLicenses(csvDir.resolve("driver_licenses.csv")));
            expected.addAll(dd.clues);
        }

        if (parquet) {
            ParquetTables.convert(csvDir, o.out(), written);
            deleteTree(csvDir);
        }
        for (String dataset : written.keySet()) {
            Path other = o.out().resolve(dataset + (parquet ? ".csv" : ".parquet"));
            if (Files.exists(other)) {
                deleteTree(other);
                err.println("generate-data: removed the stale " + other.getFileName() + " (one format per dataset)");
            }
        }
        writeCatalog(o);
        expected.write(o.out().resolve("expected-clues.csv"));

        String ext = parquet ? ".parquet" : ".csv";
        for (Map.Entry<String, Long> e : written.entrySet()) {
            out.printf("%-28s %,12d rows%n", e.getKey() + ext, e.getValue());
        }
        out.printf("%-28s %,12d clues planted%n", "expected-clues.csv", expected.size());
        out.printf("wrote %s (seed %d, run date %s) in %.1f s%n", o.out(), o.seed(), o.runDate(),
                (System.nanoTime() - started) / 1e9);
    }

    private static void writeCatalog(Options o) {
        String text = "# Written by dev.supervise.sample.SampleGenerator (seed " + o.seed()
                + "): fixes the run date, so the planted clues never age out.\n"
                + "run_date: " + o.runDate() + "\n";
        try {
            Files.createDirectories(o.out());
            Files.writeString(o.out().resolve("catalog.yaml"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + o.out().resolve("catalog.yaml"), e);
        }
    }

    static long clamp(long v, long min, long max) {
        return Math.max(min, Math.min(max, v));
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p, e);
        }
    }
}
