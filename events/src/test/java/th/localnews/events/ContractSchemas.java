package th.localnews.events;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The contract schemas loaded the way another tool would: by id, with format assertions on. */
final class ContractSchemas {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                    .schemaIdResolvers(ids -> ids.mappings(ContractSchemas::classpathLocation)));

    static final Schema EVENT = REGISTRY.getSchema(SchemaLocation.of(EventSchemas.EVENT_SCHEMA_ID));
    static final Schema SNAPSHOT = REGISTRY.getSchema(SchemaLocation.of(EventSchemas.SNAPSHOT_SCHEMA_ID));
    static final Schema METASCHEMA = REGISTRY.getSchema(
            SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    private ContractSchemas() {
    }

    private static String classpathLocation(String id) {
        String resource = EventSchemas.resourcesById().get(id);
        return resource == null ? null : "classpath:" + resource;
    }

    static List<String> eventErrors(byte[] json) {
        return errors(EVENT, JSON.readTree(json));
    }

    static List<String> errors(Schema schema, JsonNode node) {
        return schema.validate(node).stream().map(Error::toString).toList();
    }
}
