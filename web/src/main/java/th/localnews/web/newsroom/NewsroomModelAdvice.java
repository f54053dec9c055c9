package th.localnews.web.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import th.localnews.web.newsroom.signin.CsrfToken;
import th.localnews.web.newsroom.signin.EditorSignIn;
import th.localnews.web.newsroom.signin.SignInRequiredException;

/** What every newsroom page needs: who is signed in, and the token every form carries. */
@ControllerAdvice(basePackages = "th.localnews.web.newsroom")
class NewsroomModelAdvice {

    /** Only where a session exists: a signed-out page has no form, and must not start a session for a passer-by. */
    @ModelAttribute("csrfToken")
    String csrfToken(HttpServletRequest request) {
        return request.getSession(false) == null ? null : CsrfToken.of(request);
    }

    @ModelAttribute("editorName")
    String editorName(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            return EditorSignIn.of(request).editorName();
        } catch (SignInRequiredException signedOut) {
            return null;
        }
    }
}
