package dk.infohus.intake.concern.adapter.web.page;

import dk.infohus.contracts.Role;
import dk.infohus.intake.attachment.domain.AttachmentRefused;
import dk.infohus.intake.challenge.application.ProofOfWork;
import dk.infohus.intake.challenge.domain.Refusal;
import dk.infohus.intake.concern.application.ConcernAttachments.Upload;
import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.intake.concern.application.ConcernIntake.Receipt;
import dk.infohus.intake.concern.application.ConcernIntake.ReporterDetails;
import dk.infohus.intake.concern.application.ConcernIntake.Submission;
import dk.infohus.intake.concern.application.ReceiptMail;
import dk.infohus.intake.concern.domain.Account;
import dk.infohus.intake.concern.domain.ConcernSign;
import dk.infohus.intake.concern.domain.CprNumber;
import dk.infohus.intake.concern.domain.ReporterKind;
import dk.infohus.intake.concern.domain.Subject;
import dk.infohus.intake.concern.domain.SubjectKind;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.security.Caller;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * Takes a concern form as a browser sent it: checks it (the API's limits, then the domain's rules), and
 * only when all is well hands it to {@link ConcernIntake}. Every refusal is a message in the page's
 * language next to the field it is about; nothing is stored when anything is wrong.
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

    private static final Map<String, String> DOMAIN_FIELDS = Map.ofEntries(
            Map.entry("municipality", "municipality"),
            Map.entry("reporter.kind", "reporterKind"),
            Map.entry("reporter.name", "reporterName"),
            Map.entry("reporter.organisation", "reporterOrganisation"),
            Map.entry("subject.kind", "subjectKind"),
            Map.entry("subject.birthDate", "birthDate"),
            Map.entry("subject.age", "age"),
            Map.entry("account", "account"),
            Map.entry("concernSigns", "concernSigns"));

    private static final java.util.regex.Pattern LINK_FIELD =
            java.util.regex.Pattern.compile("online\\.links\\[(\\d+)]");
    private static final java.util.regex.Pattern FILE_FIELD = java.util.regex.Pattern.compile("attachments\\[(\\d+)]");

    /** How long a double click's second request waits for the first one's concern to be stored. */
    static final Duration SAME_FORM_WAIT = Duration.ofSeconds(5);

    /** The public forms being sent in this instance right now, by their idempotency key. */
    private final ConcurrentMap<String, CompletableFuture<Optional<Receipt>>> formsBeingSent =
            new ConcurrentHashMap<>();

    private final ConcernIntake intake;
    private final ProofOfWork proofOfWork;
    private final UnverifiedSubmissions unverified;
    private final PageProperties properties;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;
    private final ReceiptMail receiptMail;

    ConcernFormSubmitter(
            ConcernIntake intake,
            ProofOfWork proofOfWork,
            UnverifiedSubmissions unverified,
            PageProperties properties,
            Validator validator,
            MessageSource messages,
            Clock clock,
            ReceiptMail receiptMail) {
        this.receiptMail = receiptMail;
        this.intake = intake;
        this.proofOfWork = proofOfWork;
        this.unverified = unverified;
        this.properties = properties;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
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
        FormErrors errors = new FormErrors();
        Texts texts = new Texts(messages, locale);
        binding.getFieldErrors().forEach(error -> errors.add(error.getField(), texts.get("error.invalid")));
        for (ConstraintViolation<ConcernForm> violation : validator.validate(form)) {
            errors.add(violation.getPropertyPath().toString(), messageFor(violation, texts));
        }
        checkChoices(channel, form, caller, errors, texts);
        if (errors.any()) {
            return new Refused(errors, HttpStatus.BAD_REQUEST);
        }
        List<Upload> uploads = new ArrayList<>();
        List<String> filenames = new ArrayList<>();
        uploadsOf(files, uploads, filenames);
        Submission submission;
        try {
            submission = submission(channel, form, caller, uploads);
        } catch (InvalidInput invalid) {
            translate(invalid, form, filenames, errors, texts);
            return new Refused(errors, HttpStatus.BAD_REQUEST);
        }
        Optional<Receipt> sentBefore = intake.receiptGivenFor(caller, form.getIdempotencyKey());
        if (sentBefore.isPresent()) {
            // the same form again (a double click, a reload): its receipt, without a second proof of work
            return new Accepted(sentBefore.get());
        }
        String key = form.getIdempotencyKey();
        if (channel != Channel.PUBLIC || key.isBlank()) {
            return proveAndReceive(channel, form, submission, caller, callerName, altcha, filenames, locale);
        }
        // a double click sends the same form, with the same solved challenge, twice at once: the second
        // waits for the first and shows its receipt, instead of finding the challenge used and saying so
        CompletableFuture<Optional<Receipt>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<Receipt>> first = formsBeingSent.putIfAbsent(key, mine);
        if (first != null) {
            Optional<Receipt> theirs = receiptOf(first);
            return theirs.isPresent()
                    ? new Accepted(theirs.get())
                    : proveAndReceive(channel, form, submission, caller, callerName, altcha, filenames, locale);
        }
        try {
            Optional<Receipt> finishedJustNow = intake.receiptGivenFor(caller, key);
            if (finishedJustNow.isPresent()) {
                return new Accepted(finishedJustNow.get());
            }
            Outcome outcome = proveAndReceive(channel, form, submission, caller, callerName, altcha, filenames, locale);
            mine.complete(outcome instanceof Accepted accepted ? Optional.of(accepted.receipt()) : Optional.empty());
            return outcome;
        } finally {
            mine.complete(Optional.empty());
            formsBeingSent.remove(key, mine);
        }
    }

    private Outcome proveAndReceive(
            Channel channel,
            ConcernForm form,
            Submission submission,
            Caller caller,
            @Nullable String callerName,
            @Nullable String altcha,
            List<String> filenames,
            Locale locale) {
        FormErrors errors = new FormErrors();
        Texts texts = new Texts(messages, locale);
        if (channel == Channel.PUBLIC) {
            if (altcha == null || altcha.isBlank()) {
                if (!unverified.tryTake()) {
                    errors.add("altcha", texts.get("error.altcha.budget", contactPhones()));
                    return new Refused(errors, HttpStatus.TOO_MANY_REQUESTS);
                }
            } else {
                try {
                    proofOfWork.verify(altcha);
                } catch (InvalidInput invalid) {
                    translate(invalid, form, filenames, errors, texts);
                    return new Refused(errors, HttpStatus.BAD_REQUEST);
                }
            }
        }
        try {
            Receipt receipt = intake.receive(caller, callerName, submission);
            if (channel == Channel.PUBLIC && form.isReceiptByEmail() && !receipt.repeated()) {
                receiptMail.send(form.getReporterEmail(), receipt.code(), locale);
            }
            return new Accepted(receipt);
        } catch (InvalidInput invalid) {
            translate(invalid, form, filenames, errors, texts);
            return new Refused(errors, HttpStatus.BAD_REQUEST);
        }
    }

    /** The first send's receipt, once it has one; empty if it was refused or takes too long. */
    private static Optional<Receipt> receiptOf(CompletableFuture<Optional<Receipt>> first) {
        try {
            return first.get(SAME_FORM_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        }
    }

    private String contactPhones() {
        return String.join(
                ", ",
                properties.contacts().stream()
                        .map(contact -> contact.name() + " " + contact.phone())
                        .toList());
    }

    /** What the form's own choices and the API's list limits allow, before the domain is asked. */
    private void checkChoices(Channel channel, ConcernForm form, Caller caller, FormErrors errors, Texts texts) {
        if (channel == Channel.PUBLIC && form.isReceiptByEmail()) {
            if (!receiptMail.available()) {
                errors.add("receiptByEmail", texts.get("error.receiptByEmail.unavailable"));
            } else if (form.getReporterEmail().isBlank()) {
                errors.add("reporterEmail", texts.get("error.receiptByEmail.noAddress"));
            }
        }
        boolean municipalityKnown = channel == Channel.PUBLIC
                ? properties.municipality(form.getMunicipality()).isPresent()
                : caller.worksFor(form.getMunicipality());
        if (!municipalityKnown) {
            errors.add("municipality", texts.get("error.municipality"));
        }
        if (channel == Channel.STAFF
                && caller.is(Role.REPORTER)
                && !(form.getReporterKind().equals("STAFF")
                        || form.getReporterKind().equals("PARTNER"))) {
            errors.add("reporterKind", texts.get("error.reporterKind"));
        }
        if (!(form.getSubjectKind().equals("PERSON") || form.getSubjectKind().equals("GROUP"))) {
            errors.add("subjectKind", texts.get("error.subjectKind"));
        } else if (form.isGroup()) {
            if (form.getGroupName().isBlank()) {
                errors.add("groupName", texts.get("error.groupName.required"));
            }
        } else {
            if (form.getPersonName().isBlank()) {
                errors.add("personName", texts.get("error.personName.required"));
            }
            if (!form.getBirthDate().isEmpty()) {
                LocalDate birthDate = dateOf(form.getBirthDate());
                if (birthDate == null) {
                    errors.add("birthDate", texts.get("error.birthDate.format"));
                } else if (!birthDate.isBefore(LocalDate.now(clock))) {
                    errors.add("birthDate", texts.get("error.birthDate.future"));
                }
            }
            if (!form.getAge().isEmpty() && ageOf(form.getAge()) == null) {
                errors.add("age", texts.get("error.age", Subject.OLDEST_AGE));
            }
        }
        if (form.getAccount().isBlank()) {
            errors.add("account", texts.get("error.account.required"));
        }
        List<String> links = form.linkList();
        if (links.size() > ConcernForm.MAX_LINKS) {
            errors.add("links", texts.get("error.links.tooMany", ConcernForm.MAX_LINKS));
        } else if (links.stream().anyMatch(link -> link.length() > ConcernForm.MAX_LINK_LENGTH)) {
            errors.add("links", texts.get("error.links.tooLong", ConcernForm.MAX_LINK_LENGTH));
        }
        List<String> platforms = form.platformList();
        if (platforms.size() > ConcernForm.MAX_PLATFORMS) {
            errors.add("platforms", texts.get("error.platforms.tooMany", ConcernForm.MAX_PLATFORMS));
        } else if (platforms.stream().anyMatch(platform -> platform.length() > ConcernForm.MAX_PLATFORM_LENGTH)) {
            errors.add("platforms", texts.get("error.platforms.tooLong", ConcernForm.MAX_PLATFORM_LENGTH));
        }
        List<String> known =
                Arrays.stream(ConcernSign.values()).map(ConcernSign::code).toList();
        if (!known.containsAll(form.getConcernSigns())) {
            errors.add("concernSigns", texts.get("error.concernSigns"));
        }
    }

    private Submission submission(Channel channel, ConcernForm form, Caller caller, List<Upload> uploads) {
        Subject subject = form.isGroup()
                ? new Subject(
                        SubjectKind.GROUP,
                        form.getGroupName(),
                        null,
                        null,
                        null,
                        null,
                        blankToNull(form.getGroupDescription()))
                : new Subject(
                        SubjectKind.PERSON,
                        form.getPersonName(),
                        form.getCprNumber().isEmpty() ? null : CprNumber.parse(form.getCprNumber()),
                        form.getBirthDate().isEmpty() ? null : dateOf(form.getBirthDate()),
                        form.getAge().isEmpty() ? null : ageOf(form.getAge()),
                        blankToNull(form.getAddress()),
                        null);
        Account account = new Account(
                form.getAccount(),
                blankToNull(form.getWhen()),
                blankToNull(form.getWhere()),
                form.platformList(),
                form.linkList(),
                blankToNull(form.getOtherAuthorities()),
                blankToNull(form.getRelation()));
        ReporterDetails reporter = channel == Channel.PUBLIC
                ? new ReporterDetails(
                        ReporterKind.CITIZEN,
                        blankToNull(form.getReporterName()),
                        null,
                        blankToNull(form.getReporterEmail()),
                        blankToNull(form.getReporterPhone()))
                : new ReporterDetails(
                        caller.is(Role.REPORTER) ? ReporterKind.valueOf(form.getReporterKind()) : ReporterKind.STAFF,
                        null,
                        blankToNull(form.getReporterOrganisation()),
                        null,
                        null);
        return new Submission(
                form.getMunicipality(),
                reporter,
                subject,
                account,
                form.isAcute(),
                form.getConcernSigns(),
                form.getIdempotencyKey().isEmpty() ? null : form.getIdempotencyKey(),
                uploads);
    }

    /** A domain refusal, as a message next to the field of the form it is about. */
    private void translate(
            InvalidInput invalid, ConcernForm form, List<String> filenames, FormErrors errors, Texts texts) {
        String field = invalid.field();
        String message = String.valueOf(invalid.getMessage());
        Matcher link = LINK_FIELD.matcher(field);
        Matcher file = FILE_FIELD.matcher(field);
        if (field.equals("subject.cprNumber")) {
            errors.add(
                    "cprNumber",
                    texts.get(message.contains("not exist") ? "error.cprNumber.date" : "error.cprNumber.format"));
        } else if (field.equals("subject.name")) {
            errors.add(
                    form.isGroup() ? "groupName" : "personName",
                    texts.get(form.isGroup() ? "error.groupName.required" : "error.personName.required"));
        } else if (field.equals("subject.birthDate")) {
            errors.add("birthDate", texts.get("error.birthDate.cpr"));
        } else if (link.matches()) {
            int index = Integer.parseInt(link.group(1));
            List<String> links = form.linkList();
            errors.add("links", texts.get("error.links.scheme", index < links.size() ? links.get(index) : ""));
        } else if (field.equals("attachments") || file.matches()) {
            String code = invalid instanceof AttachmentRefused refused ? refused.code() : "other";
            String name = "";
            if (file.matches()) {
                int index = Integer.parseInt(file.group(1));
                name = index < filenames.size() ? filenames.get(index) : "";
            }
            errors.add("attachments", texts.get("error.attachments." + code, name));
        } else if (field.equals(ProofOfWork.FIELD)) {
            String refusal = Arrays.stream(Refusal.values())
                    .filter(candidate -> candidate.message().equals(message))
                    .map(candidate -> candidate.name().toLowerCase(Locale.ROOT))
                    .findFirst()
                    .orElse("malformed");
            errors.add("altcha", texts.get("error.altcha." + refusal));
        } else if (field.equals("idempotencyKey")) {
            form.setIdempotencyKey(ConcernForm.blank().getIdempotencyKey());
            errors.add("form", texts.get("error.idempotencyKey"));
        } else if (DOMAIN_FIELDS.containsKey(field)) {
            String formField = DOMAIN_FIELDS.get(field);
            errors.add(formField, texts.get("error.domain." + formField));
        } else {
            errors.add("form", texts.get("error.form"));
        }
    }

    private static String messageFor(ConstraintViolation<ConcernForm> violation, Texts texts) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof Size size) {
            return violation.getPropertyPath().toString().equals("concernSigns")
                    ? texts.get("error.concernSigns")
                    : texts.get("error.tooLong", size.max());
        }
        if (constraint instanceof Email) {
            return texts.get("error.email");
        }
        if (constraint instanceof Pattern) {
            return texts.get("error.phone");
        }
        return texts.get("error.invalid");
    }

    private static void uploadsOf(@Nullable List<MultipartFile> files, List<Upload> uploads, List<String> filenames) {
        if (files == null) {
            return;
        }
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            if (file.isEmpty() && name.isBlank()) {
                continue; // a file input left empty
            }
            uploads.add(new Upload(name, file.getSize(), file::getInputStream));
            filenames.add(name);
        }
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
    }
}
