package th.localnews.article.web;

/**
 * One thing to fix in a request.
 *
 * @param field   JSON path of the field, e.g. {@code title} or {@code provinces[1]}
 * @param code    stable machine-readable reason, e.g. {@code too-long}, {@code unknown-province}
 * @param message for the editor; Thai first where the newsroom wrote one
 */
record FieldProblem(String field, String code, String message) {
}
