package th.localnews.web.newsroom.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A synchronizer token per session, carried by every newsroom form as {@code _csrf}. The session cookie is also
 * {@code SameSite=Lax}; the token is what a cross-site form cannot know.
 */
public final class CsrfToken {

    public static final String PARAMETER = "_csrf";
    static final String ATTRIBUTE = "localnews.newsroom.csrf";

    private CsrfToken() {
    }

    public static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String known) {
            return known;
        }
        String fresh = Pkce.randomToken();
        session.setAttribute(ATTRIBUTE, fresh);
        return fresh;
    }

    static boolean matches(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        return expected instanceof String token && Pkce.same(token, request.getParameter(PARAMETER));
    }
}
