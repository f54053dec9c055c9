package th.localnews.feed.view;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.localnews.feed.search.SearchSettings;
import th.localnews.feed.search.ThaiSearchIndex;

/**
 * The view lives in memory and is rebuilt from the article log at every start: the log is the source of truth and
 * kept forever, so a replica keeps nothing of its own and can never serve a view that drifted from the log. The
 * search index is rebuilt the same way, in the heap ({@code FEED_SEARCH_INDEX=heap}, the default) or in a scratch
 * directory deleted when the service stops ({@code scratch}): for 100,000 stories the heap index meant ~380 MB more
 * old generation, but the scratch one made new stories slower to show at 50 a second (docs/benchmarks.md, P5, P3).
 */
@Configuration(proxyBeanMethods = false)
class ViewConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    ThaiSearchIndex thaiSearchIndex(Clock clock, @Value("${feed.search.index:heap}") String where) {
        return switch (where) {
            case "heap" -> ThaiSearchIndex.inMemory(SearchSettings.defaults(), clock);
            case "scratch" -> ThaiSearchIndex.scratch(SearchSettings.defaults(), clock);
            default -> throw new IllegalArgumentException("feed.search.index (FEED_SEARCH_INDEX) is \"" + where
                    + "\"; it must be heap (the default) or scratch (a temporary directory, out of the heap)");
        };
    }

    @Bean
    ArticleView articleView(ThaiSearchIndex search) {
        return new ArticleView(search);
    }
}
