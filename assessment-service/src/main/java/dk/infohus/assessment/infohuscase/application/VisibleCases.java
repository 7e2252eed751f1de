package dk.infohus.assessment.infohuscase.application;

import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Infohus cases a caller may see: those of these municipalities, and of them only these cases when
 * {@code onlyCases} is given. One value answers both a read of one case and a list, so the two cannot
 * disagree.
 *
 * @param municipalities kommunekoder; no case of any other municipality is visible
 * @param onlyCases when not null, no case but these is visible
 */
public record VisibleCases(
        Set<String> municipalities, @Nullable Set<InfohusCaseId> onlyCases) {

    public VisibleCases {
        municipalities = Set.copyOf(municipalities);
        onlyCases = onlyCases == null ? null : Set.copyOf(onlyCases);
    }

    public static VisibleCases none() {
        return new VisibleCases(Set.of(), Set.of());
    }

    /** Every case of these municipalities. */
    public static VisibleCases allOf(Set<String> municipalities) {
        return new VisibleCases(municipalities, null);
    }

    /** These cases, as far as they belong to these municipalities. */
    public static VisibleCases only(Set<InfohusCaseId> cases, Set<String> municipalities) {
        return new VisibleCases(municipalities, cases);
    }

    /** Whether nothing at all is visible, so that a list need not even be looked up. */
    public boolean nothing() {
        return municipalities.isEmpty() || (onlyCases != null && onlyCases.isEmpty());
    }

    public boolean includes(InfohusCaseId id, String municipality) {
        return municipalities.contains(municipality) && (onlyCases == null || onlyCases.contains(id));
    }
}
