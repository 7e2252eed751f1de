package dk.infohus.screening.policecheck.domain;

/**
 * One coordinator could not take part in the decision, and why: the other decided alone and says so.
 *
 * @param side whose coordinator was absent
 */
public record Absence(CoordinatorSide side, String reason) {}
