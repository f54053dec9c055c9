package th.localnews.systemtests;

import java.util.Optional;

/** A reader at the public door. */
final class Reader {

    private final String publicUrl;

    Reader(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The story's version as the reader side shows it, or empty when readers cannot see it. */
    Optional<Long> visibleVersion(long id) {
        Http.Answer answer = Http.get(publicUrl + "/api/articles/" + id);
        if (answer.status() == 404) {
            return Optional.empty();
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("GET /api/articles/" + id + " answered " + answer.status());
        }
        return Optional.of(answer.json().get("version").asLong());
    }

    Http.Answer get(String pathAndQuery) {
        return Http.get(publicUrl + pathAndQuery);
    }

    String url() {
        return publicUrl;
    }
}
