package dk.infohus.screening.policecheck.adapter.web.page;

import dk.infohus.webui.PageLanguage;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How times read on screening's pages, as {@code times} in the model: Copenhagen time, in the page's
 * language. The rest of what every page needs is web-ui's {@code page} ({@link dk.infohus.webui.PageContext}).
 *
 * @param english the page is in English ({@code lang=en}); else Danish
 */
public record Times(boolean english) {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'kl.' HH:mm");
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static Times of(HttpServletRequest request) {
        return new Times(PageLanguage.english(request));
    }

    /** A moment as people in Copenhagen read it. */
    public String time(@Nullable Instant at) {
        return at == null ? "" : (english ? TIME_EN : TIME).format(at.atZone(COPENHAGEN));
    }

    public String day(@Nullable LocalDate day) {
        return day == null ? "" : (english ? DAY_EN : DAY).format(day);
    }

    /** A moment as a machine reads it, for {@code <time datetime>}. */
    public String iso(@Nullable Instant at) {
        return at == null ? "" : at.toString();
    }
}
