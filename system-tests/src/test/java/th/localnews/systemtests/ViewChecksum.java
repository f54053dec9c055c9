package th.localnews.systemtests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * A fingerprint of everything the reader feed shows, read through the public door page by page: the same stories
 * with the same fields in the same order give the same SHA-256, whatever built the view.
 */
final class ViewChecksum {

    record Snapshot(String sha256, List<Long> ids) {
    }

    private ViewChecksum() {
    }

    static Snapshot of(Reader reader) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            Http.Answer page = reader.get("/api/articles?limit=50" + (cursor == null ? "" : "&cursor=" + cursor));
            if (page.status() != 200) {
                throw new IllegalStateException("feed page answered " + page.status() + ": " + page.body());
            }
            JsonNode json = page.json();
            for (JsonNode item : json.get("items")) {
                ids.add(item.get("id").asLong());
                digest.update(Http.write(item).getBytes(StandardCharsets.UTF_8));
            }
            JsonNode next = json.get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return new Snapshot(HexFormat.of().formatHex(digest.digest()), ids);
    }
}
