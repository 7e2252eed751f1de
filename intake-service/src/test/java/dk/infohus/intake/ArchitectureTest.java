package dk.infohus.intake;

import dk.infohus.testing.ServiceArchitectureTest;

/** The shared boundary rules (domain plain Java, layers inwards, features through their API), for intake. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("dk.infohus.intake");
    }
}
