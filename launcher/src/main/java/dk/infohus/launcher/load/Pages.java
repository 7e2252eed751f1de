package dk.infohus.launcher.load;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user reads from intake's pages and what they send back: the form's action (with the front door's
 * CSRF token in it when the page came through the gateway), its hidden idempotency key, and the receipt code
 * on the receipt page; and a filled-in public form as {@code multipart/form-data}, as a browser sends it.
 */
public final class Pages {

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form\\b[^>]*\\bmethod=\"post\"[^>]*\\baction=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM_ACTION_FIRST =
            Pattern.compile("<form\\b[^>]*\\baction=\"([^\"]*)\"[^>]*\\bmethod=\"post\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile(
            "<input\\b[^>]*\\bname=\"idempotencyKey\"[^>]*\\bvalue=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern RECEIPT_CODE =
            Pattern.compile("\\bid=\"kvitteringskode\"[^>]*>\\s*([A-Z0-9]{4}(?:-[A-Z0-9]{4})+)\\s*<");

    static final List<String> FIRST_NAMES =
            List.of("Ali", "Mads", "Sofie", "Emma", "Noah", "Freja", "Oscar", "Ida", "Malthe", "Clara", "Søren");
    static final List<String> LAST_NAMES =
            List.of("Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen");
    private static final List<String> MUNICIPALITIES = List.of("657", "661", "756");
    private static final List<String> SIGNS = List.of(
            "udbreder-voldslegitimerende-budskaber",
            "isolerer-sig-fra-familie-og-venner",
            "omgang-med-ekstreme-personer-eller-grupper");

    private Pages() {}

    /** The concern form as the user got it: where to send it, and the key that makes sending it twice one concern. */
    public record Form(String action, String idempotencyKey) {}

    /** The public concern form on a page, or empty when the page has none (an error page, say). */
    public static Optional<Form> form(String html) {
        Matcher action = FORM_ACTION.matcher(html);
        String target;
        if (action.find()) {
            target = action.group(1);
        } else {
            Matcher first = FORM_ACTION_FIRST.matcher(html);
            if (!first.find()) {
                return Optional.empty();
            }
            target = first.group(1);
        }
        Matcher key = IDEMPOTENCY_KEY.matcher(html);
        if (!key.find()) {
            return Optional.empty();
        }
        return Optional.of(new Form(unescape(target), unescape(key.group(1))));
    }

    /** The receipt code on a receipt page, e.g. {@code 7K3M-Q9TX-2B4R}. */
    public static Optional<String> receiptCode(String html) {
        Matcher code = RECEIPT_CODE.matcher(html);
        return code.find() ? Optional.of(code.group(1)) : Optional.empty();
    }

    /** A form body: the multipart boundary for its content type, and its bytes. */
    public record Multipart(String boundary, byte[] body) {

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }
    }

    /**
     * A citizen's concern about a person, as the public form sends it without JavaScript (no ALTCHA solution):
     * a random name and birth date, so that the repeat-subject index sees mostly new subjects, as in real use.
     */
    public static Multipart citizenConcern(String idempotencyKey, Random random) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("idempotencyKey", idempotencyKey));
        fields.add(Map.entry("reporterName", ""));
        fields.add(Map.entry("reporterEmail", ""));
        fields.add(Map.entry("reporterPhone", ""));
        fields.add(Map.entry("municipality", MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size()))));
        fields.add(Map.entry("subjectKind", "PERSON"));
        fields.add(Map.entry(
                "personName",
                FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
                        + LAST_NAMES.get(random.nextInt(LAST_NAMES.size()))));
        fields.add(Map.entry("cprNumber", ""));
        fields.add(Map.entry(
                "birthDate",
                LocalDate.of(1995, 1, 1).plusDays(random.nextInt(365 * 15)).toString()));
        fields.add(Map.entry("age", ""));
        fields.add(Map.entry("address", ""));
        fields.add(Map.entry("groupName", ""));
        fields.add(Map.entry("groupDescription", ""));
        fields.add(Map.entry(
                "account",
                "Deler voldsforherligende videoer i klassens chat og har trukket sig fra venner og familie. "
                        + "Taler om at 'de andre' skal straffes. Set flere gange i løbet af den sidste måned."));
        fields.add(Map.entry("when", "Den sidste måned"));
        fields.add(Map.entry("where", "Skolen og online"));
        fields.add(Map.entry("platforms", "TikTok, Telegram"));
        fields.add(Map.entry("links", ""));
        fields.add(Map.entry("concernSigns", SIGNS.get(random.nextInt(SIGNS.size()))));
        fields.add(Map.entry("otherAuthorities", ""));
        fields.add(Map.entry("relation", "Nabo"));
        return multipart(fields);
    }

    static Multipart multipart(List<Map.Entry<String, String>> fields) {
        String boundary = "----infohus-load-" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            body.append("--")
                    .append(boundary)
                    .append("\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(field.getKey())
                    .append("\"\r\n\r\n")
                    .append(field.getValue())
                    .append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return new Multipart(boundary, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String unescape(String attribute) {
        return attribute
                .replace("&amp;", "&")
                .replace("&#x3D;", "=")
                .replace("&#61;", "=")
                .replace("&quot;", "\"")
                .replace("&#39;", "'");
    }
}
