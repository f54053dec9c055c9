package th.localnews.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code publicUrl} is where readers see the site (canonical links, share links); {@code apiUrl} is where this
 * server reads the public API; {@code browserApiUrl} is the API base the reader's browser uses for live alerts and
 * sign-up, empty when the gateway serves site and API from one origin.
 */
@ConfigurationProperties("localnews.web")
public record WebProperties(String publicUrl, String apiUrl, String browserApiUrl, String publicationName,
        String tagline, String contactAddress, Duration connectTimeout, Duration readTimeout, Duration pageMaxAge) {

    public WebProperties {
        publicUrl = stripSlash(publicUrl);
        apiUrl = stripSlash(apiUrl);
        browserApiUrl = browserApiUrl == null ? "" : stripSlash(browserApiUrl);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
