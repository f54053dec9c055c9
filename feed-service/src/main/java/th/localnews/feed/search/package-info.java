/**
 * Thai full-text search over published stories, in process, on Lucene.
 *
 * <p>Entry point: {@link th.localnews.feed.search.ThaiSearchIndex} ({@code upsert}, {@code delete},
 * {@code search}, {@code commit}); errors a caller must correct are
 * {@link th.localnews.feed.search.InvalidQueryException}s with a stable code.
 *
 * <p>Every text field is indexed twice. The word field is segmented by ICU's Thai dictionary, which cuts a word
 * the same way wherever it stands, behind a char filter that turns abbreviations into their long forms (data in
 * {@code search/thai-abbreviations.tsv} and {@code search/term-variants.tsv}), so query and story agree however
 * either was written. Its bigram twin holds character bigrams of every Thai run and catches what the dictionary
 * cuts badly (names it does not know, words glued to them) at a lower weight. Ranking is BM25 across fields
 * (title 3, summary, tags and places 1.5, body 1) times a bounded recency factor; highlights come from running
 * the stored text through the same analyses, and snippets are cut at ICU word boundaries.
 */
package th.localnews.feed.search;
