package th.localnews.feed.view;

import java.util.List;

import th.localnews.events.ArticleSnapshot;

/** One page of a feed, newest first; {@code next} is null on the last page. */
public record FeedPage(List<ArticleSnapshot> stories, FeedCursor next) {

    public FeedPage {
        stories = List.copyOf(stories);
    }
}
