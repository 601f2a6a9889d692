package dk.fleksjob.rules.frister;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What is known about a person's fleksjob case. Only the birth date is required; each further date opens more
 * deadlines.
 *
 * @param foedselsdato        birth date
 * @param visitationsdato     the day the person was visiteret til fleksjob (optional)
 * @param startdato           the first day of the fleksjob (optional)
 * @param foersteFleksjob     whether it is the person's first fleksjob (required with a start date)
 * @param permanentBevilget   the jobcentre has granted this fleksjob permanently (optional, default false)
 * @param ledighedsydelseFra  first day of ledighedsydelse, if other than the visitation date (optional)
 * @param afslagsdato         a day the person refused a fleksjob offer or left a fleksjob without good reason (optional)
 * @param tidligereAfslag     an earlier such day (optional)
 * @param parametre           what-if overrides, parameter id → value
 */
public record FristerRequest(LocalDate foedselsdato, LocalDate visitationsdato, LocalDate startdato,
                             Boolean foersteFleksjob, Boolean permanentBevilget, LocalDate ledighedsydelseFra,
                             LocalDate afslagsdato, LocalDate tidligereAfslag, Map<String, BigDecimal> parametre) {

    public FristerRequest {
        parametre = parametre == null ? Map.of() : Map.copyOf(parametre);
    }

    /** The three facts the frister CLI asks for first. */
    public static FristerRequest of(LocalDate foedselsdato, LocalDate startdato, Boolean foersteFleksjob) {
        return new FristerRequest(foedselsdato, null, startdato, foersteFleksjob, null, null, null, null, Map.of());
    }
}
