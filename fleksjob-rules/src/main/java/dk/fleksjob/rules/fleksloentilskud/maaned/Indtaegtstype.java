package dk.fleksjob.rules.fleksloentilskud.maaned;

import java.util.Locale;

/**
 * Indtægtstype — the kinds of income a jobcentre sees for a month (eIndkomst, the employer, Feriekonto, the person),
 * and how each is treated in the fleksløntilskud.
 *
 * <p>Legal basis: BEK om beregning af og fradrag i fleksløntilskud § 1, stk. 1, nr. 1–3 (what lønindtægt is), §§ 5–11
 * (holiday, sickness, barsel, ledighedsydelse under ferie, tabt arbejdsfortjeneste and plejevederlag) and § 2, stk. 3
 * (frivillige brandmænd); Ankestyrelsens principmeddelelser 39-19 (personalegoder), 27-23 (bonus and gifts), 14-22
 * (fritvalg, ferietillæg, feriedifference) and 6-23 (tabt arbejdsfortjeneste before 2024).
 */
public enum Indtaegtstype {
    LOEN("løn fra fleksjobarbejdsgiveren", Behandling.LOENINDTAEGT, true),
    ANDEN_LOEN("anden lønindtægt", Behandling.LOENINDTAEGT, false),
    PENSION_ARBEJDSGIVER("arbejdsgiverens pensionsbidrag", Behandling.LOENINDTAEGT, true),
    PENSION_EGEN("dit eget pensionsbidrag", Behandling.LOENINDTAEGT, true),
    FERIETILLAEG("ferietillæg", Behandling.LOENINDTAEGT, true),
    FRITVALG("fritvalgsordning, søgnehelligdagskonto eller feriedifference", Behandling.LOENINDTAEGT, true),
    FERIEGODTGOERELSE_ARBEJDSGIVER("feriegodtgørelse udbetalt af arbejdsgiveren ved ferien", Behandling.LOENINDTAEGT, true),
    FERIEGODTGOERELSE_FERIEKONTO("feriegodtgørelse fra Feriekonto eller en feriekasse", Behandling.LOENINDTAEGT, false),
    FERIEGODTGOERELSE_OPTJENT("feriegodtgørelse indbetalt til Feriekonto (optjent)", Behandling.FRATRAEKKES, true),
    BONUS("bonus eller tantieme", Behandling.LOENINDTAEGT, true),
    SYGEDAGPENGE("sygedagpenge", Behandling.FULDT_FRADRAG, false),
    BARSELSDAGPENGE("barselsdagpenge", Behandling.FULDT_FRADRAG, false),
    RESSOURCEFORLOEBSYDELSE("ressourceforløbsydelse under jobafklaring", Behandling.FULDT_FRADRAG, false),
    TABT_ARBEJDSFORTJENESTE("tabt arbejdsfortjeneste", Behandling.SOM_LOEN_FRA_2024, false),
    PLEJEVEDERLAG("plejevederlag", Behandling.SOM_LOEN_FRA_2024, false),
    SELVSTAENDIG_OVERSKUD("overskud fra selvstændig bibeskæftigelse", Behandling.LOENINDTAEGT, false),
    LEDIGHEDSYDELSE_FERIE("ledighedsydelse under ferie", Behandling.FERIE_MED_LEDIGHEDSYDELSE, false),
    LOEBENDE_PENSION("løbende udbetaling af pension", Behandling.IKKE_FRADRAG, false),
    FORSIKRING("udbetaling fra forsikring eller erstatning", Behandling.IKKE_FRADRAG, false),
    GAVE("gave fra arbejdsgiveren", Behandling.IKKE_FRADRAG, false),
    PERSONALEGODE("personalegode (fx fri bil, fri telefon)", Behandling.IKKE_FRADRAG, false),
    FRIVILLIG_BEREDSKAB("rådighedsvederlag som frivillig brandmand eller i beredskab", Behandling.IKKE_FRADRAG, false),
    ANDET_IKKE_FRADRAG("anden indtægt uden fradrag", Behandling.IKKE_FRADRAG, false);

    /** How a type reduces the subsidy. */
    public enum Behandling {
        /** Lønindtægt: reduces the subsidy by 30 / 55 pct. (BEK § 3, stk. 2). */
        LOENINDTAEGT,
        /** Full deduction, krone for krone (BEK §§ 7 and 9). */
        FULDT_FRADRAG,
        /** Taken out of the wage it is included in (BEK § 6, stk. 2). */
        FRATRAEKKES,
        /** Lønindtægt for income from 1 January 2024, no deduction before (BEK § 11; Ankestyrelsen 6-23). */
        SOM_LOEN_FRA_2024,
        /** Ledighedsydelse during holiday: the subsidy is reduced for the days (BEK § 10). */
        FERIE_MED_LEDIGHEDSYDELSE,
        /** Recorded and shown, no deduction. */
        IKKE_FRADRAG
    }

    private final String betegnelse;
    private final Behandling behandling;
    private final boolean fraFleksjobArbejdsgiveren;

    Indtaegtstype(String betegnelse, Behandling behandling, boolean fraFleksjobArbejdsgiveren) {
        this.betegnelse = betegnelse;
        this.behandling = behandling;
        this.fraFleksjobArbejdsgiveren = fraFleksjobArbejdsgiveren;
    }

    /** Danish name for explanations. */
    public String betegnelse() {
        return betegnelse;
    }

    public Behandling behandling() {
        return behandling;
    }

    /**
     * Paid by the fleksjob employer: the wage the lønloft was compared with before 2024 (»løn udbetalt af
     * arbejdsgiveren«, BEK nr. 250/2022 § 3, stk. 3).
     */
    public boolean fraFleksjobArbejdsgiveren() {
        return fraFleksjobArbejdsgiveren;
    }

    /** The code in a month file: the constant in lower case, e.g. "feriegodtgoerelse_feriekonto". */
    public String kode() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a code, case-insensitive; null if unknown. */
    public static Indtaegtstype parse(String code) {
        for (Indtaegtstype t : values()) {
            if (t.name().equalsIgnoreCase(code.trim())) {
                return t;
            }
        }
        return null;
    }
}
