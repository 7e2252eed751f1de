package dk.infohus.intake.concern.adapter.web.page;

import dk.infohus.intake.concern.adapter.web.page.ConcernFormSubmitter.Accepted;
import dk.infohus.intake.concern.adapter.web.page.ConcernFormSubmitter.Channel;
import dk.infohus.intake.concern.adapter.web.page.ConcernFormSubmitter.Outcome;
import dk.infohus.intake.concern.adapter.web.page.ConcernFormSubmitter.Refused;
import dk.infohus.intake.concern.adapter.web.page.FormView.ReceiptView;
import dk.infohus.intake.concern.application.ConcernIntake;
import dk.infohus.intake.concern.domain.ReceiptCode;
import dk.infohus.intake.concern.domain.ReceiptStatus;
import dk.infohus.platform.audit.AuditInterceptor;
import dk.infohus.platform.audit.Audited;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import io.micrometer.core.annotation.Timed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
 * The public pages, for anyone, signed in or not: the landing page, the concern form and its receipt, the
 * status by receipt code, the action card and the guidance.
 */
@Controller
@RequestMapping("/offentlig")
class PublicPages {

    static final String FORM_PATH = "/offentlig/bekymring";

    private final ConcernFormSubmitter submitter;
    private final ConcernIntake intake;
    private final PageProperties properties;
    private final MessageSource messages;

    PublicPages(
            ConcernFormSubmitter submitter, ConcernIntake intake, PageProperties properties, MessageSource messages) {
        this.submitter = submitter;
        this.intake = intake;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping
    @Allow(anyone = true)
    String landing() {
        return "forside";
    }

    @GetMapping("/bekymring")
    @Allow(anyone = true)
    String form(@RequestParam(name = "kommune", required = false) @Nullable String kommune, Model model) {
        ConcernForm form = ConcernForm.blank();
        if (kommune != null && properties.municipality(kommune.strip()).isPresent()) {
            form.setMunicipality(kommune.strip());
        }
        showForm(model, form, new FormErrors());
        return FormView.FORM;
    }

    /**
     * A citizen's concern. Whoever is signed in, the public form reports as a private person: staff and
     * partners report by name on {@code /indberetning/ny}. The receipt is this answer, not a redirect, so
     * that the code never appears in an address.
     */
    @PostMapping("/bekymring")
    @Allow(anyone = true)
    @Timed("infohus.intake.pages.concern-form")
    @Audited
    String submit(
            @ModelAttribute("form") ConcernForm form,
            BindingResult binding,
            @RequestParam(name = "attachments", required = false) @Nullable List<MultipartFile> files,
            @RequestParam(name = "altcha", required = false) @Nullable String altcha,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        Outcome outcome =
                submitter.submit(Channel.PUBLIC, form, binding, files, Caller.citizen(), null, altcha, locale);
        if (outcome instanceof Accepted accepted) {
            request.setAttribute(
                    AuditInterceptor.RECORD_ATTRIBUTE,
                    accepted.receipt().concernId().toString());
            model.addAttribute("receipt", ReceiptView.of(accepted.receipt(), form.isAcute()));
            model.addAttribute("staff", false);
            model.addAttribute("mailed", accepted.receipt().mailed());
            return FormView.RECEIPT;
        }
        Refused refused = (Refused) outcome;
        response.setStatus(refused.status().value());
        showForm(model, form, refused.errors());
        return FormView.FORM;
    }

    private void showForm(Model model, ConcernForm form, FormErrors errors) {
        FormView.form(model, form, errors, FORM_PATH);
        model.addAttribute("staff", false);
        model.addAttribute("municipalities", properties.municipalities());
        model.addAttribute("mailAvailable", intake.receiptsByEmail());
    }

    /** The status of a concern by the code on its receipt, typed any way: the code is the credential. */
    @GetMapping("/status")
    @Allow(anyone = true)
    @Audited
    String status(
            @RequestParam(name = "kode", required = false) @Nullable String kode,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            Locale locale) {
        // the code is the credential: the audit trail says only that a receipt was looked up
        request.setAttribute(AuditInterceptor.RECORD_ATTRIBUTE, "receipt");
        FormErrors errors = new FormErrors();
        model.addAttribute("kode", kode == null ? "" : kode);
        model.addAttribute("errors", errors);
        if (kode == null || kode.isBlank()) {
            if (kode != null) {
                errors.add("kode", messages.getMessage("error.kode.required", null, locale));
                response.setStatus(400);
            }
            return "status";
        }
        if (kode.length() > 40) {
            errors.add("kode", messages.getMessage("error.kode.format", null, locale));
            response.setStatus(400);
            return "status";
        }
        try {
            ReceiptStatus status = intake.statusByReceipt(ReceiptCode.parse(kode));
            model.addAttribute("status", status.status().name());
            model.addAttribute("professional", status.professionalReporter());
        } catch (InvalidInput malformed) {
            errors.add("kode", messages.getMessage("error.kode.format", null, locale));
            response.setStatus(400);
        } catch (NotFound unknown) {
            errors.add("kode", messages.getMessage("error.kode.unknown", null, locale));
            response.setStatus(404);
        }
        return "status";
    }

    @GetMapping("/handlekort")
    @Allow(anyone = true)
    String actionCard(Model model) {
        model.addAttribute("signsIndividual", FormView.individualSigns());
        model.addAttribute("signsSocial", FormView.socialSigns());
        return "handlekort";
    }

    @GetMapping("/vejledning")
    @Allow(anyone = true)
    String guidance() {
        return "vejledning";
    }
}
