package th.localnews.feed.web;

/**
 * A 200 answer a controller gave to one request line, as it went out: the rendering and the headers Spring MVC
 * wrote for it, and the route's pattern for the request metrics.
 */
record Answer(Rendered rendered, String contentType, String cacheControl, String vary, String pathPattern) {
}
