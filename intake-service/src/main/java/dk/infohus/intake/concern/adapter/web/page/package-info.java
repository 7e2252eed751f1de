/**
 * The intake's web pages: the public concern form, the signed-in staff and partner form, the receipt, the
 * status page, the action card and the guidance. Server-rendered (Thymeleaf), Danish first with English on
 * {@code lang=en}, usable without JavaScript.
 */
@NullMarked
package dk.infohus.intake.concern.adapter.web.page;

import org.jspecify.annotations.NullMarked;
