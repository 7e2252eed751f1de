package dk.infohus.intake.concern.adapter.web.page;

import dk.infohus.contracts.Role;
import dk.infohus.intake.challenge.application.ProofOfWork;
import dk.infohus.intake.concern.application.Admission;
import dk.infohus.intake.concern.application.ConcernAttachments.Upload;
import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.intake.concern.application.ConcernIntake.Receipt;
import dk.infohus.intake.concern.application.ConcernIntake.ReporterDetails;
import dk.infohus.intake.concern.application.ConcernIntake.Submission;
import dk.infohus.intake.concern.application.IdempotencyKeyReused;
import dk.infohus.intake.concern.domain.Account;
import dk.infohus.intake.concern.domain.CprNumber;
import dk.infohus.intake.concern.domain.OverLimit;
import dk.infohus.intake.concern.domain.ReporterKind;
import dk.infohus.intake.concern.domain.Subject;
import dk.infohus.intake.concern.domain.SubjectKind;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.security.Caller;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes a concern form as a browser sent it: reads what was typed into the domain's values, hands them to
 * {@link ConcernIntake}, and shows every refusal as a message in the page's language next to the field it
 * is about. The rules, their limits and when a receipt is mailed are the domain's and the use case's; this
 * class only reads text and translates refusals by their field and code. Nothing is stored when anything
 * is wrong.
 */
@Component
class ConcernFormSubmitter {

    /** Who fills the form in: a citizen on the public form, or a signed-in member of staff or partner. */
    enum Channel {
        PUBLIC,
        STAFF
    }

    /** The concern was received (or had been: {@code receipt.repeated()}). */
    record Accepted(Receipt receipt) implements Outcome {}

    /** The form is to be shown again, with these errors, answered with this status. */
    record Refused(FormErrors errors, HttpStatus status) implements Outcome {}

    sealed interface Outcome permits Accepted, Refused {}

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** The form's field for each field a domain refusal names (the API's names). */
    private static final Map<String, String> FORM_FIELDS = Map.ofEntries(
            Map.entry("municipality", "municipality"),
            Map.entry("reporter.kind", "reporterKind"),
            Map.entry("reporter.name", "reporterName"),
            Map.entry("reporter.organisation", "reporterOrganisation"),
            Map.entry("reporter.email", "reporterEmail"),
            Map.entry("reporter.phone", "reporterPhone"),
            Map.entry("subject.kind", "subjectKind"),
            Map.entry("subject.cprNumber", "cprNumber"),
            Map.entry("subject.birthDate", "birthDate"),
            Map.entry("subject.age", "age"),
            Map.entry("subject.address", "address"),
            Map.entry("subject.description", "groupDescription"),
            Map.entry("account", "account"),
            Map.entry("when", "when"),
            Map.entry("where", "where"),
            Map.entry("online.links", "links"),
            Map.entry("online.platforms", "platforms"),
            Map.entry("otherAuthorities", "otherAuthorities"),
            Map.entry("relationToSubject", "relation"),
            Map.entry("concernSigns", "concernSigns"),
            Map.entry("receiptByEmail", "receiptByEmail"),
            Map.entry("attachments", "attachments"),
            Map.entry(ProofOfWork.FIELD, "altcha"),
            Map.entry("idempotencyKey", "form"));

    /** A field of one entry of a list, such as {@code online.links[2]}. */
    private static final java.util.regex.Pattern ENTRY = java.util.regex.Pattern.compile("(.+)\\[(\\d+)]");

    private final ConcernIntake intake;
    private final ProofOfWork proofOfWork;
    private final UnverifiedSubmissions unverified;
    private final PageProperties properties;
    private final MessageSource messages;

    ConcernFormSubmitter(
            ConcernIntake intake,
            ProofOfWork proofOfWork,
            UnverifiedSubmissions unverified,
            PageProperties properties,
            MessageSource messages) {
        this.intake = intake;
        this.proofOfWork = proofOfWork;
        this.unverified = unverified;
        this.properties = properties;
        this.messages = messages;
    }

    /** The public form was sent without a proof of work, and the budget for that is spent. */
    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super("the budget for submissions without a proof of work is spent", null, false, false);
        }
    }

    /**
     * @param caller who sends it: on the public form always a citizen, whoever is signed in
     * @param callerName the signed-in caller's name from their token
     * @param altcha the proof-of-work payload (public form only); blank when the browser ran no JavaScript
     */
    Outcome submit(
            Channel channel,
            ConcernForm form,
            BindingResult binding,
            @Nullable List<MultipartFile> files,
            Caller caller,
            @Nullable String callerName,
            @Nullable String altcha,
            Locale locale) {
        Texts texts = new Texts(messages, locale);
        List<String> filenames = new ArrayList<>();
        List<Upload> uploads = uploadsOf(files, filenames);
        Refusals refusals = new Refusals(form, filenames, texts);
        binding.getFieldErrors().forEach(error -> refusals.errors.add(error.getField(), texts.get("error.invalid")));
        Submission submission = submission(channel, form, caller, uploads, locale, refusals);
        if (submission == null || refusals.errors.any()) {
            return new Refused(refusals.errors, HttpStatus.BAD_REQUEST);
        }
        Admission admission = channel == Channel.PUBLIC ? key -> proveHuman(altcha, key) : Admission.NONE;
        try {
            return new Accepted(intake.receive(caller, callerName, submission, admission));
        } catch (BudgetSpent spent) {
            refusals.errors.add("altcha", texts.get("error.altcha.budget", contactPhones()));
            return new Refused(refusals.errors, HttpStatus.TOO_MANY_REQUESTS);
        } catch (IdempotencyKeyReused reused) {
            // the form's key was sent before with other content (changed after going back): nothing is
            // stored; the form gets a new key, so that sending it again makes its own concern
            refusals.add(new InvalidInput("idempotencyKey", "reused", String.valueOf(reused.getMessage())));
            return new Refused(refusals.errors, HttpStatus.UNPROCESSABLE_CONTENT);
        } catch (InvalidInput invalid) {
            refusals.add(invalid);
            return new Refused(refusals.errors, HttpStatus.BAD_REQUEST);
        }
    }

    /**
     * The public form's proof that a person sent it, for this submission: a solved challenge, or without
     * JavaScript one of the few submissions the budget allows.
     */
    private void proveHuman(@Nullable String altcha, String submissionKey) {
        if (altcha == null || altcha.isBlank()) {
            if (!unverified.tryTake()) {
                throw new BudgetSpent();
            }
            return;
        }
        proofOfWork.verify(altcha, submissionKey);
    }

    private String contactPhones() {
        return String.join(
                ", ",
                properties.contacts().stream()
                        .map(contact -> contact.name() + " " + contact.phone())
                        .toList());
    }

    /** The form read into a submission, or null when what was typed cannot be read (see the errors). */
    private @Nullable Submission submission(
            Channel channel, ConcernForm form, Caller caller, List<Upload> uploads, Locale locale, Refusals refusals) {
        FormErrors errors = refusals.errors;
        Texts texts = refusals.texts;
        if (channel == Channel.PUBLIC
                && properties.municipality(form.getMunicipality()).isEmpty()) {
            errors.add("municipality", texts.get("error.municipality"));
        }
        ReporterKind staffKind = ReporterKind.STAFF;
        if (channel == Channel.STAFF && caller.is(Role.REPORTER)) {
            staffKind = kindOf(form.getReporterKind());
            if (staffKind == null) {
                errors.add("reporterKind", texts.get("error.reporterKind"));
            }
        }
        ReporterKind kind = channel == Channel.PUBLIC ? ReporterKind.CITIZEN : staffKind;
        ReporterDetails reporter = kind == null
                ? null
                : refusals.attempt(() -> channel == Channel.PUBLIC
                        ? new ReporterDetails(
                                kind,
                                blankToNull(form.getReporterName()),
                                null,
                                blankToNull(form.getReporterEmail()),
                                blankToNull(form.getReporterPhone()))
                        : new ReporterDetails(kind, null, blankToNull(form.getReporterOrganisation()), null, null));
        Subject subject = subjectOf(form, refusals);
        Account account = refusals.attempt(() -> new Account(
                form.getAccount(),
                blankToNull(form.getWhen()),
                blankToNull(form.getWhere()),
                form.platformList(),
                form.linkList(),
                blankToNull(form.getOtherAuthorities()),
                blankToNull(form.getRelation())));
        if (reporter == null || subject == null || account == null) {
            return null;
        }
        return new Submission(
                form.getMunicipality(),
                reporter,
                subject,
                account,
                form.isAcute(),
                form.getConcernSigns(),
                form.getIdempotencyKey().isEmpty() ? null : form.getIdempotencyKey(),
                uploads,
                channel == Channel.PUBLIC && form.isReceiptByEmail() ? locale : null);
    }

    private static @Nullable Subject subjectOf(ConcernForm form, Refusals refusals) {
        FormErrors errors = refusals.errors;
        Texts texts = refusals.texts;
        if (!(form.getSubjectKind().equals("PERSON") || form.getSubjectKind().equals("GROUP"))) {
            errors.add("subjectKind", texts.get("error.subjectKind"));
            return null;
        }
        if (form.isGroup()) {
            return refusals.attempt(() -> new Subject(
                    SubjectKind.GROUP,
                    form.getGroupName(),
                    null,
                    null,
                    null,
                    null,
                    blankToNull(form.getGroupDescription())));
        }
        boolean readable = true;
        CprNumber cprNumber = null;
        if (!form.getCprNumber().isEmpty()) {
            cprNumber = refusals.attempt(() -> CprNumber.parse(form.getCprNumber()));
            readable = cprNumber != null;
        }
        LocalDate birthDate = null;
        if (!form.getBirthDate().isEmpty()) {
            birthDate = dateOf(form.getBirthDate());
            if (birthDate == null) {
                errors.add("birthDate", texts.get("error.birthDate.format"));
                readable = false;
            }
        }
        Integer age = null;
        if (!form.getAge().isEmpty()) {
            age = ageOf(form.getAge());
            if (age == null) {
                errors.add("age", texts.get("error.age", Subject.OLDEST_AGE));
                readable = false;
            }
        }
        if (!readable) {
            // what could be read is still checked, so that every wrong field is shown at once
            refusals.attempt(() -> new Subject(
                    SubjectKind.PERSON, form.getPersonName(), null, null, null, blankToNull(form.getAddress()), null));
            return null;
        }
        CprNumber cpr = cprNumber;
        LocalDate born = birthDate;
        Integer aged = age;
        return refusals.attempt(() -> new Subject(
                SubjectKind.PERSON, form.getPersonName(), cpr, born, aged, blankToNull(form.getAddress()), null));
    }

    /**
     * The domain's refusals, as messages next to the fields of the form they are about: translated by the
     * field and the {@link InvalidInput#code() code}, never by the message.
     */
    private static final class Refusals {
        final FormErrors errors = new FormErrors();
        final ConcernForm form;
        final List<String> filenames;
        final Texts texts;

        Refusals(ConcernForm form, List<String> filenames, Texts texts) {
            this.form = form;
            this.filenames = filenames;
            this.texts = texts;
        }

        /** What the value's constructor makes, or null with its refusal added to the errors. */
        <T> @Nullable T attempt(Supplier<T> value) {
            try {
                return value.get();
            } catch (InvalidInput invalid) {
                add(invalid);
                return null;
            }
        }

        void add(InvalidInput invalid) {
            String field = invalid.field();
            int index = -1;
            Matcher entry = ENTRY.matcher(field);
            if (entry.matches()) {
                field = entry.group(1);
                index = Integer.parseInt(entry.group(2));
            }
            String code = invalid.code();
            if (field.equals("subject.name")) {
                String formField = form.isGroup() ? "groupName" : "personName";
                errors.add(
                        formField,
                        invalid instanceof OverLimit over
                                ? texts.get("error.tooLong", over.limit())
                                : texts.get("error." + formField + ".required"));
                return;
            }
            String formField = FORM_FIELDS.get(field);
            if (formField == null) {
                errors.add("form", texts.get("error.form"));
                return;
            }
            errors.add(formField, message(formField, code, invalid, index));
        }

        private String message(String formField, String code, InvalidInput invalid, int index) {
            int limit = invalid instanceof OverLimit over ? over.limit() : 0;
            return switch (formField) {
                case "links" ->
                    switch (code) {
                        case OverLimit.TOO_MANY -> texts.get("error.links.tooMany", limit);
                        case OverLimit.TOO_LONG -> texts.get("error.links.tooLong", limit);
                        default -> texts.get("error.links.scheme", entryOf(form.linkList(), index));
                    };
                case "platforms" ->
                    code.equals(OverLimit.TOO_MANY)
                            ? texts.get("error.platforms.tooMany", limit)
                            : texts.get("error.platforms.tooLong", limit);
                case "concernSigns" -> texts.get("error.concernSigns");
                case "cprNumber" ->
                    texts.get(code.equals(CprNumber.NO_SUCH_DATE) ? "error.cprNumber.date" : "error.cprNumber.format");
                case "birthDate" ->
                    texts.get(code.equals(Subject.DIFFERS_FROM_CPR) ? "error.birthDate.cpr" : "error.birthDate.future");
                case "age" -> texts.get("error.age", Subject.OLDEST_AGE);
                case "reporterEmail" ->
                    code.equals("required")
                            ? texts.get("error.receiptByEmail.noAddress")
                            : limit > 0 ? texts.get("error.tooLong", limit) : texts.get("error.email");
                case "reporterPhone" -> texts.get("error.phone");
                case "receiptByEmail" -> texts.get("error.receiptByEmail.unavailable");
                case "attachments" ->
                    texts.getOrElse(
                            "error.attachments." + code,
                            "error.attachments.other",
                            index >= 0 ? entryOf(filenames, index) : "");
                case "altcha" -> texts.getOrElse("error.altcha." + code, "error.altcha.malformed");
                case "form" -> {
                    // the form's idempotency key: a fresh one, so that sending again makes a new concern
                    form.setIdempotencyKey(ConcernForm.blank().getIdempotencyKey());
                    yield texts.get("error.idempotencyKey");
                }
                default ->
                    limit > 0
                            ? texts.get("error.tooLong", limit)
                            : texts.getOrElse("error.domain." + formField, "error.form");
            };
        }

        private static String entryOf(List<String> entries, int index) {
            return index >= 0 && index < entries.size() ? entries.get(index) : "";
        }
    }

    private static @Nullable ReporterKind kindOf(String typed) {
        return switch (typed) {
            case "STAFF" -> ReporterKind.STAFF;
            case "PARTNER" -> ReporterKind.PARTNER;
            default -> null;
        };
    }

    private static List<Upload> uploadsOf(@Nullable List<MultipartFile> files, List<String> filenames) {
        List<Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            if (file.isEmpty() && name.isBlank()) {
                continue; // a file input left empty
            }
            uploads.add(new Upload(name, file.getSize(), file::getInputStream));
            filenames.add(name);
        }
        return uploads;
    }

    static @Nullable LocalDate dateOf(String typed) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(typed.strip(), format);
            } catch (DateTimeParseException tryNext) {
                // the next format
            }
        }
        return null;
    }

    static @Nullable Integer ageOf(String typed) {
        if (!typed.strip().matches("\\d{1,3}")) {
            return null;
        }
        int age = Integer.parseInt(typed.strip());
        return age <= Subject.OLDEST_AGE ? age : null;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    /** The page's texts in its language. */
    record Texts(MessageSource messages, Locale locale) {
        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        /** The text for {@code key}, or for {@code fallback} when the bundle has none for it. */
        String getOrElse(String key, String fallback, Object... args) {
            String text = messages.getMessage(key, args, null, locale);
            return text != null ? text : get(fallback, args);
        }
    }
}
