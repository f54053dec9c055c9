package th.localnews.feed.view;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.localnews.feed.search.SearchSettings;
import th.localnews.feed.search.ThaiSearchIndex;

/**
 * The view lives in memory and is rebuilt from the article log at every start: the log is the source of truth and
 * kept forever, so a replica keeps nothing of its own and can never serve a view that drifted from the log. The
 * search index is rebuilt the same way, in a scratch directory (deleted when the service stops) rather than in
 * the heap, where 100,000 stories' index meant ~600 MB of old generation and long full collections.
 */
@Configuration(proxyBeanMethods = false)
class ViewConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    ThaiSearchIndex thaiSearchIndex(Clock clock) {
        return ThaiSearchIndex.scratch(SearchSettings.defaults(), clock);
    }

    @Bean
    ArticleView articleView(ThaiSearchIndex search) {
        return new ArticleView(search);
    }
}
