package dk.infohus.assessment.infohuscase.application;

import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.platform.security.Caller;
import java.util.Set;

/**
 * The agendas of Infohus meetings, as far as need to know asks about them: an Infohus member sees a case
 * only while it is on the agenda of a meeting they are invited to, from the invitation until the minutes
 * are approved. Meetings come with a later issue, which implements this port; until then
 * {@link NoMeetingsYet} answers, and no Infohus member sees any case.
 */
public interface Agendas {

    /**
     * The cases this Infohus member may see now: those on the agenda of each meeting they are invited to
     * whose minutes are not approved yet. Their municipality is checked apart from this.
     */
    Set<InfohusCaseId> casesBefore(Caller member);
}
