package dk.infohus.intake.concern.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the reporter tells: what was seen or heard, when and where, what happened online, which other
 * authorities are involved and how the reporter knows the person. Only {@code whatHappened} is required.
 */
public record Account(
        String whatHappened,
        @Nullable String when,
        @Nullable String where,
        List<String> onlinePlatforms,
        List<String> links,
        @Nullable String otherAuthorities,
        @Nullable String relationToSubject) {

    public static final int MAX_WHAT_HAPPENED = 10_000;
    public static final int MAX_WHEN = 300;
    public static final int MAX_WHERE = 300;
    public static final int MAX_PLATFORMS = 20;
    public static final int MAX_PLATFORM_LENGTH = 100;
    public static final int MAX_LINKS = 20;
    public static final int MAX_LINK_LENGTH = 2_000;
    public static final int MAX_OTHER_AUTHORITIES = 2_000;
    public static final int MAX_RELATION = 200;

    /** The code of a link that is no {@code http} or {@code https} address. */
    public static final String NOT_A_WEB_ADDRESS = "not-a-web-address";

    public Account {
        if (whatHappened.isBlank()) {
            throw new InvalidInput("account", "required", "tell what you have seen or heard");
        }
        OverLimit.text("account", whatHappened, MAX_WHAT_HAPPENED);
        OverLimit.text("when", when, MAX_WHEN);
        OverLimit.text("where", where, MAX_WHERE);
        OverLimit.text("otherAuthorities", otherAuthorities, MAX_OTHER_AUTHORITIES);
        OverLimit.text("relationToSubject", relationToSubject, MAX_RELATION);
        onlinePlatforms = onlinePlatforms.stream()
                .map(String::strip)
                .filter(platform -> !platform.isEmpty())
                .distinct()
                .toList();
        links = links.stream()
                .map(String::strip)
                .filter(link -> !link.isEmpty())
                .distinct()
                .toList();
        OverLimit.list("online.platforms", onlinePlatforms, MAX_PLATFORMS, MAX_PLATFORM_LENGTH);
        OverLimit.list("online.links", links, MAX_LINKS, MAX_LINK_LENGTH);
        for (int i = 0; i < links.size(); i++) {
            requireWebLink(links.get(i), "online.links[" + i + "]");
        }
    }

    /** Only what happened; nothing else told. */
    public static Account of(String whatHappened) {
        return new Account(whatHappened, null, null, List.of(), List.of(), null, null);
    }

    /**
     * A link is kept only as an {@code http} or {@code https} address: anything else (such as
     * {@code javascript:}) could run when a coordinator opens it.
     */
    private static void requireWebLink(String link, String field) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInput(
                        field, NOT_A_WEB_ADDRESS, "must be a web address starting with https:// or http://");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInput(field, NOT_A_WEB_ADDRESS, "must be a web address starting with https:// or http://");
        }
    }

    @Override
    public String toString() {
        return "Account[redacted]";
    }
}
