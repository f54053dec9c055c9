package th.localnews.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The frozen contract samples under {@code golden/}, as bytes exactly as a record value would
 * carry them. Other modules use them as test data; this module checks that they stay valid
 * against the current schemas and decode, so a change that breaks old records fails the build.
 */
public final class GoldenEvents {

    /** Story published: เทศบาลนครขอนแก่น (article 1042, version 3). */
    public static final String PUBLISHED = "v1/published";
    /** The same story corrected after publication (version 4). */
    public static final String UPDATED = "v1/updated";
    /** The same story taken down (version 5). */
    public static final String RETRACTED = "v1/retracted";
    /** An old story from a former site, published as of 2018: must never alert anyone. */
    public static final String IMPORTED = "v1/imported";
    /** A breaking flood warning from เชียงใหม่, cover image without known size. */
    public static final String BREAKING = "v1/breaking";
    /** A story about เมืองพัทยา, whose province code is the special {@code TH-S}. */
    public static final String PATTAYA = "v1/pattaya";

    private static final List<String> ALL = List.of(PUBLISHED, UPDATED, RETRACTED, IMPORTED, BREAKING, PATTAYA);

    private static final ArticleEventCodec CODEC = new ArticleEventCodec();

    private GoldenEvents() {
    }

    /** Every golden example, oldest contract version first. */
    public static List<String> names() {
        return ALL;
    }

    /** Classpath resource of a golden example, e.g. {@code golden/v1/published.json}. */
    public static String resource(String name) {
        return "golden/" + name + ".json";
    }

    public static byte[] bytes(String name) {
        String resource = resource(name);
        try (InputStream in = GoldenEvents.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden event " + name + " (" + resource + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static String json(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static ArticleEvent event(String name) {
        return (ArticleEvent) CODEC.decode(bytes(name));
    }

    public static ArticleEvent published() {
        return event(PUBLISHED);
    }

    public static ArticleEvent updated() {
        return event(UPDATED);
    }

    public static ArticleEvent retracted() {
        return event(RETRACTED);
    }

    public static ArticleEvent imported() {
        return event(IMPORTED);
    }

    public static ArticleEvent breaking() {
        return event(BREAKING);
    }

    public static ArticleEvent pattaya() {
        return event(PATTAYA);
    }
}
