package th.localnews.feed.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.localnews.events.ArticleSnapshot;
import th.localnews.feed.search.ThaiSearchIndex;
import th.localnews.feed.view.ArticleView;
import th.localnews.feed.view.FeedKey;

/**
 * The four stories shown under an article: those sharing its provinces, section and tags, plus those sharing the
 * rarest words of its title (the Thai search index finds them), best score first and newest first on ties, topped
 * up with the newest stories when fewer are related. Only visible stories can be found (a retracted one has left
 * both the feed and the index), and never the article itself.
 */
@Component
class RelatedStories {

    static final int COUNT = 4;
    private static final int TEXT_CANDIDATES = 50;
    private static final int TAXONOMY_CANDIDATES = 500;
    private static final double PROVINCE = 2.0;
    private static final double SECTION = 1.0;
    private static final double TAG = 1.5;
    private static final double TEXT = 3.0;

    private final ArticleView view;

    RelatedStories(ArticleView view) {
        this.view = view;
    }

    List<ArticleSnapshot> of(ArticleSnapshot story) {
        // each candidate is scored once, in the feed walk; the walk also tests one story past the limit
        Map<Long, Double> taxonomy = new HashMap<>();
        Map<Long, Double> scores = new HashMap<>();
        view.latest(other -> {
            double score = other.id() == story.id() ? 0 : taxonomyScore(story, other);
            if (score > 0) {
                taxonomy.put(other.id(), score);
            }
            return score > 0;
        }, TAXONOMY_CANDIDATES).forEach(other -> scores.merge(other.id(), taxonomy.get(other.id()), Double::sum));
        List<String> hits = textMatches(story);
        for (int rank = 0; rank < hits.size(); rank++) {
            double share = TEXT * (hits.size() - rank) / hits.size();
            scores.merge(Long.parseLong(hits.get(rank)), share, Double::sum);
        }
        scores.remove(story.id());
        List<ArticleSnapshot> related = new ArrayList<>(scores.entrySet().stream()
                .map(e -> view.byId(e.getKey()).map(s -> new Scored(s, e.getValue())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::key))
                .limit(COUNT)
                .map(Scored::story)
                .toList());
        fillWithLatest(story, related);
        return List.copyOf(related);
    }

    /** The page always shows four when there are four other stories: the newest fill what relatedness left. */
    private void fillWithLatest(ArticleSnapshot story, List<ArticleSnapshot> related) {
        if (related.size() < COUNT) {
            view.latest(other -> other.id() != story.id() && !related.contains(other), COUNT - related.size())
                    .forEach(related::add);
        }
    }

    private record Scored(ArticleSnapshot story, double score) {
        FeedKey key() {
            return ArticleView.keyOf(story);
        }
    }

    /** Called for up to {@value #TAXONOMY_CANDIDATES} stories per rendering, so plain loops rather than streams. */
    private static double taxonomyScore(ArticleSnapshot a, ArticleSnapshot b) {
        double score = a.section().equals(b.section()) ? SECTION : 0;
        score += PROVINCE * shared(a.provinces(), b.provinces());
        score += TAG * shared(a.tags(), b.tags());
        return score;
    }

    private static int shared(List<String> mine, List<String> theirs) {
        int shared = 0;
        for (String value : mine) {
            if (theirs.contains(value)) {
                shared++;
            }
        }
        return shared;
    }

    /** Stories sharing the title's rarest words ({@link ThaiSearchIndex#relatedIds}), ids only. */
    private List<String> textMatches(ArticleSnapshot story) {
        return view.search().relatedIds(story.title(), TEXT_CANDIDATES);
    }
}
