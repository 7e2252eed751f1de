package dk.infohus.screening.policecheck.adapter.web.page;

import dk.infohus.contracts.Role;
import dk.infohus.platform.audit.AuditInterceptor;
import dk.infohus.platform.audit.Audited;
import dk.infohus.platform.domain.IllegalTransition;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import dk.infohus.screening.policecheck.application.PoliceChecks.QueueEntry;
import dk.infohus.screening.policecheck.application.PoliceChecks.QueuePage;
import dk.infohus.screening.policecheck.application.PoliceScreening;
import dk.infohus.screening.policecheck.application.PoliceScreening.DecisionInput;
import dk.infohus.screening.policecheck.application.VisiblePoliceCheck;
import dk.infohus.screening.policecheck.domain.AgeGroup;
import dk.infohus.screening.policecheck.domain.DecisionOutcome;
import dk.infohus.screening.policecheck.domain.Meeting;
import dk.infohus.screening.policecheck.domain.NotPresentedReason;
import dk.infohus.screening.policecheck.domain.ObstacleReason;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import dk.infohus.screening.policecheck.domain.PoliceNoteKind;
import dk.infohus.webui.PageContext;
import dk.infohus.webui.PageLanguage;
import io.micrometer.core.annotation.Timed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinators' pages: {@code /politi} (the queue), {@code /politi/sager/{caseId}} (a concern's page) and
 * {@code /politi/sager/{caseId}/{form}} (the forms of {@link PageAction}). Every form works without
 * JavaScript; an error is shown next to its field and in a summary; the same form sent twice (a double click)
 * does its work once and then shows the concern. Who may see and do what is {@link PoliceScreening}'s.
 */
@Controller
@RequestMapping("/politi")
class PolicePages {

    static final int PAGE_SIZE = 25;

    private final PoliceScreening screening;
    private final MessageSource messages;
    private final Clock clock;

    PolicePages(PoliceScreening screening, MessageSource messages, Clock clock) {
        this.screening = screening;
        this.messages = messages;
        this.clock = clock;
    }

    /** One line of the queue: ids, codes and deadlines, never the person. */
    record Row(
            String caseId,
            String municipality,
            PoliceCheckState state,
            boolean acute,
            AgeGroup ageGroup,
            Instant receivedAt,
            @Nullable Instant dueAt,
            boolean overdue,
            int concernNumber) {}

    /** The queue's filters as the form sent them, to fill it again and to link to the next page. */
    record Filters(
            PoliceCheckState state,
            @Nullable String municipality,
            @Nullable AgeGroup ageGroup,
            @Nullable Boolean acute,
            @Nullable Boolean overdue) {

        String query(int page, boolean english) {
            StringBuilder query = new StringBuilder("?state=").append(state.name());
            if (municipality != null) {
                query.append("&municipality=").append(municipality);
            }
            if (ageGroup != null) {
                query.append("&ageGroup=").append(ageGroup.name());
            }
            if (acute != null) {
                query.append("&acute=").append(acute);
            }
            if (overdue != null) {
                query.append("&overdue=").append(overdue);
            }
            if (page > 0) {
                query.append("&page=").append(page);
            }
            if (english) {
                query.append("&lang=en");
            }
            return query.toString();
        }
    }

    @GetMapping({"", "/"})
    @Allow({Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.screening.pages.queue")
    String queue(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String municipality,
            @RequestParam(required = false) @Nullable String ageGroup,
            @RequestParam(required = false) @Nullable String acute,
            @RequestParam(required = false) @Nullable String overdue,
            @RequestParam(required = false) @Nullable String page,
            Caller caller,
            HttpServletRequest request,
            Model model) {
        Filters filters = new Filters(
                parse(PoliceCheckState.class, state, PoliceCheckState.OPEN),
                blankToNull(municipality),
                parse(AgeGroup.class, ageGroup, null),
                bool(acute),
                bool(overdue));
        int pageNumber = number(page);
        QueuePage found = screening.queue(
                caller,
                filters.state(),
                filters.municipality(),
                filters.ageGroup(),
                filters.acute(),
                filters.overdue(),
                pageNumber,
                PAGE_SIZE);
        Instant now = clock.instant();
        PageContext context = PageContext.of(request);
        model.addAttribute("page", context);
        model.addAttribute("times", Times.of(request));
        model.addAttribute(
                "rows", found.entries().stream().map(entry -> row(entry, now)).toList());
        model.addAttribute("filters", filters);
        model.addAttribute("states", PoliceCheckState.values());
        model.addAttribute("ageGroups", AgeGroup.values());
        model.addAttribute(
                "municipalities", caller.municipalities().stream().sorted().toList());
        model.addAttribute("pageNumber", pageNumber);
        model.addAttribute(
                "previous", pageNumber > 0 ? "/politi" + filters.query(pageNumber - 1, context.english()) : null);
        model.addAttribute(
                "next", found.hasNext() ? "/politi" + filters.query(pageNumber + 1, context.english()) : null);
        model.addAttribute("police", caller.is(Role.POLICE_COORDINATOR));
        return "politi/koe";
    }

    @GetMapping("/sager/{caseId}")
    @Allow({Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR})
    @Audited
    @Timed("infohus.screening.pages.case")
    String concern(
            @PathVariable String caseId,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return showCase(caseId, caller, request, response, model, null);
    }

    @GetMapping("/sager/{caseId}/{form}")
    @Allow({Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR})
    @Audited
    @Timed("infohus.screening.pages.form")
    String form(
            @PathVariable String caseId,
            @PathVariable String form,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        PageAction action = PageAction.at(form).orElse(null);
        VisiblePoliceCheck visible = find(caseId, caller, request);
        if (action == null || visible == null) {
            return notFound(request, response, model);
        }
        CaseView view = CaseView.of(visible, caller, clock.instant());
        if (!view.actions().contains(action)) {
            // the form is not for this caller or this state: the concern's page says what can be done
            return showCase(caseId, caller, request, response, model, "notNow");
        }
        return showForm(action, view, Map.of(), new PageErrors(), request, model);
    }

    @PostMapping("/sager/{caseId}/{form}")
    @Allow({Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR})
    @Audited
    @Timed("infohus.screening.pages.sent")
    String send(
            @PathVariable String caseId,
            @PathVariable String form,
            @RequestParam MultiValueMap<String, String> body,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        PageAction action = PageAction.at(form).orElse(null);
        UUID id = uuid(caseId);
        if (action == null || id == null || action.roles().stream().noneMatch(caller::is)) {
            return notFound(request, response, model);
        }
        request.setAttribute(AuditInterceptor.RECORD_ATTRIBUTE, id.toString());
        Map<String, String> values = new LinkedHashMap<>();
        body.forEach((name, sent) -> values.put(name, sent.isEmpty() ? "" : sent.get(0)));
        PageErrors errors = new PageErrors();
        Locale locale = PageLanguage.localeOf(request);
        try {
            perform(action, new PoliceCheckId(id), values, caller, errors, locale);
        } catch (InvalidInput invalid) {
            errors.add(invalid.field(), message(action, invalid.field(), locale));
        } catch (IllegalTransition conflict) {
            VisiblePoliceCheck now = find(caseId, caller, request);
            if (now != null && action.done(now.check().state())) {
                // a second click: the first one did the work
                return showCase(caseId, caller, request, response, model, "done." + action.key());
            }
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return showCase(caseId, caller, request, response, model, "conflict");
        } catch (NotFound unknown) {
            return notFound(request, response, model);
        }
        if (errors.any()) {
            VisiblePoliceCheck visible = find(caseId, caller, request);
            if (visible == null) {
                return notFound(request, response, model);
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return showForm(action, CaseView.of(visible, caller, clock.instant()), values, errors, request, model);
        }
        return showCase(caseId, caller, request, response, model, "done." + action.key());
    }

    private void perform(
            PageAction action,
            PoliceCheckId id,
            Map<String, String> values,
            Caller caller,
            PageErrors errors,
            Locale locale) {
        switch (action) {
            case NOTE -> {
                PoliceNoteKind kind = parse(PoliceNoteKind.class, values.get("kind"), null);
                if (kind == null) {
                    throw new InvalidInput("kind", "choose");
                }
                screening.addNote(id, caller, kind, values.get("text"), uuid(values.get("submission")));
            }
            case CLEAR -> screening.clear(id, caller, values.get("note"));
            case TAKE_OVER -> screening.takeOver(id, caller, values.get("reason"));
            case OBSTACLE -> {
                ObstacleReason reason = parse(ObstacleReason.class, values.get("obstacleReason"), null);
                LocalDate day = day(values.get("lookAgainOn"));
                if (reason == null) {
                    errors.add("obstacleReason", message(action, "obstacleReason", locale));
                }
                if (day == null) {
                    errors.add("lookAgainOn", message(action, "lookAgainOn", locale));
                }
                if (!errors.any()) {
                    try {
                        screening.recordObstacle(id, caller, reason, day);
                    } catch (InvalidInput invalid) {
                        errors.add(
                                invalid.field().equals("reason") ? "obstacleReason" : invalid.field(),
                                message(
                                        action,
                                        invalid.field().equals("reason") ? "obstacleReason" : invalid.field(),
                                        locale));
                    }
                }
            }
            case CHILD_ASSESSMENT ->
                screening.assessChild(id, caller, bool(values.get("acuteMeasuresNeeded")), values.get("note"));
            case VIEW -> screening.recordView(id, caller, bool(values.get("present")), values.get("note"));
            case DECISION -> {
                DecisionOutcome outcome = parse(DecisionOutcome.class, values.get("outcome"), null);
                NotPresentedReason reason = outcome == DecisionOutcome.NOT_PRESENTED
                        ? parse(NotPresentedReason.class, values.get("reason"), null)
                        : null;
                Meeting meeting =
                        outcome == DecisionOutcome.PRESENT ? parse(Meeting.class, values.get("meeting"), null) : null;
                screening.decide(
                        id,
                        caller,
                        new DecisionInput(
                                outcome,
                                reason,
                                outcome == DecisionOutcome.NOT_PRESENTED
                                        ? blankToNull(values.get("explanation"))
                                        : null,
                                reason == NotPresentedReason.REDIRECTED
                                        ? blankToNull(values.get("receivingUnit"))
                                        : null,
                                meeting,
                                outcome == DecisionOutcome.PRESENT && "true".equals(values.get("urgent")),
                                blankToNull(values.get("otherCoordinator")),
                                blankToNull(values.get("absenceReason"))));
            }
        }
    }

    private String showCase(
            String caseId,
            Caller caller,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            @Nullable String notice) {
        VisiblePoliceCheck visible = find(caseId, caller, request);
        if (visible == null) {
            return notFound(request, response, model);
        }
        model.addAttribute("page", PageContext.of(request));
        model.addAttribute("times", Times.of(request));
        model.addAttribute("view", CaseView.of(visible, caller, clock.instant()));
        model.addAttribute("notice", notice);
        return "politi/sag";
    }

    private String showForm(
            PageAction action,
            CaseView view,
            Map<String, String> values,
            PageErrors errors,
            HttpServletRequest request,
            Model model) {
        Map<String, String> form = new LinkedHashMap<>(values);
        form.putIfAbsent("submission", UUID.randomUUID().toString());
        model.addAttribute("page", PageContext.of(request));
        model.addAttribute("times", Times.of(request));
        model.addAttribute("view", view);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errors.inOrder(action.fields()));
        model.addAttribute("noteKinds", PoliceNoteKind.values());
        model.addAttribute("obstacleReasons", ObstacleReason.values());
        model.addAttribute("today", LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Copenhagen"))));
        return "politi/formular";
    }

    private @Nullable VisiblePoliceCheck find(String caseId, Caller caller, HttpServletRequest request) {
        UUID id = uuid(caseId);
        if (id == null) {
            return null;
        }
        request.setAttribute(AuditInterceptor.RECORD_ATTRIBUTE, id.toString());
        try {
            return screening.policeCheck(new PoliceCheckId(id), caller);
        } catch (NotFound unknown) {
            return null;
        }
    }

    private String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("page", PageContext.of(request));
        model.addAttribute("times", Times.of(request));
        return "politi/ikke-fundet";
    }

    /** The message for a wrong field: {@code error.<form>.<field>}, else {@code error.<field>}. */
    private String message(PageAction action, String field, Locale locale) {
        String specific = messages.getMessage("error." + action.key() + "." + field, null, null, locale);
        if (specific != null) {
            return specific;
        }
        return messages.getMessage("error." + field, null, messages.getMessage("error.field", null, locale), locale);
    }

    private static Row row(QueueEntry entry, Instant now) {
        return new Row(
                entry.id().toString(),
                entry.municipality(),
                entry.state(),
                entry.acute(),
                entry.ageGroup(),
                entry.receivedAt(),
                entry.nextDueAt(),
                entry.isOverdueAt(now),
                entry.concernNumberAboutSubject());
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value, @Nullable E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException unknown) {
            return otherwise;
        }
    }

    private static @Nullable Boolean bool(@Nullable String value) {
        if ("true".equals(value)) {
            return true;
        }
        return "false".equals(value) ? false : null;
    }

    private static int number(@Nullable String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static @Nullable LocalDate day(@Nullable String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    private static @Nullable UUID uuid(@Nullable String value) {
        try {
            return value == null ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static List<String> fieldsOf(PageAction action) {
        return action.fields();
    }
}
