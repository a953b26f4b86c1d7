package dev.supervise.sample.people;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The chinese kind: residents of 杭州 with name, 公民身份号码, birth date, mobile phone, address and district.
 * Id numbers and phone numbers are distinct per person (both come from permutations of the entity index).
 */
final class ChinesePeople implements PeopleKind<ChinesePeople.Person> {

    /** One real person. */
    record Person(String surname, String given, boolean male, LocalDate birth, String id, String phone,
                  ChinesePlaces.Address address) {

        String name() {
            return surname + given;
        }
    }

    /** Mobile number segments of the three carriers (all 1[3-9]x). */
    private static final String[] PHONE_PREFIXES = {
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152",
        "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182",
        "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "196", "197", "198", "199"};
    private static final long PHONES_PER_PREFIX = 100_000_000L;

    private final long seed;
    private final IdAssigner ids;
    private final Shuffle phones;

    ChinesePeople(long seed, long totalEntities) {
        this.seed = seed;
        this.ids = new IdAssigner(totalEntities, seed);
        this.phones = new Shuffle(PHONE_PREFIXES.length * PHONES_PER_PREFIX, Shuffle.key(seed, 103, 0));
    }

    @Override
    public String fileA() {
        return "people_a.csv";
    }

    @Override
    public String fileB() {
        return "people_b.csv";
    }

    @Override
    public String[] header() {
        return new String[] {"record_id", "entity_id", "name", "id_number", "birth_date", "phone", "address", "district"};
    }

    @Override
    public Person person(long entity) {
        SplittableRandom r = Shuffle.random(seed, 1, entity);
        boolean male = r.nextBoolean();
        IdAssigner.Parts parts = ids.assign(entity, male);
        String surname = ChineseNames.surname(r);
        String given = ChineseNames.given(r, male, parts.birth().getYear());
        long q = phones.apply(entity);
        String digits = Long.toString(PHONES_PER_PREFIX + q % PHONES_PER_PREFIX).substring(1);
        String phone = PHONE_PREFIXES[(int) (q / PHONES_PER_PREFIX)] + digits;
        return new Person(surname, given, male, parts.birth(),
                IdNumberForms.build(parts.area(), parts.birth(), parts.sequence()), phone, ChinesePlaces.address(r));
    }

    @Override
    public Person housemate(long entity, Person host, SplittableRandom r) {
        Person p = person(entity);
        String surname = r.nextDouble() < 0.7 ? host.surname() : p.surname();
        return new Person(surname, p.given(), p.male(), p.birth(), p.id(), p.phone(), host.address());
    }

    @Override
    public String[] fields(Person p) {
        return new String[] {p.name(), p.id(), BirthDates.iso(p.birth()), p.phone(), p.address().text(),
            p.address().district()};
    }

    @Override
    public String[] variant(Person p, int count, boolean noise, SplittableRandom r, VariantTally tally) {
        return ChineseVariants.plant(p, fields(p), count, noise, r, tally);
    }

    @Override
    public VariantTally newTally() {
        return new VariantTally(ChineseVariants.Kind.values());
    }
}
