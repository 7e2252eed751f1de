package dk.infohus.screening;

import dk.infohus.testing.ServiceArchitectureTest;

/** The shared boundary rules (domain plain Java, layers inwards, features through their API), for screening. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("dk.infohus.screening");
    }
}
