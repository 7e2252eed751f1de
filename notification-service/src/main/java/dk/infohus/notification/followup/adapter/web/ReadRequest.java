package dk.infohus.notification.followup.adapter.web;

/**
 * A caseworker marks a department notification read. There is nothing to say: the reader is the
 * signed-in caller, so the body may be left out or be {@code {}}; a field in it is refused, so that a
 * client still naming the reader learns that it is not taken from the body.
 */
record ReadRequest() {}
