package th.localnews.events;

/**
 * The picture at the top of a story and in link previews. Width and height are null when the
 * newsroom does not know them (for example on imported stories).
 */
public record CoverImage(String url, String alt, Integer width, Integer height) {

    public CoverImage {
        Require.text(url, "coverImage.url");
        Require.present(alt, "coverImage.alt");
        Require.positiveOrNull(width, "coverImage.width");
        Require.positiveOrNull(height, "coverImage.height");
    }

    public CoverImage(String url, String alt) {
        this(url, alt, null, null);
    }
}
