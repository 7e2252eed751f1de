package dk.infohus.referral.referral.adapter.web;

/**
 * A department confirms it received a referral. It says nothing more: who acknowledges is the signed-in
 * caseworker, which referral the path says. The body may be left out or sent as {@code {}}; any field in
 * it, such as a {@code caseworker} from before sign-in, is refused as bad input rather than ignored.
 */
record AcknowledgementRequest() {}
