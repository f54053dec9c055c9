package th.localnews.article.newsroom;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

/** The newsroom API: editors write, schedule, publish and retract stories; admins import old ones. */
@RestController
@RequestMapping("/api/newsroom/articles")
class NewsroomController {

    private final NewsroomService newsroom;

    NewsroomController(NewsroomService newsroom) {
        this.newsroom = newsroom;
    }

    record PublishRequest(OffsetDateTime at) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleResponse> create(@Valid @RequestBody ArticleRequest request, @AuthenticationPrincipal Jwt user) {
        NewsroomService.Saved saved = newsroom.create(request, actor(user));
        return ResponseEntity.created(location(saved.article())).eTag(etag(saved.article()))
                .body(ArticleResponse.of(saved.article(), saved.sanitizer()));
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleResponse> importStory(@Valid @RequestBody ArticleRequest request,
            @AuthenticationPrincipal Jwt user) {
        NewsroomService.Saved saved = newsroom.importStory(request, actor(user));
        return ResponseEntity.created(location(saved.article())).eTag(etag(saved.article()))
                .body(ArticleResponse.of(saved.article(), saved.sanitizer()));
    }

    @GetMapping
    List<ArticleSummary> list(@RequestParam Optional<String> status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        Optional<ArticleStatus> wanted = status.map(name -> ArticleStatus.fromWireName(name).orElseThrow(
                () -> new InvalidFieldException("status", "unknown-status",
                        "status must be one of draft, scheduled, published, retracted")));
        return newsroom.list(wanted, limit).stream().map(ArticleSummary::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<ArticleResponse> get(@PathVariable long id) {
        return found(newsroom.get(id));
    }

    /** The id resolves; the slug is for people and may be out of date after a headline change. */
    @GetMapping("/{id}/{slug}")
    ResponseEntity<ArticleResponse> getWithSlug(@PathVariable long id, @PathVariable String slug) {
        return found(newsroom.get(id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleResponse> replace(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody ArticleRequest request, @AuthenticationPrincipal Jwt user) {
        long expected = IfMatch.version(ifMatch).orElseThrow(PreconditionRequiredException::new);
        NewsroomService.Saved saved = newsroom.replace(id, expected, request, actor(user));
        return ResponseEntity.ok().eTag(etag(saved.article()))
                .body(ArticleResponse.of(saved.article(), saved.sanitizer()));
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<ArticleResponse> publish(@PathVariable long id,
            @RequestBody(required = false) PublishRequest request, @AuthenticationPrincipal Jwt user) {
        Optional<Instant> at = Optional.ofNullable(request).map(PublishRequest::at)
                .map(OffsetDateTime::toInstant);
        return found(newsroom.publish(id, at, actor(user)));
    }

    @PostMapping("/{id}/retract")
    ResponseEntity<ArticleResponse> retract(@PathVariable long id, @AuthenticationPrincipal Jwt user) {
        return found(newsroom.retract(id, actor(user)));
    }

    @GetMapping("/{id}/revisions")
    List<RevisionSummary> revisions(@PathVariable long id) {
        return newsroom.revisions(id).stream().map(RevisionSummary::of).toList();
    }

    @GetMapping("/{id}/revisions/{revision}")
    Revision revision(@PathVariable long id, @PathVariable int revision) {
        return newsroom.revision(id, revision).orElseThrow(() -> new ErrorResponseException(HttpStatus.NOT_FOUND,
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "article " + id + " has no revision " + revision + "; list them at /revisions"), null));
    }

    record RevisionSummary(int revision, long version, String eventType, UUID eventId, Instant recordedAt,
            String recordedBy, String title, String slug) {

        static RevisionSummary of(Revision r) {
            return new RevisionSummary(r.revision(), r.version(), r.eventType(), r.eventId(), r.recordedAt(),
                    r.recordedBy(), r.article().title(), r.article().slug());
        }
    }

    private static ResponseEntity<ArticleResponse> found(Article article) {
        return ResponseEntity.ok().eTag(etag(article)).body(ArticleResponse.of(article));
    }

    private static URI location(Article article) {
        return URI.create("/api/newsroom/articles/" + article.id());
    }

    private static String etag(Article article) {
        return "\"" + article.version() + "\"";
    }

    private static String actor(Jwt user) {
        return user == null || user.getSubject() == null ? "unknown" : user.getSubject();
    }
}
