package dk.fleksjob.rules.frister;

import dk.fleksjob.rules.explain.Explanation;
import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines of a fleksjob case. Dates are null where the input needed for them was not given.
 *
 * @param folkepensionsalder          the folkepensionsalder as text ("69 år")
 * @param folkepensionsdato           the day the folkepensionsalder is reached; the fleksjob ends the day before
 * @param fleksydelsesalder           the fleksydelsesalder as text
 * @param fleksydelsesdato            the day the fleksydelsesalder is reached
 * @param fleksydelseTilmeldingFra    enrolment in the fleksydelse scheme (the 1st of the month after visitation)
 * @param fastholdelseKravGaelderTil  last day the 12-month rule for a fleksjob at the current workplace applies
 * @param fastholdelseUndtagelseFra   first day with 6 years or less to the folkepensionsalder (no 12-month rule)
 * @param midlertidig                 whether this grant is temporary (5 years)
 * @param bevillingUdloeber           last day of the grant (the day before folkepension for a permanent grant)
 * @param opfoelgninger               follow-up dates every 2½ years while in the fleksjob, before folkepension
 * @param status4HalvtAar             the status after 4½ years in a temporary fleksjob
 * @param permanentMulig              whether this grant can be permanent (not the first fleksjob, aged 40 or more)
 * @param permanentMuligFra           the first day a permanent grant is possible
 * @param ledighedsydelseRevurdering  the day 12 months of ledighedsydelse are reached (if continuous)
 * @param ledighedsydelseRevurderingSenest the day the reassessment must be finished (18 months of ledighedsydelse)
 * @param karantaeneFra               first day without ledighedsydelse after a refusal
 * @param karantaeneTil               last day without ledighedsydelse after a refusal
 * @param andetAfslagMisterRetTil     last day on which a second refusal means losing the right to ledighedsydelse
 * @param retMistet                   a second refusal within 12 months: the right to ledighedsydelse is lost
 * @param regelversion                rules version
 * @param forklaring                  the explanation
 */
public record FristerResult(String folkepensionsalder, LocalDate folkepensionsdato, String fleksydelsesalder,
                            LocalDate fleksydelsesdato, LocalDate fleksydelseTilmeldingFra,
                            LocalDate fastholdelseKravGaelderTil, LocalDate fastholdelseUndtagelseFra,
                            Boolean midlertidig, LocalDate bevillingUdloeber, List<LocalDate> opfoelgninger,
                            LocalDate status4HalvtAar, Boolean permanentMulig, LocalDate permanentMuligFra,
                            LocalDate ledighedsydelseRevurdering, LocalDate ledighedsydelseRevurderingSenest,
                            LocalDate karantaeneFra, LocalDate karantaeneTil, LocalDate andetAfslagMisterRetTil,
                            Boolean retMistet, String regelversion, Explanation forklaring) {
}
