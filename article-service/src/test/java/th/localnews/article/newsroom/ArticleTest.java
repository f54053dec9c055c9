package th.localnews.article.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static th.localnews.article.newsroom.ArticleMother.T0;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import th.localnews.events.ArticleEvent;
import th.localnews.events.ArticleEventType;
import th.localnews.events.ArticleSnapshot;

class ArticleTest {

    private static final Instant LATER = T0.plusSeconds(600);

    @Test
    void newDraftIsAtVersionOneAndNeverLeavesTheNewsroom() {
        Article draft = ArticleMother.draft();

        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThatThrownBy(draft::snapshot).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void publishingADraftReturnsAPublishedEventWithTheWholeStory() {
        Transition t = ArticleMother.draft().publish(LATER);

        assertThat(t.article().status()).isEqualTo(ArticleStatus.PUBLISHED);
        ArticleEvent event = t.event().orElseThrow();
        assertThat(event.type()).isEqualTo(ArticleEventType.PUBLISHED);
        assertThat(event.time()).isEqualTo(LATER);
        ArticleSnapshot story = event.article();
        assertThat(story.status()).isEqualTo(ArticleSnapshot.STATUS_PUBLISHED);
        assertThat(story.version()).isEqualTo(2);
        assertThat(story.publishedAt()).isEqualTo(LATER);
        assertThat(story.imported()).isFalse();
        assertThat(story.provinces()).containsExactly("TH-40");
    }

    @Test
    void schedulingADraftCausesNoEventAndRemembersTheInstant() {
        Transition t = ArticleMother.draft().schedule(LATER, T0);

        assertThat(t.event()).isEmpty();
        assertThat(t.article().status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(t.article().state().scheduledFor()).isEqualTo(LATER);
    }

    @Test
    void aScheduledStoryCanBeMovedOrPublishedAtOnce() {
        Article scheduled = ArticleMother.scheduled();

        assertThat(scheduled.schedule(LATER.plusSeconds(3600), T0).article().state().scheduledFor())
                .isEqualTo(LATER.plusSeconds(3600));
        Transition now = scheduled.publish(T0.plusSeconds(5));
        assertThat(now.article().state().scheduledFor()).isNull();
        assertThat(now.event()).map(ArticleEvent::type).hasValue(ArticleEventType.PUBLISHED);
    }

    @Test
    void schedulingInThePastIsRejected() {
        assertThatThrownBy(() -> ArticleMother.draft().schedule(T0.minusSeconds(1), T0))
                .isInstanceOf(InvalidFieldException.class)
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("at"));
    }

    @Test
    void theSchedulerPublishesOnlyWhenTheTimeHasCome() {
        Article scheduled = ArticleMother.scheduled();
        Instant due = scheduled.state().scheduledFor();

        assertThatThrownBy(() -> scheduled.publishIfDue(due.minusSeconds(1)))
                .isInstanceOf(IllegalTransitionException.class);
        Transition t = scheduled.publishIfDue(due.plusSeconds(2));
        assertThat(t.event().orElseThrow().article().publishedAt()).isEqualTo(due.plusSeconds(2));
    }

    @Test
    void theSchedulerDoesNotTouchAStoryThatIsNotScheduled() {
        assertThatThrownBy(() -> ArticleMother.draft().publishIfDue(LATER))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> ArticleMother.published().publishIfDue(LATER))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void revisingADraftIsSilentButRevisingAPublishedStoryIsAnUpdateWithAHigherVersion() {
        Transition draftEdit = ArticleMother.draft().revise("ใหม่", ArticleMother.content("ใหม่"), LATER);
        assertThat(draftEdit.event()).isEmpty();
        assertThat(draftEdit.article().version()).isEqualTo(2);

        Article published = ArticleMother.published();
        Transition update = published.revise("แก้ไข", ArticleMother.content("แก้ไข"), LATER);
        ArticleEvent event = update.event().orElseThrow();
        assertThat(event.type()).isEqualTo(ArticleEventType.UPDATED);
        assertThat(event.version()).isGreaterThan(published.version());
        assertThat(event.article().title()).isEqualTo("แก้ไข");
        assertThat(event.article().publishedAt()).isEqualTo(published.state().publishedAt());
    }

    @Test
    void revisingAScheduledStoryKeepsItScheduledAndSilent() {
        Transition t = ArticleMother.scheduled().revise("x", ArticleMother.content("x"), LATER);
        assertThat(t.event()).isEmpty();
        assertThat(t.article().status()).isEqualTo(ArticleStatus.SCHEDULED);
    }

    @Test
    void retractingAPublishedStoryTellsReadersAndKeepsItsPublicationTime() {
        Article published = ArticleMother.published();
        Transition t = published.retract(LATER);

        ArticleEvent event = t.event().orElseThrow();
        assertThat(event.type()).isEqualTo(ArticleEventType.RETRACTED);
        assertThat(event.article().status()).isEqualTo(ArticleSnapshot.STATUS_RETRACTED);
        assertThat(event.article().publishedAt()).isEqualTo(published.state().publishedAt());
        assertThat(event.version()).isEqualTo(published.version() + 1);
    }

    @Test
    void illegalTransitionsAreRefused() {
        assertIllegal(() -> ArticleMother.draft().retract(LATER));
        assertIllegal(() -> ArticleMother.scheduled().retract(LATER));
        assertIllegal(() -> ArticleMother.published().publish(LATER));
        assertIllegal(() -> ArticleMother.published().schedule(LATER.plusSeconds(60), LATER));
        assertIllegal(() -> ArticleMother.retracted().publish(LATER));
        assertIllegal(() -> ArticleMother.retracted().retract(LATER));
        assertIllegal(() -> ArticleMother.retracted().schedule(LATER.plusSeconds(60), LATER));
        assertIllegal(() -> ArticleMother.retracted().revise("x", ArticleMother.content("x"), LATER));
    }

    @Test
    void anImportedStoryIsPublishedAsOfItsOriginalTimeAndMarkedSoNobodyIsAlerted() {
        Instant original = Instant.parse("2024-02-14T03:00:00Z");
        Transition t = Article.imported(7, "เก่า", ArticleMother.content("เก่า"), "admin", original, T0);

        ArticleSnapshot story = t.event().orElseThrow().article();
        assertThat(story.imported()).isTrue();
        assertThat(story.publishedAt()).isEqualTo(original);
        assertThat(story.status()).isEqualTo(ArticleSnapshot.STATUS_PUBLISHED);
        assertThat(story.version()).isEqualTo(1);
    }

    @Test
    void anImportCannotClaimAFuturePublicationTime() {
        assertThatThrownBy(() -> Article.imported(7, "x", ArticleMother.content("x"), "admin", T0.plusSeconds(1), T0))
                .isInstanceOf(InvalidFieldException.class);
    }

    private static void assertIllegal(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOf(IllegalTransitionException.class);
    }
}
