package th.localnews.feed.view;

/** What applying one event did to the view. */
public enum ApplyOutcome {
    /** A version not newer than one already applied: redelivered or out of order. */
    STALE,
    /** The story became visible to readers. */
    SHOWN,
    /** A visible story changed. */
    CHANGED,
    /** The story was taken down (or a retraction arrived for one never seen). */
    REMOVED
}
