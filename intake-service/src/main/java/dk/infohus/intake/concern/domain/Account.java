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

    public Account {
        if (whatHappened.isBlank()) {
            throw new InvalidInput("account", "tell what you have seen or heard");
        }
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
                throw new InvalidInput(field, "must be a web address starting with https:// or http://");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInput(field, "must be a web address starting with https:// or http://");
        }
    }

    @Override
    public String toString() {
        return "Account[redacted]";
    }
}
