package dk.fleksjob.rules.parameter;

/** The unit of a parameter value, as written in the parameter files. */
public enum Unit {
    KR_MAANED("kr/md", "kr. pr. måned"),
    KR_AAR("kr/aar", "kr. pr. år"),
    KR_KVARTAL("kr/kvartal", "kr. pr. kvartal"),
    KR_UGE("kr/uge", "kr. pr. uge"),
    KR_DAG("kr/dag", "kr. pr. dag"),
    KR_TIME("kr/time", "kr. pr. time"),
    KR("kr", "kr."),
    PROCENT("pct", "pct."),
    TIMER_UGE("timer/uge", "timer pr. uge"),
    TIMER_MAANED("timer/md", "timer pr. måned"),
    TIMER_AAR("timer/aar", "timer pr. år"),
    FAKTOR("faktor", ""),
    DAGE("dage", "dage"),
    UGER("uger", "uger"),
    MAANEDER("maaneder", "måneder"),
    AAR("aar", "år");

    private final String code;
    private final String danish;

    Unit(String code, String danish) {
        this.code = code;
        this.danish = danish;
    }

    public String code() {
        return code;
    }

    public String danish() {
        return danish;
    }

    public static Unit parse(String code) {
        for (Unit u : values()) {
            if (u.code.equals(code)) {
                return u;
            }
        }
        throw new IllegalArgumentException("ukendt enhed '" + code + "'");
    }
}
