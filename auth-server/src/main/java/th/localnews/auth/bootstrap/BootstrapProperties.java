package th.localnews.auth.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The credentials created (or brought up to date) at every start. On the local stack the launcher generates them
 * into {@code .localnews/dev-credentials.env}; in production they come from the secret store.
 */
@ConfigurationProperties("localnews.auth.bootstrap")
record BootstrapProperties(String newsroomClientId, String newsroomClientSecret, String editorUsername,
        String editorPassword) {

    boolean hasNewsroomClient() {
        return present(newsroomClientId) && present(newsroomClientSecret);
    }

    boolean hasEditor() {
        return present(editorUsername) && present(editorPassword);
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
