package dk.infohus.contracts;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventJsonTest {

    private final EventJson json = new EventJson();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyTypeSurvivesTheWireUnchanged(EventType type) {
        InfohusEvent event = EventSamples.of(type);

        byte[] data = json.write(event);

        assertThat(json.read(type.typeName(), data)).isEqualTo(event);
        assertThat(EventType.of(event)).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void typeNamesAreLogicalAndVersionedNotClassNames(EventType type) {
        assertThat(type.typeName())
                .startsWith("dk.infohus.")
                .matches(".*\\.v[1-9][0-9]*")
                .doesNotContain(type.recordType().getSimpleName());
        assertThat(type.dataSchema().toString()).isEqualTo(EventType.SCHEMA_BASE + type.typeName() + ".json");
    }

    @Test
    void writesInstantsAsIsoText() {
        String data = new String(json.write(EventSamples.of(EventType.POLICE_CHECK_OPENED)), UTF_8);

        assertThat(data).contains("\"occurredAt\":\"2026-11-26T09:15:30.123Z\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a field missing
                "{\"caseId\":\"3f2b8c1e-0d4a-4c6e-9a51-7b0e2d9f4a10\",\"municipality\":\"657\",\"acute\":true}",
                // an unknown field
                "{\"caseId\":\"3f2b8c1e-0d4a-4c6e-9a51-7b0e2d9f4a10\",\"municipality\":\"657\","
                        + "\"occurredAt\":\"2026-11-26T09:15:30Z\",\"acute\":true,\"extra\":1}",
                // a wrong type
                "{\"caseId\":\"3f2b8c1e-0d4a-4c6e-9a51-7b0e2d9f4a10\",\"municipality\":\"657\","
                        + "\"occurredAt\":\"2026-11-26T09:15:30Z\",\"acute\":\"yes\"}",
                // a municipality that is no kommunekode
                "{\"caseId\":\"3f2b8c1e-0d4a-4c6e-9a51-7b0e2d9f4a10\",\"municipality\":\"Herning\","
                        + "\"occurredAt\":\"2026-11-26T09:15:30Z\",\"acute\":true}",
                // a case id that is no UUID
                "{\"caseId\":\"42\",\"municipality\":\"657\",\"occurredAt\":\"2026-11-26T09:15:30Z\",\"acute\":true}",
                // not JSON at all
                "{not json",
            })
    void refusesDataItsSchemaForbids(String data) {
        assertThatThrownBy(() -> json.read(EventType.POLICE_CHECK_OPENED.typeName(), data.getBytes(UTF_8)))
                .isInstanceOf(InvalidEvent.class);
    }

    @Test
    void refusesAnUnknownType() {
        assertThatThrownBy(() -> json.read("dk.infohus.intake.concern-received.v9", "{}".getBytes(UTF_8)))
                .isInstanceOf(InvalidEvent.class)
                .hasMessageContaining("unknown event type");
    }

    @Test
    void refusesToProduceAnEventItsSchemaForbids() {
        var badCpr = new PersonalData("Ali", "not-a-cpr", null, null, "set noget");
        var event = new dk.infohus.contracts.intake.ConcernReceived(
                EventSamples.CASE, "657", EventSamples.AT, "PERSON", "CITIZEN", false, java.util.List.of(), badCpr);

        assertThatThrownBy(() -> json.write(event))
                .isInstanceOf(InvalidEvent.class)
                .hasMessageContaining("cprNumber");
    }

    @Test
    void personalDataNeverPrintsItself() {
        assertThat(EventSamples.PERSON.toString()).doesNotContain("Ali").doesNotContain("010110");
    }
}
