package dk.infohus.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the JSON data of events, validating it against the type's JSON Schema (draft
 * 2020-12) both ways: a producer cannot send what the contract forbids, and a consumer never acts on
 * it. Thread-safe; build one and share it.
 */
public final class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<EventType, Schema> schemas = new EnumMap<>(EventType.class);

    public EventJson() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaIdResolvers(resolvers ->
                        resolvers.mapPrefix(EventType.SCHEMA_BASE, "classpath:dk/infohus/contracts/schemas/")));
        for (EventType type : EventType.values()) {
            Schema schema =
                    registry.getSchema(SchemaLocation.of(type.dataSchema().toString()));
            schema.initializeValidators();
            schemas.put(type, schema);
        }
    }

    /** The event's data as JSON bytes, after checking it against its schema. */
    public byte[] write(InfohusEvent event) {
        EventType type = EventType.of(event);
        JsonNode tree = mapper.valueToTree(event);
        check(type, tree);
        return mapper.writeValueAsBytes(tree);
    }

    /** Reads data of the named type, refusing anything its schema does not allow. */
    public InfohusEvent read(String typeName, byte[] data) {
        EventType type = EventType.named(typeName)
                .orElseThrow(() -> new InvalidEvent("unknown event type " + typeName, List.of()));
        JsonNode tree;
        try {
            tree = mapper.readTree(data);
        } catch (JacksonException e) {
            throw new InvalidEvent("data of " + typeName + " is not JSON", e);
        }
        check(type, tree);
        try {
            return mapper.treeToValue(tree, type.recordType());
        } catch (JacksonException e) {
            throw new InvalidEvent("data of " + typeName + " does not fit its record", e);
        }
    }

    private void check(EventType type, JsonNode tree) {
        List<Error> errors = schemas.get(type).validate(tree);
        if (!errors.isEmpty()) {
            throw new InvalidEvent(
                    type.typeName() + " breaks its schema",
                    errors.stream().map(Error::toString).toList());
        }
    }
}
