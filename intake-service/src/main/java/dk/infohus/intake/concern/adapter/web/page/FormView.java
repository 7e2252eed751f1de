package dk.infohus.intake.concern.adapter.web.page;

import dk.infohus.intake.concern.application.ConcernIntake.Receipt;
import dk.infohus.intake.concern.domain.ConcernSign;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.ui.Model;

/** What the form and receipt templates are given, the same for the public and the staff form. */
final class FormView {

    static final String FORM = "bekymring";
    static final String RECEIPT = "kvittering";

    /** Dates on the pages are Danish time. */
    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private FormView() {}

    /**
     * The receipt as the page shows it.
     *
     * @param code grouped for reading, {@code 7K3M-Q9TX-2B4R}
     * @param acute the reporter said there is immediate danger: the page says "call 112 now" first
     * @param repeated this form had been sent before: the receipt is the one given then
     */
    record ReceiptView(String code, String receivedAt, boolean acute, boolean repeated, String status) {

        static ReceiptView of(Receipt receipt, boolean acute) {
            return new ReceiptView(
                    receipt.code().display(),
                    DATE_TIME.format(receipt.receivedAt().atZone(DANISH_TIME)),
                    acute,
                    receipt.repeated(),
                    receipt.status().name());
        }
    }

    static void form(Model model, ConcernForm form, FormErrors errors, String formPath) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("formPath", formPath);
        model.addAttribute("signsIndividual", ConcernSign.in(ConcernSign.Group.INDIVIDUAL));
        model.addAttribute("signsSocial", ConcernSign.in(ConcernSign.Group.SOCIAL_AND_NETWORK));
    }

    static List<ConcernSign> individualSigns() {
        return ConcernSign.in(ConcernSign.Group.INDIVIDUAL);
    }

    static List<ConcernSign> socialSigns() {
        return ConcernSign.in(ConcernSign.Group.SOCIAL_AND_NETWORK);
    }
}
