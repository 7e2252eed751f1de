package dk.infohus.assessment.infohuscase.domain;

import java.util.UUID;

/** Identifies an Infohus case; it is the case id intake gave the concern, kept through every service. */
public record InfohusCaseId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
