package dk.infohus.intake.concern.adapter.web.page;

import dk.infohus.contracts.Role;
import dk.infohus.intake.concern.adapter.web.page.ConcernFormSubmitter.Accepted;
import dk.infohus.intake.concern.adapter.web.page.ConcernFormSubmitter.Channel;
import dk.infohus.intake.concern.adapter.web.page.ConcernFormSubmitter.Outcome;
import dk.infohus.intake.concern.adapter.web.page.ConcernFormSubmitter.Refused;
import dk.infohus.intake.concern.adapter.web.page.FormView.ReceiptView;
import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.platform.audit.AuditInterceptor;
import dk.infohus.platform.audit.Audited;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import io.micrometer.core.annotation.Timed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The signed-in pages: the staff and partner form (a professional reports in writing and by name: the name
 * and organisation come from the token) and a reporter's own concerns.
 */
@Controller
@RequestMapping("/indberetning")
class StaffPages {

    static final String FORM_PATH = "/indberetning/ny";

    /** The token claims with the signed-in person's display name and organisation. */
    static final String NAME_CLAIM = "name";

    static final String ORGANISATION_CLAIM = "organisation";

    private final ConcernFormSubmitter submitter;
    private final ConcernIntake intake;
    private final PageProperties properties;

    StaffPages(ConcernFormSubmitter submitter, ConcernIntake intake, PageProperties properties) {
        this.submitter = submitter;
        this.intake = intake;
        this.properties = properties;
    }

    /** One of the caller's municipalities, by code and name. */
    record MunicipalityChoice(String code, String name) {}

    /** One of a reporter's own concerns: when and how far, never its content. */
    record OwnConcern(String receivedAt, String status) {}

    @GetMapping("/ny")
    @Allow({Role.REPORTER, Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR})
    String form(Caller caller, @AuthenticationPrincipal @Nullable Jwt token, Model model) {
        ConcernForm form = ConcernForm.blank();
        List<MunicipalityChoice> municipalities = municipalitiesOf(caller);
        if (caller.municipality() != null && caller.worksFor(caller.municipality())) {
            form.setMunicipality(caller.municipality());
        } else if (!municipalities.isEmpty()) {
            form.setMunicipality(municipalities.get(0).code());
        }
        if (caller.is(Role.REPORTER)) {
            form.setReporterKind("STAFF");
        }
        showForm(model, form, new FormErrors(), caller, token);
        return FormView.FORM;
    }

    @PostMapping("/ny")
    @Allow({Role.REPORTER, Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR})
    @Timed("infohus.intake.pages.staff-form")
    @Audited
    String submit(
            @ModelAttribute("form") ConcernForm form,
            BindingResult binding,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
            Caller caller,
            @AuthenticationPrincipal @Nullable Jwt token,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Outcome outcome =
                submitter.submit(Channel.STAFF, form, binding, files, caller, claim(token, NAME_CLAIM), null, locale);
        if (outcome instanceof Accepted accepted) {
            request.setAttribute(
                    AuditInterceptor.RECORD_ATTRIBUTE,
                    accepted.receipt().concernId().toString());
            model.addAttribute("receipt", ReceiptView.of(accepted.receipt(), form.isAcute()));
            model.addAttribute("staff", true);
            model.addAttribute("mine", caller.is(Role.REPORTER));
            return FormView.RECEIPT;
        }
        Refused refused = (Refused) outcome;
        response.setStatus(refused.status().value());
        showForm(model, form, refused.errors(), caller, token);
        return FormView.FORM;
    }

    /** A reporter's own concerns, newest first: the date and how far each has come. */
    @GetMapping("/mine")
    @Allow(Role.REPORTER)
    @Audited
    String mine(Caller caller, Model model) {
        model.addAttribute(
                "concerns",
                intake.reportedBy(caller).stream()
                        .map(concern -> new OwnConcern(
                                FormView.DATE_TIME.format(concern.receivedAt().atZone(FormView.DANISH_TIME)),
                                concern.status().name()))
                        .toList());
        return "mine";
    }

    private void showForm(Model model, ConcernForm form, FormErrors errors, Caller caller, @Nullable Jwt token) {
        FormView.form(model, form, errors, FORM_PATH);
        String name = claim(token, NAME_CLAIM);
        String organisation = caller.organisation();
        model.addAttribute("staff", true);
        model.addAttribute("reporterName", name == null || name.isBlank() ? caller.userId() : name);
        model.addAttribute("tokenOrganisation", organisation == null || organisation.isBlank() ? null : organisation);
        model.addAttribute("chooseKind", caller.is(Role.REPORTER));
        model.addAttribute("municipalities", municipalitiesOf(caller));
    }

    private List<MunicipalityChoice> municipalitiesOf(Caller caller) {
        return caller.municipalities().stream()
                .sorted()
                .map(code -> new MunicipalityChoice(code, properties.nameOf(code)))
                .toList();
    }

    private static @Nullable String claim(@Nullable Jwt token, String name) {
        return token == null ? null : token.getClaimAsString(name);
    }
}
