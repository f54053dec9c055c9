package th.localnews.article.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.localnews.article.outbox.ArticleEventOutbox;
import th.localnews.article.sanitize.SanitizerReport;
import th.localnews.article.slug.ThaiSlugs;

/**
 * The newsroom's use cases. Each runs in one transaction that stores the article, its revision and its event
 * in the outbox together: either all of them happen or none does.
 */
@Service
@Transactional
class NewsroomService {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final ArticleEventOutbox outbox;
    private final ContentPreparer preparer;
    private final Clock clock;

    NewsroomService(ArticleRepository articles, RevisionRepository revisions, ArticleEventOutbox outbox,
            ContentPreparer preparer, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.outbox = outbox;
        this.preparer = preparer;
        this.clock = clock;
    }

    /** An article and what the sanitiser removed from the body the editor sent. */
    record Saved(Article article, SanitizerReport sanitizer) {
    }

    Saved create(ArticleRequest request, String editor) {
        rejectPublishedAt(request);
        ContentPreparer.Prepared prepared = preparer.prepare(request);
        long id = articles.nextId();
        Article draft = Article.draft(id, uniqueSlug(prepared.content().title(), id), prepared.content(), editor,
                clock.instant());
        articles.insert(draft);
        return new Saved(draft, prepared.report());
    }

    Saved importStory(ArticleRequest request, String admin) {
        if (request.publishedAt() == null) {
            throw new InvalidFieldException("publishedAt", "required",
                    "ต้องระบุวันเผยแพร่เดิม (publishedAt: when the old site published it, with an offset)");
        }
        ContentPreparer.Prepared prepared = preparer.prepare(request);
        long id = articles.nextId();
        Transition imported = Article.imported(id, uniqueSlug(prepared.content().title(), id), prepared.content(),
                admin, request.publishedAt().toInstant(), clock.instant());
        articles.insert(imported.article());
        announce(imported, admin);
        return new Saved(imported.article(), prepared.report());
    }

    Saved replace(long id, long expectedVersion, ArticleRequest request, String editor) {
        rejectPublishedAt(request);
        ContentPreparer.Prepared prepared = preparer.prepare(request);
        Article current = get(id);
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(id, expectedVersion);
        }
        String slug = current.state().content().title().equals(prepared.content().title()) ? current.state().slug()
                : uniqueSlug(prepared.content().title(), id);
        return new Saved(apply(current, current.revise(slug, prepared.content(), clock.instant()), editor),
                prepared.report());
    }

    /** Publishes now, or schedules for {@code at}. */
    Article publish(long id, Optional<Instant> at, String editor) {
        Article current = get(id);
        Instant now = clock.instant();
        return apply(current, at.isPresent() ? current.schedule(at.get(), now) : current.publish(now), editor);
    }

    Article retract(long id, String editor) {
        Article current = get(id);
        return apply(current, current.retract(clock.instant()), editor);
    }

    /** Publishes every scheduled story due at {@code now} that no other instance is publishing; returns how many. */
    public int publishDue(Instant now, int limit) {
        List<Article> due = articles.lockDue(now, limit);
        due.forEach(article -> apply(article, article.publishIfDue(now), "scheduler"));
        return due.size();
    }

    @Transactional(readOnly = true)
    Article get(long id) {
        return articles.find(id).orElseThrow(() -> new ArticleNotFoundException(id));
    }

    @Transactional(readOnly = true)
    List<Article> list(Optional<ArticleStatus> status, int limit) {
        return articles.list(status, limit);
    }

    @Transactional(readOnly = true)
    List<Revision> revisions(long id) {
        get(id);
        return revisions.list(id);
    }

    @Transactional(readOnly = true)
    Optional<Revision> revision(long id, int revision) {
        return revisions.find(id, revision);
    }

    private Article apply(Article current, Transition transition, String actor) {
        articles.update(transition.article(), current.version());
        announce(transition, actor);
        return transition.article();
    }

    private void announce(Transition transition, String actor) {
        transition.event().ifPresent(event -> {
            revisions.record(event, actor);
            outbox.append(event);
        });
    }

    private String uniqueSlug(String title, long id) {
        String slug = ThaiSlugs.slugOf(title);
        return articles.slugTakenByAnother(slug, id) ? slug + "-" + id : slug;
    }

    private static void rejectPublishedAt(ArticleRequest request) {
        if (request.publishedAt() != null) {
            throw new InvalidFieldException("publishedAt", "read-only",
                    "publishedAt is set by the newsroom when a story goes out; only an import may send it");
        }
    }
}
