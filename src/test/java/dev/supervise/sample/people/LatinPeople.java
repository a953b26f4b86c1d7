package dev.supervise.sample.people;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** The latin kind: Australians in the shape of the FEBRL data (names, yyyymmdd birth date, street address). */
final class LatinPeople implements PeopleKind<LatinPeople.Person> {

    /** One real person; {@code streetType} indexes {@link LatinPlaces#STREET_TYPES}. */
    record Person(String given, String surname, boolean male, LocalDate birth, int streetNumber, String streetName,
                  int streetType, LatinPlaces.Suburb suburb) {

        String street() {
            return streetName + " " + LatinPlaces.STREET_TYPES[streetType][0];
        }

        String streetAbbreviated() {
            return streetName + " " + LatinPlaces.STREET_TYPES[streetType][1];
        }
    }

    private static final int FIRST_YEAR = 1930;
    private static final Weighted<Integer> YEARS;

    static {
        double[] w = BirthDates.latinYearWeights();
        Integer[] ys = new Integer[w.length];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = FIRST_YEAR + i;
        }
        YEARS = new Weighted<>(List.of(ys), w);
    }

    private final long seed;

    LatinPeople(long seed) {
        this.seed = seed;
    }

    @Override
    public String fileA() {
        return "persons_a.csv";
    }

    @Override
    public String fileB() {
        return "persons_b.csv";
    }

    @Override
    public String[] header() {
        return new String[] {"rec_id", "entity_id", "given_name", "surname", "date_of_birth", "street_number", "street",
            "suburb", "postcode", "state"};
    }

    @Override
    public Person person(long entity) {
        SplittableRandom r = Shuffle.random(seed, 2, entity);
        boolean male = r.nextBoolean();
        LocalDate birth = BirthDates.dayOf(YEARS.pick(r), r.nextDouble());
        return new Person(LatinNames.given(r, male), LatinNames.surname(r), male, birth, LatinPlaces.streetNumber(r),
                LatinPlaces.streetName(r), LatinPlaces.streetType(r), LatinPlaces.suburb(r));
    }

    @Override
    public Person housemate(long entity, Person host, SplittableRandom r) {
        Person p = person(entity);
        String surname = r.nextDouble() < 0.7 ? host.surname() : p.surname();
        return new Person(p.given(), surname, p.male(), p.birth(), host.streetNumber(), host.streetName(),
                host.streetType(), host.suburb());
    }

    @Override
    public String[] fields(Person p) {
        return new String[] {p.given(), p.surname(), BirthDates.compact(p.birth()), Integer.toString(p.streetNumber()),
            p.street(), p.suburb().name(), p.suburb().postcode(), p.suburb().state()};
    }

    @Override
    public String[] variant(Person p, int count, boolean noise, SplittableRandom r, VariantTally tally) {
        return LatinVariants.plant(p, fields(p), count, r, tally);
    }

    @Override
    public VariantTally newTally() {
        return new VariantTally(LatinVariants.Kind.values());
    }
}
