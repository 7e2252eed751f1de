package dk.infohus.assessment.infohuscase.application;

import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseState;
import dk.infohus.assessment.infohuscase.domain.SubjectKind;
import java.time.Instant;

/** A case in a list: ids and codes only, never personal data. */
public record InfohusCaseSummary(
        InfohusCaseId id, String municipality, SubjectKind subjectKind, InfohusCaseState state, Instant presentedAt) {}
