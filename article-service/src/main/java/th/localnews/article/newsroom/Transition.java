package th.localnews.article.newsroom;

import java.util.Optional;

import th.localnews.events.ArticleEvent;

/**
 * An article after a change, and the event the change causes. Changes to a draft or a scheduled story cause
 * none: drafts never leave the newsroom.
 */
record Transition(Article article, Optional<ArticleEvent> event) {

    static Transition silent(Article article) {
        return new Transition(article, Optional.empty());
    }

    static Transition announced(Article article, ArticleEvent event) {
        return new Transition(article, Optional.of(event));
    }
}
