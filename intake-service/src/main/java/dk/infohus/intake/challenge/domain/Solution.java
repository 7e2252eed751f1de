package dk.infohus.intake.challenge.domain;

/** What the widget sends back: the challenge it was given and the number it found. */
public record Solution(String algorithm, String challenge, long number, String salt, String signature) {}
