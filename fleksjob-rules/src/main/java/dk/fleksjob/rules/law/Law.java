package dk.fleksjob.rules.law;

/** The laws and bekendtgørelser the rules cite, with the short name used in explanations. */
public enum Law {
    LAB("LAB", "Lov om en aktiv beskæftigelsesindsats",
        "https://www.retsinformation.dk/eli/lta/2024/280"),
    LAS("LAS", "Lov om aktiv socialpolitik", "https://www.retsinformation.dk/eli/lta/2025/1004"),
    LFY("LFY", "Lov om fleksydelse", "https://www.retsinformation.dk/eli/lta/2025/1083"),
    AFL("AFL", "Lov om arbejdsløshedsforsikring m.v.", "https://www.retsinformation.dk/eli/lta/2025/1077"),
    PENSION("Pensionsloven", "Lov om social pension", "https://www.retsinformation.dk/eli/lta/2022/527"),
    KOMPL("KompL", "Lov om kompensation til handicappede i erhverv m.v.",
        "https://www.retsinformation.dk/eli/lta/2019/551"),
    BEK_FLT("BEK om fleksløntilskud", "Bekendtgørelse om beregning af og fradrag i fleksløntilskud",
        "https://www.retsinformation.dk/eli/lta/2024/227"),
    BEK_ATP("BEK om ATP for fleksløntilskud",
        "Bekendtgørelse om indbetaling af ATP-bidrag for modtagere af fleksløntilskud",
        "https://www.retsinformation.dk/eli/lta/2015/1344"),
    BEK_LY("BEK om ledighedsydelse",
        "Bekendtgørelse om beregning af og fradrag i ledighedsydelsen samt afholdelse af og varsling af ferie med ledighedsydelse",
        "https://www.retsinformation.dk/eli/lta/2026/4"),
    BEK_SELV("BEK om selvstændige",
        "Bekendtgørelse om tilskud til selvstændigt erhvervsdrivende med nedsat arbejdsevne",
        "https://www.retsinformation.dk/eli/lta/2025/1794"),
    BEK_FY("BEK om fleksydelse", "Bekendtgørelse om fleksydelse", "https://www.retsinformation.dk/eli/lta/2020/1187"),
    STAR("STAR", "Styrelsen for Arbejdsmarked og Rekruttering", "https://star.dk/"),
    VEJ_FLEKSJOB("Vejledning om fleksjob", "Vejledning om fleksjob m.v. (VEJ nr. 9635 af 24/8/2023)",
        "https://www.retsinformation.dk/eli/retsinfo/2023/9635"),
    ANKESTYRELSEN("Ankestyrelsen", "Ankestyrelsens principafgørelser", "https://ast.dk/");

    private final String shortName;
    private final String title;
    private final String url;

    Law(String shortName, String title, String url) {
        this.shortName = shortName;
        this.title = title;
        this.url = url;
    }

    public String shortName() {
        return shortName;
    }

    public String title() {
        return title;
    }

    public String url() {
        return url;
    }
}
