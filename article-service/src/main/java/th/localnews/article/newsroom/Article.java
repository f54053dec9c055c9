package th.localnews.article.newsroom;

import java.time.Instant;
import java.util.Objects;

import th.localnews.events.ArticlePublished;
import th.localnews.events.ArticleRetracted;
import th.localnews.events.ArticleSnapshot;
import th.localnews.events.ArticleUpdated;

/**
 * A story and the rules of its life. Immutable: every change returns a {@link Transition} holding the next
 * state, with a version one higher, and the event readers must hear about, if any.
 */
final class Article {

    private final ArticleState state;

    private Article(ArticleState state) {
        this.state = state;
    }

    static Article restore(ArticleState state) {
        return new Article(state);
    }

    /** A new draft, version 1. */
    public static Article draft(long id, String slug, ArticleContent content, String createdBy, Instant now) {
        return new Article(new ArticleState(id, slug, content, ArticleStatus.DRAFT, 1, createdBy, now, now, null,
                null, false));
    }

    /**
     * A story brought over from an old site: published as of its original time and marked imported, so no
     * subscriber is alerted about old news.
     */
    public static Transition imported(long id, String slug, ArticleContent content, String createdBy,
            Instant originallyPublishedAt, Instant now) {
        if (originallyPublishedAt.isAfter(now)) {
            throw new InvalidFieldException("publishedAt", "in-future",
                    "วันเผยแพร่เดิมต้องไม่อยู่ในอนาคต (an imported story was published in the past)");
        }
        Article article = new Article(new ArticleState(id, slug, content, ArticleStatus.PUBLISHED, 1, createdBy,
                now, now, originallyPublishedAt, null, true));
        return Transition.announced(article, ArticlePublished.of(article.snapshot(), now));
    }

    /** Replaces what the story says; readers hear of it only once it is public. */
    public Transition revise(String slug, ArticleContent content, Instant now) {
        require(state.status() != ArticleStatus.RETRACTED, "edited");
        Article next = next(state.withContent(slug, content), now);
        if (state.status() == ArticleStatus.PUBLISHED) {
            return Transition.announced(next, ArticleUpdated.of(next.snapshot(), now));
        }
        return Transition.silent(next);
    }

    /** Goes public now. */
    public Transition publish(Instant now) {
        require(state.status() == ArticleStatus.DRAFT || state.status() == ArticleStatus.SCHEDULED, "published");
        Article next = next(state.with(ArticleStatus.PUBLISHED, now, null), now);
        return Transition.announced(next, ArticlePublished.of(next.snapshot(), now));
    }

    /** Goes public at {@code at}, which must be in the future; a scheduled story may be moved. */
    public Transition schedule(Instant at, Instant now) {
        require(state.status() == ArticleStatus.DRAFT || state.status() == ArticleStatus.SCHEDULED, "scheduled");
        if (!at.isAfter(now)) {
            throw new InvalidFieldException("at", "not-in-future",
                    "เวลาตั้งเผยแพร่ต้องอยู่ในอนาคต (to publish now, send no 'at')");
        }
        return Transition.silent(next(state.with(ArticleStatus.SCHEDULED, null, at), now));
    }

    /** The scheduler's publish: only a scheduled story whose time has come. */
    public Transition publishIfDue(Instant now) {
        require(state.status() == ArticleStatus.SCHEDULED, "published by the scheduler");
        if (state.scheduledFor().isAfter(now)) {
            throw new IllegalTransitionException(state.id(), state.status(), "published before its time");
        }
        return publish(now);
    }

    /** Takes a public story down; readers keep hearing of it as retracted. */
    public Transition retract(Instant now) {
        require(state.status() == ArticleStatus.PUBLISHED, "retracted");
        Article next = next(state.with(ArticleStatus.RETRACTED, state.publishedAt(), null), now);
        return Transition.announced(next, ArticleRetracted.of(next.snapshot(), now));
    }

    /** The story as readers see it; only a published or retracted story has one. */
    public ArticleSnapshot snapshot() {
        if (state.status() != ArticleStatus.PUBLISHED && state.status() != ArticleStatus.RETRACTED) {
            throw new IllegalStateException("a " + state.status().wireName() + " story never leaves the newsroom");
        }
        ArticleContent c = state.content();
        String status = state.status() == ArticleStatus.PUBLISHED ? ArticleSnapshot.STATUS_PUBLISHED
                : ArticleSnapshot.STATUS_RETRACTED;
        return new ArticleSnapshot(state.id(), state.slug(), c.title(), c.summary(), c.body(), c.section(), c.tags(),
                c.provinces(), c.localGovernmentUnits(), c.authors(), c.coverImage(), c.breaking(), status,
                state.version(), state.createdAt(), state.updatedAt(), state.publishedAt(), state.imported());
    }

    public ArticleState state() {
        return state;
    }

    public long id() {
        return state.id();
    }

    public long version() {
        return state.version();
    }

    public ArticleStatus status() {
        return state.status();
    }

    private Article next(ArticleState changed, Instant now) {
        return new Article(changed.advanced(now));
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransitionException(state.id(), state.status(), action);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Article that && state.equals(that.state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state);
    }
}
