package dev.supervise.sample.people;

import java.util.SplittableRandom;

/** One kind of person record (its files, columns, people and variants); every person is a pure function of its index. */
interface PeopleKind<P> {

    String fileA();

    String fileB();

    /** All columns, the record id and entity id first. */
    String[] header();

    /** The person with this entity index (0-based), the same on every call. */
    P person(long entity);

    /** A different person (own entity) who lives with {@code host}: same address, often the same surname. */
    P housemate(long entity, P host, SplittableRandom r);

    /** The clean values of the columns after the two ids. */
    String[] fields(P person);

    /** The values with {@code count} planted variants (see {@link VariantPicker}); {@code noise} limits them to
     * the kinds that may occur in a reference file too. */
    String[] variant(P person, int count, boolean noise, SplittableRandom r, VariantTally tally);

    VariantTally newTally();
}
