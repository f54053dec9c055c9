package th.localnews.events;

import java.util.Map;

/**
 * Where the JSON Schemas (draft 2020-12) of the contract live on the classpath and the ids they
 * declare. The envelope schema refers to the snapshot schema by its id, so a validator needs
 * both, registered under {@link #resourcesById()}.
 *
 * <p>The ids carry a major version. Compatible changes (a new optional field, a new event type)
 * keep the id; the golden examples under {@code golden/v1} must stay valid against the current
 * files, which is what the backward-compatibility test checks.
 */
public final class EventSchemas {

    public static final String EVENT_SCHEMA_ID = "urn:localnews:schema:article-event:v1";
    public static final String SNAPSHOT_SCHEMA_ID = "urn:localnews:schema:article-snapshot:v1";

    public static final String EVENT_SCHEMA_RESOURCE = "schemas/article-event.schema.json";
    public static final String SNAPSHOT_SCHEMA_RESOURCE = "schemas/article-snapshot.schema.json";

    /** CloudEvents {@code dataschema} written on every article event. */
    public static final String DATA_SCHEMA = SNAPSHOT_SCHEMA_ID;

    private EventSchemas() {
    }

    /** Schema id to classpath resource, for a validator's id resolver. */
    public static Map<String, String> resourcesById() {
        return Map.of(
                EVENT_SCHEMA_ID, EVENT_SCHEMA_RESOURCE,
                SNAPSHOT_SCHEMA_ID, SNAPSHOT_SCHEMA_RESOURCE);
    }
}
