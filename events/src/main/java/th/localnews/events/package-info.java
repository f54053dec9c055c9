/**
 * The article event contract of localnews: CloudEvents 1.0 in structured mode on the
 * {@value th.localnews.events.ArticleEventTopics#ARTICLE_EVENTS} topic, each event carrying the
 * whole {@link th.localnews.events.ArticleSnapshot}. Plain Java, Jackson 3 and kafka-clients only,
 * so any service (Spring or not) can read and write the log.
 */
package th.localnews.events;
