package th.localnews.web.newsroom.api;

import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import th.localnews.web.WebProperties;
import th.localnews.web.api.ApiNotFoundException;
import th.localnews.web.newsroom.NewsroomProperties;
import th.localnews.web.newsroom.api.NewsroomTypes.RevisionLine;
import th.localnews.web.newsroom.api.NewsroomTypes.Revision;
import th.localnews.web.newsroom.api.NewsroomTypes.Story;
import th.localnews.web.newsroom.api.NewsroomTypes.StoryLine;
import th.localnews.web.newsroom.api.NewsroomTypes.StoryRequest;
import th.localnews.web.newsroom.api.NewsroomTypes.Taxonomy;
import th.localnews.web.newsroom.signin.EditorSignIn;
import th.localnews.web.newsroom.signin.SignInRequiredException;

/**
 * Calls article-service's newsroom API through the gateway with the signed-in editor's token. A 401 means the
 * token is gone or expired ({@link SignInRequiredException}); any other refusal is a {@link NewsroomApiException}.
 */
@Component
public class NewsroomApiClient {

    private static final String ARTICLES = "/api/newsroom/articles";

    private final RestClient rest;

    NewsroomApiClient(WebProperties web, NewsroomProperties newsroom) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(web.connectTimeout()).build());
        factory.setReadTimeout(web.readTimeout());
        this.rest = RestClient.builder().baseUrl(newsroom.apiUrl()).requestFactory(factory)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    int status = response.getStatusCode().value();
                    if (status == 401) {
                        throw new SignInRequiredException();
                    }
                    if (status == 404) {
                        throw new ApiNotFoundException("newsroom: " + request.getURI().getPath());
                    }
                    throw new NewsroomApiException(Problem.parse(status, response.getBody().readAllBytes()));
                })
                .build();
    }

    public List<StoryLine> list(EditorSignIn editor, String status, int limit) {
        return rest.get().uri(b -> {
            b.path(ARTICLES).queryParam("limit", limit);
            if (status != null) {
                b.queryParam("status", status);
            }
            return b.build();
        }).headers(h -> h.setBearerAuth(editor.accessToken()))
                .retrieve().body(new ParameterizedTypeReference<List<StoryLine>>() { });
    }

    public Story get(EditorSignIn editor, long id) {
        return rest.get().uri(ARTICLES + "/{id}", id).headers(h -> h.setBearerAuth(editor.accessToken()))
                .retrieve().body(Story.class);
    }

    public Story create(EditorSignIn editor, StoryRequest story) {
        return rest.post().uri(ARTICLES).headers(h -> h.setBearerAuth(editor.accessToken()))
                .contentType(MediaType.APPLICATION_JSON).body(story).retrieve().body(Story.class);
    }

    /** Replaces the story only if it is still at {@code version}: someone else's save in between is a 412. */
    public Story replace(EditorSignIn editor, long id, long version, StoryRequest story) {
        return rest.put().uri(ARTICLES + "/{id}", id).headers(h -> h.setBearerAuth(editor.accessToken()))
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).body(story).retrieve().body(Story.class);
    }

    public Story publishNow(EditorSignIn editor, long id) {
        return rest.post().uri(ARTICLES + "/{id}/publish", id).headers(h -> h.setBearerAuth(editor.accessToken()))
                .retrieve().body(Story.class);
    }

    /** The instant travels as UTC; Asia/Bangkok and the Buddhist era are only for the editor's eyes. */
    public Story schedule(EditorSignIn editor, long id, Instant at) {
        return rest.post().uri(ARTICLES + "/{id}/publish", id).headers(h -> h.setBearerAuth(editor.accessToken()))
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("at", at.toString()))
                .retrieve().body(Story.class);
    }

    public Story retract(EditorSignIn editor, long id) {
        return rest.post().uri(ARTICLES + "/{id}/retract", id).headers(h -> h.setBearerAuth(editor.accessToken()))
                .retrieve().body(Story.class);
    }

    public List<RevisionLine> revisions(EditorSignIn editor, long id) {
        return rest.get().uri(ARTICLES + "/{id}/revisions", id).headers(h -> h.setBearerAuth(editor.accessToken()))
                .retrieve().body(new ParameterizedTypeReference<List<RevisionLine>>() { });
    }

    public Revision revision(EditorSignIn editor, long id, int revision) {
        return rest.get().uri(ARTICLES + "/{id}/revisions/{n}", id, revision)
                .headers(h -> h.setBearerAuth(editor.accessToken())).retrieve().body(Revision.class);
    }

    public Taxonomy taxonomy(EditorSignIn editor) {
        return rest.get().uri("/api/newsroom/taxonomy").headers(h -> h.setBearerAuth(editor.accessToken()))
                .retrieve().body(Taxonomy.class);
    }
}
