package dk.infohus.notification.followup.domain;

import static dk.infohus.notification.followup.domain.ReferralFollowUpFixtures.DUE_AT;
import static dk.infohus.notification.followup.domain.ReferralFollowUpFixtures.FOLLOW_UP_AFTER;
import static dk.infohus.notification.followup.domain.ReferralFollowUpFixtures.ISSUED_AT;
import static dk.infohus.notification.followup.domain.ReferralFollowUpFixtures.aFollowUp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.notification.FollowUpReminderDue;
import dk.infohus.platform.domain.IllegalTransition;
import dk.infohus.platform.domain.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferralFollowUpTest {

    private static final Instant LATER = DUE_AT.plus(Duration.ofDays(2));

    static Stream<Arguments> everyReminderStateAndAction() {
        return Stream.of(ReminderState.values())
                .flatMap(state -> Stream.of(ReminderAction.values()).map(action -> Arguments.of(state, action)));
    }

    static Stream<Arguments> everyNotificationStateAndAction() {
        return Stream.of(NotificationState.values())
                .flatMap(state -> Stream.of(NotificationAction.values()).map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "reminder {0} --{1}-->")
    @MethodSource("everyReminderStateAndAction")
    void theReminderFollowsItsTransitionTableExactly(ReminderState from, ReminderAction action) {
        ReferralFollowUp followUp = aFollowUp().withReminder(from).build();

        var expected = FollowUpReminder.TRANSITIONS.lookup(from, action);

        if (expected.isPresent()) {
            List<InfohusEvent> events = perform(followUp, action);
            assertThat(followUp.reminder().state()).isEqualTo(expected.get());
            if (action == ReminderAction.FALL_DUE) {
                assertThat(events).singleElement().isInstanceOf(FollowUpReminderDue.class);
            } else {
                assertThat(events).isEmpty();
            }
        } else {
            assertThatThrownBy(() -> perform(followUp, action))
                    .isInstanceOf(IllegalTransition.class)
                    .hasMessageContaining(from.name())
                    .extracting("currentState")
                    .isEqualTo(from.name());
            assertThat(followUp.reminder().state()).isEqualTo(from);
        }
    }

    @ParameterizedTest(name = "notification {0} --{1}-->")
    @MethodSource("everyNotificationStateAndAction")
    void theNotificationFollowsItsTransitionTableExactly(NotificationState from, NotificationAction action) {
        ReferralFollowUp followUp = aFollowUp().withNotification(from).build();

        var expected = DepartmentNotification.TRANSITIONS.lookup(from, action);

        if (expected.isPresent()) {
            assertThat(perform(followUp, action)).isEmpty();
            assertThat(followUp.notification().state()).isEqualTo(expected.get());
        } else {
            assertThatThrownBy(() -> perform(followUp, action))
                    .isInstanceOf(IllegalTransition.class)
                    .hasMessageContaining(from.name())
                    .extracting("currentState")
                    .isEqualTo(from.name());
            assertThat(followUp.notification().state()).isEqualTo(from);
        }
    }

    @Test
    void theTablesLetEveryReminderEndAndEveryNotificationBeRead() {
        for (ReminderState open : List.of(ReminderState.SCHEDULED, ReminderState.DUE)) {
            assertThat(FollowUpReminder.TRANSITIONS.lookup(open, ReminderAction.COMPLETE))
                    .contains(ReminderState.DONE);
            assertThat(FollowUpReminder.TRANSITIONS.lookup(open, ReminderAction.CANCEL))
                    .contains(ReminderState.CANCELLED);
        }
        for (ReminderAction action : ReminderAction.values()) {
            assertThat(FollowUpReminder.TRANSITIONS.allows(ReminderState.DONE, action))
                    .isFalse();
            assertThat(FollowUpReminder.TRANSITIONS.allows(ReminderState.CANCELLED, action))
                    .isFalse();
        }
        assertThat(DepartmentNotification.TRANSITIONS.lookup(NotificationState.UNREAD, NotificationAction.READ))
                .contains(NotificationState.READ);
    }

    @Test
    void anIssuedReferralNotifiesItsDepartmentAndSchedulesItsFollowUpAfterTheSetTime() {
        ReferralId referral = new ReferralId(UUID.randomUUID());
        CaseId caseId = new CaseId(UUID.randomUUID());

        var issued =
                ReferralFollowUp.issue(referral, caseId, "657", "boern-og-forebyggelse", ISSUED_AT, FOLLOW_UP_AFTER);

        ReferralFollowUp followUp = issued.aggregate();
        assertThat(issued.events()).isEmpty();
        assertThat(followUp.id()).isEqualTo(referral);
        assertThat(followUp.caseId()).isEqualTo(caseId);
        assertThat(followUp.department()).isEqualTo("boern-og-forebyggelse");
        assertThat(followUp.notification().state()).isEqualTo(NotificationState.UNREAD);
        assertThat(followUp.notification().readBy()).isNull();
        assertThat(followUp.reminder().state()).isEqualTo(ReminderState.SCHEDULED);
        assertThat(followUp.reminder().dueAt()).isEqualTo(ISSUED_AT.plus(Duration.ofDays(14)));
    }

    @Test
    void theFollowUpTimeComesFromTheCallerNotFromTheCode() {
        var issued = ReferralFollowUp.issue(
                new ReferralId(UUID.randomUUID()),
                new CaseId(UUID.randomUUID()),
                "657",
                "beskaeftigelse-25-plus",
                ISSUED_AT,
                Duration.ofDays(30));

        assertThat(issued.aggregate().reminder().dueAt()).isEqualTo(Instant.parse("2026-12-26T08:00:00Z"));
        assertThatThrownBy(() -> ReferralFollowUp.issue(
                        new ReferralId(UUID.randomUUID()),
                        new CaseId(UUID.randomUUID()),
                        "657",
                        "beskaeftigelse-25-plus",
                        ISSUED_AT,
                        Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReminderThatFallsDueTellsTheCoordinatorWhichReferralAndDepartmentWithinTheContract() {
        ReferralFollowUp followUp = aFollowUp().to("handicap-og-psykiatri").build();

        List<InfohusEvent> events = followUp.fallDue(LATER);

        assertThat(followUp.reminder().fellDueAt()).isEqualTo(LATER);
        assertThat(events).singleElement().isInstanceOfSatisfying(FollowUpReminderDue.class, due -> {
            assertThat(due.caseId()).isEqualTo(followUp.caseId().value());
            assertThat(due.referralId()).isEqualTo(followUp.id().value());
            assertThat(due.reminderId()).isEqualTo(followUp.reminder().id().value());
            assertThat(due.department()).isEqualTo("handicap-og-psykiatri");
            assertThat(due.municipality()).isEqualTo("657");
            assertThat(due.occurredAt()).isEqualTo(LATER);
        });
        // the event passes its JSON Schema, as the outbox will demand
        assertThat(new EventJson().write(events.get(0))).isNotEmpty();
    }

    @Test
    void aReminderDoesNotFallDueBeforeItsTime() {
        ReferralFollowUp followUp = aFollowUp().build();

        assertThat(followUp.reminder().dueBy(DUE_AT.minusMillis(1))).isFalse();
        assertThat(followUp.reminder().dueBy(DUE_AT)).isTrue();
        assertThatThrownBy(() -> followUp.fallDue(DUE_AT.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(followUp.reminder().state()).isEqualTo(ReminderState.SCHEDULED);
        assertThat(followUp.reminder().fellDueAt()).isNull();
    }

    @ParameterizedTest
    @EnumSource(
            value = ReminderState.class,
            names = {"DUE", "DONE", "CANCELLED"})
    void onlyAScheduledReminderCanBeDue(ReminderState state) {
        assertThat(aFollowUp().withReminder(state).build().reminder().dueBy(LATER))
                .isFalse();
    }

    @Test
    void completingRecordsWhoHeldTheFollowUpAndTheirNote() {
        ReferralFollowUp followUp = aFollowUp().withReminder(ReminderState.DUE).build();

        followUp.completeFollowUp(" koordinator-kim ", "Opfølgningsmøde holdt med forældrene.", LATER);

        assertThat(followUp.reminder().state()).isEqualTo(ReminderState.DONE);
        assertThat(followUp.reminder().completedBy()).isEqualTo("koordinator-kim");
        assertThat(followUp.reminder().completedAt()).isEqualTo(LATER);
        assertThat(followUp.reminder().note()).isEqualTo("Opfølgningsmøde holdt med forældrene.");
    }

    @Test
    void aBlankNoteIsNoNote() {
        ReferralFollowUp followUp = aFollowUp().build();

        followUp.completeFollowUp("koordinator-kim", "  ", LATER);

        assertThat(followUp.reminder().note()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aFollowUpIsCompletedAndANotificationReadBySomeone(String nobody) {
        ReferralFollowUp followUp = aFollowUp().build();

        assertThatThrownBy(() -> followUp.completeFollowUp(nobody, null, LATER))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("completedBy");
        assertThatThrownBy(() -> followUp.read(nobody, LATER))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("caseworker");
        assertThat(followUp.reminder().state()).isEqualTo(ReminderState.SCHEDULED);
        assertThat(followUp.notification().state()).isEqualTo(NotificationState.UNREAD);
    }

    @Test
    void overLongActorsAndNotesAreRefused() {
        ReferralFollowUp followUp = aFollowUp().build();

        assertThatThrownBy(() -> followUp.completeFollowUp("x".repeat(101), null, LATER))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("completedBy");
        assertThatThrownBy(() -> followUp.completeFollowUp("koordinator-kim", "x".repeat(2_001), LATER))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("note");
        assertThatThrownBy(() -> followUp.read("x".repeat(101), LATER))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("caseworker");
        assertThat(followUp.reminder().state()).isEqualTo(ReminderState.SCHEDULED);
    }

    @Test
    void readingRecordsTheCaseworker() {
        ReferralFollowUp followUp = aFollowUp().build();

        followUp.read("sagsbehandler-sara", LATER);

        assertThat(followUp.notification().state()).isEqualTo(NotificationState.READ);
        assertThat(followUp.notification().readBy()).isEqualTo("sagsbehandler-sara");
        assertThat(followUp.notification().readAt()).isEqualTo(LATER);
    }

    @Test
    void anAcknowledgedReferralMarksAnUnreadNotificationRead() {
        ReferralFollowUp followUp = aFollowUp().build();

        assertThat(followUp.acknowledged("sagsbehandler-sara", LATER)).isEmpty();

        assertThat(followUp.notification().state()).isEqualTo(NotificationState.READ);
        assertThat(followUp.notification().readBy()).isEqualTo("sagsbehandler-sara");
    }

    @Test
    void anAcknowledgementLeavesANotificationReadBeforeAsItWas() {
        ReferralFollowUp followUp =
                aFollowUp().withNotification(NotificationState.READ).build();
        Instant readAt = followUp.notification().readAt();

        assertThat(followUp.acknowledged("sagsbehandler-sara", LATER)).isEmpty();

        assertThat(followUp.notification().readBy()).isEqualTo("sagsbehandler-1");
        assertThat(followUp.notification().readAt()).isEqualTo(readAt);
    }

    @ParameterizedTest
    @EnumSource(ReminderState.class)
    void aClosedReferralCancelsAnOpenReminderAndLeavesAnEndedOneAsItWas(ReminderState from) {
        ReferralFollowUp followUp = aFollowUp().withReminder(from).build();

        assertThat(followUp.referralClosed(LATER)).isEmpty();

        boolean open = from == ReminderState.SCHEDULED || from == ReminderState.DUE;
        assertThat(followUp.reminder().state()).isEqualTo(open ? ReminderState.CANCELLED : from);
        if (open) {
            assertThat(followUp.reminder().cancelledAt()).isEqualTo(LATER);
        }
    }

    private static List<InfohusEvent> perform(ReferralFollowUp followUp, ReminderAction action) {
        return switch (action) {
            case FALL_DUE -> followUp.fallDue(LATER);
            case COMPLETE -> followUp.completeFollowUp("koordinator-kim", null, LATER);
            case CANCEL -> followUp.cancelReminder(LATER);
        };
    }

    private static List<InfohusEvent> perform(ReferralFollowUp followUp, NotificationAction action) {
        return switch (action) {
            case READ -> followUp.read("sagsbehandler-sara", LATER);
        };
    }
}
