package dk.infohus.intake.concern.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The plan's concern signs (opmærksomhedspunkter), an aid for the reporter and not a checklist: the
 * individual list and the list about social conditions and the person's network. Each has a stable code
 * that travels in events; pages show the plan's wording in the reader's language.
 */
public enum ConcernSign {
    VIOLENCE_READINESS(Group.INDIVIDUAL, "viser-voldsparathed"),
    TRAVEL_TO_CONFLICTS(Group.INDIVIDUAL, "interesse-for-at-rejse-til-konflikter"),
    SEEKS_EXTREMIST_MATERIAL(Group.INDIVIDUAL, "opsoeger-ekstremistisk-materiale"),
    THREATENS_OR_PRESSURES_OTHERS(Group.INDIVIDUAL, "truer-chikanerer-eller-presser-andre"),
    TAKES_PART_IN_HATEFUL_EVENTS(Group.INDIVIDUAL, "deltager-i-hadefulde-begivenheder"),
    SPREADS_VIOLENCE_LEGITIMISING_MESSAGES(Group.INDIVIDUAL, "udbreder-voldslegitimerende-budskaber"),
    PREOCCUPIED_WITH_A_CAUSE_OR_PERSON(Group.INDIVIDUAL, "optaget-af-bestemt-sag-eller-person"),
    CONTEMPT_FOR_OTHERS_VIEWS(Group.INDIVIDUAL, "foragt-for-andres-holdninger"),
    PREACHING_AND_MORALISING(Group.INDIVIDUAL, "praedikende-og-moraliserende"),
    EXTREMIST_SYMBOLS_OR_DRESS(Group.INDIVIDUAL, "ekstreme-symboler-eller-paaklaedning"),
    EASY_ACCESS_TO_WEAPONS(Group.SOCIAL_AND_NETWORK, "faerdes-i-miljoeer-med-vaaben"),
    COMPANY_WITH_EXTREMISTS(Group.SOCIAL_AND_NETWORK, "omgang-med-ekstreme-personer-eller-grupper"),
    ISOLATES_FROM_FAMILY_AND_FRIENDS(Group.SOCIAL_AND_NETWORK, "isolerer-sig-fra-familie-og-venner"),
    DROPS_OUT_OF_EDUCATION_OR_WORK(Group.SOCIAL_AND_NETWORK, "afbryder-uddannelse-eller-job"),
    DYSFUNCTIONAL_FAMILY(Group.SOCIAL_AND_NETWORK, "dysfunktionel-familie");

    /** The plan's two lists. */
    public enum Group {
        INDIVIDUAL,
        SOCIAL_AND_NETWORK
    }

    private final Group group;
    private final String code;

    ConcernSign(Group group, String code) {
        this.group = group;
        this.code = code;
    }

    public Group group() {
        return group;
    }

    /** The code in events and in the API, e.g. {@code udbreder-voldslegitimerende-budskaber}. */
    public String code() {
        return code;
    }

    public static List<ConcernSign> in(Group group) {
        return Arrays.stream(values()).filter(sign -> sign.group == group).toList();
    }

    /**
     * The sign with this code.
     *
     * @throws InvalidInput naming {@code concernSigns} for a code the plan does not have
     */
    public static ConcernSign byCode(String code) {
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(sign -> sign.code.equals(wanted))
                .findFirst()
                .orElseThrow(() ->
                        new InvalidInput("concernSigns", "unknown", "is not one of the plan's concern signs: " + code));
    }
}
