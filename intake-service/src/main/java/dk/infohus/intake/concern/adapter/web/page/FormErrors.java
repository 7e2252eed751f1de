package dk.infohus.intake.concern.adapter.web.page;

import java.util.List;

/**
 * What is wrong with a concern form: the shared {@link dk.infohus.webui.FormErrors}, its summary in the
 * order of the concern form's fields on the page.
 */
public final class FormErrors extends dk.infohus.webui.FormErrors {

    /** The order of the fields on the page, so the summary reads top to bottom. */
    private static final List<String> ORDER = List.of(
            "form",
            "municipality",
            "reporterKind",
            "reporterName",
            "reporterOrganisation",
            "reporterEmail",
            "reporterPhone",
            "subjectKind",
            "personName",
            "cprNumber",
            "birthDate",
            "age",
            "address",
            "groupName",
            "groupDescription",
            "account",
            "when",
            "where",
            "platforms",
            "links",
            "concernSigns",
            "otherAuthorities",
            "relation",
            "attachments",
            "altcha",
            "kode");

    public FormErrors() {
        super(ORDER);
    }
}
