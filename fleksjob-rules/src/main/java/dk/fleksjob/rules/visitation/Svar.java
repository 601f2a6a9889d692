package dk.fleksjob.rules.visitation;

/** The answer to a condition: yes, no, or cannot be decided from what is known. */
public enum Svar {
    JA("ja"),
    NEJ("nej"),
    KAN_IKKE_AFGOERES("kan ikke afgøres");

    private final String danish;

    Svar(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    /** Combines conditions that must all hold: any no gives no, else any unknown gives unknown. */
    static Svar all(java.util.Collection<Svar> parts) {
        if (parts.contains(NEJ)) {
            return NEJ;
        }
        return parts.contains(KAN_IKKE_AFGOERES) ? KAN_IKKE_AFGOERES : JA;
    }
}
