package dk.infohus.referral;

import dk.infohus.testing.ServiceArchitectureTest;

/** The shared boundary rules (domain plain Java, layers inwards, features through their API), for referral. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("dk.infohus.referral");
    }
}
