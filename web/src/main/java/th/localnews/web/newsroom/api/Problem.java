package th.localnews.web.newsroom.api;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An RFC 9457 answer from the newsroom API, read leniently: a proxy's HTML error page or an empty body still
 * gives a problem with the HTTP status.
 *
 * @param articleStatus on a 409, the status that forbade the change (article-service adds it as {@code status})
 */
public record Problem(int httpStatus, String type, String title, String detail, String articleStatus,
        List<FieldProblem> errors) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TYPE_PREFIX = "https://localnews.th/problems/";

    public record FieldProblem(String field, String code, String message) {
    }

    public Problem {
        errors = List.copyOf(errors);
    }

    /** The last part of the type URI: {@code version-conflict}, {@code illegal-transition}, … */
    public String code() {
        return type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
    }

    public static Problem parse(int httpStatus, byte[] body) {
        JsonNode node;
        try {
            node = body == null || body.length == 0 ? null : JSON.readTree(body);
        } catch (RuntimeException notJson) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            return new Problem(httpStatus, "about:blank", "", "", null, List.of());
        }
        List<FieldProblem> errors = new ArrayList<>();
        for (JsonNode error : node.path("errors")) {
            errors.add(new FieldProblem(error.path("field").asString(""), error.path("code").asString(""),
                    error.path("message").asString("")));
        }
        // the numeric status and article-service's textual one share the name; only the textual one is ours
        JsonNode status = node.get("status");
        String articleStatus = status != null && status.isString() ? status.asString() : statusFromDetail(node);
        return new Problem(httpStatus, node.path("type").asString("about:blank"), node.path("title").asString(""),
                node.path("detail").asString(""), articleStatus, errors);
    }

    /** "article 7 is published and cannot be edited" */
    private static String statusFromDetail(JsonNode node) {
        var matcher = java.util.regex.Pattern.compile(" is (draft|scheduled|published|retracted) and cannot")
                .matcher(node.path("detail").asString(""));
        return matcher.find() ? matcher.group(1) : null;
    }
}
