package dk.infohus.assessment.infohuscase.application;

import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.platform.security.Caller;
import java.util.Set;

/**
 * The agendas while Infohus meetings do not exist yet: no meeting, so no invitation, so no case before any
 * Infohus member. Replaced by the meetings' own {@link Agendas} when they come.
 */
public final class NoMeetingsYet implements Agendas {

    @Override
    public Set<InfohusCaseId> casesBefore(Caller member) {
        return Set.of();
    }
}
