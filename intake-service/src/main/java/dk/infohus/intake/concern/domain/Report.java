package dk.infohus.intake.concern.domain;

import java.util.List;

/**
 * What a reporter submits: who reports, whom it is about, what they tell, whether they believe there is
 * immediate danger, and which of the plan's concern signs they recognise (an aid, not a checklist).
 */
public record Report(Reporter reporter, Subject subject, Account account, boolean acute, List<String> concernSigns) {

    /** The most concern signs a report names (the plan has fewer). */
    public static final int MAX_CONCERN_SIGNS = 30;

    public Report {
        OverLimit.list("concernSigns", concernSigns, MAX_CONCERN_SIGNS, Integer.MAX_VALUE);
        concernSigns = concernSigns.stream()
                .map(code -> ConcernSign.byCode(code).code())
                .distinct()
                .toList();
    }

    @Override
    public String toString() {
        return "Report[" + reporter + ", " + subject + ", acute=" + acute + "]";
    }
}
