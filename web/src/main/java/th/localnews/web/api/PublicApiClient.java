package th.localnews.web.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import th.localnews.web.WebProperties;
import th.localnews.web.api.ApiTypes.Article;
import th.localnews.web.api.ApiTypes.Feed;
import th.localnews.web.api.ApiTypes.Province;
import th.localnews.web.api.ApiTypes.SearchResults;
import th.localnews.web.api.ApiTypes.Section;

/** Reads the public API through one pooled JDK HTTP client with connect and read timeouts. */
@Component
public class PublicApiClient {

    private final RestClient rest;

    PublicApiClient(WebProperties properties) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        this.rest = RestClient.builder().baseUrl(properties.apiUrl()).requestFactory(factory)
                .defaultStatusHandler(HttpStatus.NOT_FOUND::equals, (request, response) -> {
                    throw new ApiNotFoundException("not found: " + request.getURI().getPath());
                })
                .defaultStatusHandler(status -> status.value() == 400, (request, response) -> {
                    throw new ApiRejectedException("rejected: " + request.getURI().getPath());
                })
                .build();
    }

    public Feed feed(FeedFilter filter, String cursor, int limit) {
        return get(b -> {
            b.path("/api/articles").queryParam("limit", limit);
            Map<String, Object> values = new java.util.HashMap<>();
            param(b, values, "section", filter.section());
            param(b, values, "province", filter.province());
            param(b, values, "cursor", blankToNull(cursor));
            return b.build(values);
        }, Feed.class);
    }

    public Article article(long id) {
        return get(b -> b.path("/api/articles/{id}").build(Map.of("id", id)), Article.class);
    }

    public SearchResults search(String query, String cursor) {
        return get(b -> {
            Map<String, Object> values = new java.util.HashMap<>();
            b.path("/api/search");
            param(b, values, "q", query);
            param(b, values, "cursor", blankToNull(cursor));
            return b.build(values);
        }, SearchResults.class);
    }

    public List<Section> sections() {
        return rest.get().uri("/api/sections").retrieve().body(new ParameterizedTypeReference<List<Section>>() { });
    }

    public List<Province> provinces() {
        return rest.get().uri("/api/provinces").retrieve().body(new ParameterizedTypeReference<List<Province>>() { });
    }

    private <T> T get(Function<UriBuilder, URI> uri, Class<T> type) {
        return rest.get().uri(uri).retrieve().body(type);
    }

    /** Values go through URI variables so that Thai text, '+' and '=' are percent-encoded strictly. */
    private static void param(UriBuilder builder, Map<String, Object> values, String name, String value) {
        if (value != null) {
            builder.queryParam(name, "{" + name + "}");
            values.put(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** At most one of the two is set: a section page or a province page. */
    public record FeedFilter(String section, String province) {

        public static final FeedFilter ALL = new FeedFilter(null, null);
    }
}
