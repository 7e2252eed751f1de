package dk.infohus.assessment;

import dk.infohus.testing.ServiceArchitectureTest;

/** The shared boundary rules (domain plain Java, layers inwards, features through their API), for assessment. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("dk.infohus.assessment");
    }
}
