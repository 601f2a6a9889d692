package dk.fleksjob.store;

/**
 * A person with a fleksjob case. {@link #toString()} shows the CPR number masked (via {@link Cpr#toString()}).
 *
 * @param id        the store's id
 * @param jobcenter the jobcentre that has the case
 * @param cpr       the CPR number
 * @param navn      the name
 * @param version   for optimistic locking: pass it back when changing the person
 */
public record Person(long id, String jobcenter, Cpr cpr, String navn, int version) {
}
