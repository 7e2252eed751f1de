package dk.infohus.notification;

import dk.infohus.testing.ServiceArchitectureTest;

/** The shared boundary rules (domain plain Java, layers inwards, features through their API), for notification. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("dk.infohus.notification");
    }
}
