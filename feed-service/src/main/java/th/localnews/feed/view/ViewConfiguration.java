package th.localnews.feed.view;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.localnews.feed.search.SearchSettings;
import th.localnews.feed.search.ThaiSearchIndex;

/**
 * The view lives in memory and is rebuilt from the article log at every start: the log is the source of truth and
 * kept forever, so a replica needs no disk of its own and can never serve a view that drifted from the log.
 */
@Configuration(proxyBeanMethods = false)
class ViewConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    ThaiSearchIndex thaiSearchIndex(Clock clock) {
        return ThaiSearchIndex.inMemory(SearchSettings.defaults(), clock);
    }

    @Bean
    ArticleView articleView(ThaiSearchIndex search) {
        return new ArticleView(search);
    }
}
