package th.localnews.web.newsroom.signin;

import java.io.Serializable;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A signed-in editor, kept only in the server-side session: the access token never reaches the page.
 *
 * @param editorName the token's subject, for the header; never used to decide anything
 */
public record EditorSignIn(String accessToken, Instant expiresAt, String editorName) implements Serializable {

    static final String ATTRIBUTE = "localnews.newsroom.signIn";

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        // a session dump or a log line must not carry the token
        return "EditorSignIn[" + editorName + ", expires " + expiresAt + "]";
    }

    /** The editor of this request; the guard has already turned away a request without one. */
    public static EditorSignIn of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (value instanceof EditorSignIn signIn) {
            return signIn;
        }
        throw new SignInRequiredException();
    }
}
