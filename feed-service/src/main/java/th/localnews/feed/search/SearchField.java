package th.localnews.feed.search;

/**
 * The searched fields and their weights: a word in the title says most about a story, the summary, tags and
 * places (provinces and local government units) are written to describe it, the body only mentions things.
 * Each field has a bigram twin ({@link #bigrams()}) searched at {@link #BIGRAM_SHARE} of its weight.
 */
enum SearchField {
    TITLE("title", 3.0f),
    SUMMARY("summary", 1.5f),
    TAGS("tags", 1.5f),
    PLACES("places", 1.5f),
    BODY("body", 1.0f);

    /** Bigram matches are a safety net for unknown names, not a reason to rank a story first. */
    static final float BIGRAM_SHARE = 0.35f;

    static final String ID = "id";
    static final String SECTION = "section";
    static final String PUBLISHED_AT = "publishedAt";
    static final String BIGRAM_SUFFIX = "_bi";

    private final String name;
    private final float weight;

    SearchField(String name, float weight) {
        this.name = name;
        this.weight = weight;
    }

    String field() {
        return name;
    }

    String bigrams() {
        return name + BIGRAM_SUFFIX;
    }

    float weight() {
        return weight;
    }

    float bigramWeight() {
        return weight * BIGRAM_SHARE;
    }
}
