/**
 * The page layer every service's pages and the front door's share: the page context (language, the link
 * to the other language, the front door's form token, the signed-in person and their work), a form's
 * errors, the language resolver, and the auto-configuration that merges the base message bundle under a
 * service's own. The templates are in {@code templates/web-ui/}, the styles in {@code static/web-ui/}.
 */
@NullMarked
package dk.infohus.webui;

import org.jspecify.annotations.NullMarked;
