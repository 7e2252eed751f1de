package dk.infohus.launcher.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.Topics;
import dk.infohus.contracts.intake.ConcernReceived;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class OpenPoliceChecksTest {

    private final OpenPoliceChecks seeder = new OpenPoliceChecks(11, Instant.parse("2026-12-07T12:00:00Z"));

    @Test
    void recordsAreIntakesConcernReceivedAsScreeningReadsThem() {
        Map<String, List<UUID>> earlier = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            ConcernReceived concern = seeder.concern(earlier);
            ProducerRecord<String, byte[]> record = seeder.record(concern);

            assertThat(record.topic()).isEqualTo(Topics.INTAKE_CONCERN);
            assertThat(record.key()).isEqualTo(concern.caseId().toString());
            String type = header(record, "ce_type");
            assertThat(type).isEqualTo("dk.infohus.intake.concern-received.v1");
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_subject")).isEqualTo(record.key());
            assertThat(header(record, "content-type")).isEqualTo("application/json");
            // read back as screening's codec does: checked against the schema, into the record
            assertThat(new EventJson().read(type, record.value())).isEqualTo(concern);
        }
    }

    @Test
    void theMixHasEveryMunicipalityOfTheDistrictChildrenAcuteAndRepeatConcerns() {
        Map<String, List<UUID>> earlier = new HashMap<>();
        Set<String> municipalities = new HashSet<>();
        List<String> ages = new ArrayList<>();
        int acute = 0;
        int repeats = 0;
        for (int i = 0; i < 1000; i++) {
            ConcernReceived concern = seeder.concern(earlier);
            municipalities.add(concern.municipality());
            ages.add(OpenPoliceChecks.ageOf(concern));
            acute += concern.acute() ? 1 : 0;
            repeats += concern.earlierConcerns().isEmpty() ? 0 : 1;
        }

        assertThat(municipalities).containsExactlyInAnyOrderElementsOf(OpenPoliceChecks.DISTRICT.keySet());
        assertThat(ages).contains("child", "adult", "unknown");
        assertThat(acute).isBetween(30, 150);
        assertThat(repeats).isBetween(50, 150);
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), UTF_8);
    }
}
