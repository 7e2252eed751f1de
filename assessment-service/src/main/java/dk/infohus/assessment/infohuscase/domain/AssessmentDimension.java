package dk.infohus.assessment.infohuscase.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The nine dimensions of the national assessment tool (Vurderingsværktøj ved bekymring for ekstremisme),
 * in the tool's order. Infohus discusses them one by one, each for risks and for resources; the tool has
 * no score and no risk level. The code is stable: it travels in events and is stored.
 */
public enum AssessmentDimension {
    CONVICTIONS_AND_RHETORIC(
            "overbevisninger-og-retorik",
            "Bekymrende overbevisninger og retorik",
            "Concerning convictions and rhetoric"),
    PERSONALITY_FACTORS("personlighedsfaktorer", "Personlighedsfaktorer", "Personality factors"),
    WILLINGNESS_TO_USE_VIOLENCE("voldsparathed", "Voldsparathed", "Willingness to use violence"),
    MENTAL_VULNERABILITY("psykisk-saarbarhed", "Psykisk sårbarhed", "Mental vulnerability"),
    CRIMINAL_HISTORY("kriminel-historik", "Kriminel historik", "Criminal history"),
    FAMILY("familie", "Familie", "Family"),
    SOCIALISATION_AND_RELATIONSHIPS(
            "socialisering-og-relationer",
            "Bekymrende socialisering og relationer",
            "Concerning socialisation and relationships"),
    NETWORK_AND_SPARE_TIME("netvaerk-og-fritid", "Netværk og fritid", "Network and spare time"),
    EDUCATION_AND_EMPLOYMENT("uddannelse-og-beskaeftigelse", "Uddannelse og beskæftigelse", "Education and employment");

    private final String code;
    private final String danish;
    private final String english;

    AssessmentDimension(String code, String danish, String english) {
        this.code = code;
        this.danish = danish;
        this.english = english;
    }

    /** The dimension with this code; an unknown code is wrong input in {@code field}. */
    public static AssessmentDimension ofCode(String code, String field) {
        return Arrays.stream(values())
                .filter(dimension -> dimension.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(
                        field,
                        "'" + code + "' is no dimension of the assessment tool; one of "
                                + Arrays.stream(values())
                                        .map(AssessmentDimension::code)
                                        .collect(Collectors.joining(", "))));
    }

    /** Stable kebab-case code, e.g. {@code voldsparathed}. */
    public String code() {
        return code;
    }

    /** The tool's Danish name. */
    public String danish() {
        return danish;
    }

    public String english() {
        return english;
    }
}
