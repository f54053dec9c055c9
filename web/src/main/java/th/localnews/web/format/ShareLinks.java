package th.localnews.web.format;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the share bar's buttons go, LINE first because that is where Thai readers share. */
public record ShareLinks(String canonicalUrl, String line, String facebook, String x) {

    public static ShareLinks of(String canonicalUrl, String title) {
        String url = encode(canonicalUrl);
        return new ShareLinks(canonicalUrl,
                "https://social-plugins.line.me/lineit/share?url=" + url,
                "https://www.facebook.com/sharer/sharer.php?u=" + url,
                "https://x.com/intent/post?url=" + url + "&text=" + encode(title));
    }

    /** Form encoding writes spaces as '+', which these services would show literally. */
    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
