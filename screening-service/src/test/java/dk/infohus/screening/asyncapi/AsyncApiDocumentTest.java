package dk.infohus.screening.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.contracts.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The AsyncAPI document and the contracts cannot drift: every event type screening produces is a message
 * of the channel of its topic, with its contract's JSON Schema as payload, whole; and nothing else is.
 */
class AsyncApiDocumentTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNode DOCUMENT = read();

    static Stream<EventType> screeningTypes() {
        return Stream.of(EventType.values()).filter(type -> type.typeName().startsWith("dk.infohus.screening."));
    }

    @Test
    void isAnAsyncApi3DocumentOfScreeningsTopicsOnly() {
        assertThat(DOCUMENT.get("asyncapi").asString()).isEqualTo("3.0.0");
        Set<String> addresses = DOCUMENT.get("channels")
                .valueStream()
                .map(channel -> channel.get("address").asString())
                .collect(Collectors.toSet());
        assertThat(addresses).isEqualTo(screeningTypes().map(EventType::topic).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @MethodSource("screeningTypes")
    void everyEventTypeIsAMessageOfItsTopicsChannelWithItsContractsSchema(EventType type) throws IOException {
        JsonNode message = messageNamed(type.typeName());
        JsonNode channel = channelWith(type.topic());
        assertThat(channel.get("messages")
                        .valueStream()
                        .map(ref -> ref.get("$ref").asString())
                        .toList())
                .as("%s is on the channel of %s", type.typeName(), type.topic())
                .contains("#/components/messages/" + messageKey(type.typeName()));

        JsonNode payload = resolve(message.get("payload"));
        assertThat(payload)
                .as("the payload of %s is its contract's schema", type.typeName())
                .isEqualTo(schemaOf(type));
    }

    @Test
    void noMessageWithoutAnEventTypeAndEveryOperationSendsOnlyItsChannelsMessages() {
        Set<String> names = DOCUMENT.get("components")
                .get("messages")
                .valueStream()
                .map(message -> message.get("name").asString())
                .collect(Collectors.toSet());
        assertThat(names).isEqualTo(screeningTypes().map(EventType::typeName).collect(Collectors.toSet()));

        DOCUMENT.get("operations").forEach(operation -> {
            assertThat(operation.get("action").asString()).isEqualTo("send");
            String channel = operation.get("channel").get("$ref").asString();
            operation
                    .get("messages")
                    .forEach(ref -> assertThat(ref.get("$ref").asString()).startsWith(channel + "/messages/"));
        });
    }

    @Test
    void thePoliceChannelCarriesNoPerson() throws IOException {
        JsonNode policeChannel = channelWith("screening.police-check.v1");
        for (JsonNode ref : policeChannel.get("messages")) {
            JsonNode payload = resolve(resolve(ref).get("payload"));
            assertThat(payload.toString()).doesNotContain("personal-data").doesNotContain("\"subject\"");
        }
    }

    @Test
    void thePersonalDataSchemaIsTheContractsToo() throws IOException {
        assertThat(DOCUMENT.get("components").get("schemas").get("personal-data.v1"))
                .isEqualTo(schema("personal-data.v1"));
    }

    private static JsonNode messageNamed(String typeName) {
        return DOCUMENT.get("components").get("messages").get(messageKey(typeName));
    }

    private static String messageKey(String typeName) {
        List<Map.Entry<String, JsonNode>> found = DOCUMENT.get("components").get("messages").properties().stream()
                .filter(entry -> entry.getValue().get("name").asString().equals(typeName))
                .toList();
        assertThat(found).as("one message named %s", typeName).hasSize(1);
        return found.get(0).getKey();
    }

    private static JsonNode channelWith(String address) {
        List<JsonNode> found = DOCUMENT.get("channels")
                .valueStream()
                .filter(channel -> channel.get("address").asString().equals(address))
                .toList();
        assertThat(found).as("one channel of %s", address).hasSize(1);
        return found.get(0);
    }

    /** Follows a local {@code $ref} such as {@code #/components/schemas/x}. */
    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        String ref = node.get("$ref").asString();
        assertThat(ref).startsWith("#/");
        JsonNode target = DOCUMENT;
        for (String part : ref.substring(2).split("/")) {
            target = target.get(part);
            assertThat(target).as(ref).isNotNull();
        }
        return target;
    }

    private static JsonNode schemaOf(EventType type) throws IOException {
        return schema(type.typeName());
    }

    private static JsonNode schema(String name) throws IOException {
        try (InputStream in = EventType.class.getResourceAsStream("/dk/infohus/contracts/schemas/" + name + ".json")) {
            assertThat(in).as("the contracts' schema %s", name).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static JsonNode read() {
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream(AsyncApiController.DOCUMENT)) {
            Object yaml = new Yaml().load(in);
            return JSON.valueToTree(yaml == null ? new HashMap<>() : yaml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
