package dk.infohus.intake.concern.domain;

import dk.infohus.contracts.PersonalData;

/** A report as the one type that carries personal data between services. */
final class PersonalDataOf {

    private PersonalDataOf() {}

    static PersonalData report(Report report) {
        Subject subject = report.subject();
        Account account = report.account();
        return new PersonalData(
                subject.name(),
                subject.cprNumber() == null ? null : subject.cprNumber().value(),
                subject.knownBirthDate(),
                subject.address(),
                account.whatHappened(),
                subject.age(),
                subject.description(),
                account.when(),
                account.where(),
                account.onlinePlatforms(),
                account.links(),
                account.otherAuthorities(),
                account.relationToSubject());
    }
}
