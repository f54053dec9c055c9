package th.localnews.web.newsroom.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import th.localnews.web.newsroom.NewsroomProperties;

/**
 * Authorization code with PKCE against the issuer, written out by hand: the verifier and state stay in the
 * session, the code is traded for a token server to server, and the token is kept in the session only.
 */
@Controller
class SignInController {

    static final String CALLBACK = "/newsroom/callback";
    private static final Logger log = LoggerFactory.getLogger(SignInController.class);

    private final NewsroomProperties newsroom;
    private final TokenEndpointClient tokens;

    SignInController(NewsroomProperties newsroom, TokenEndpointClient tokens) {
        this.newsroom = newsroom;
        this.tokens = tokens;
    }

    @GetMapping("/newsroom/login")
    String login(@RequestParam(required = false) String returnTo, HttpServletRequest request) {
        String verifier = Pkce.randomToken();
        PendingSignIn pending = new PendingSignIn(Pkce.randomToken(), verifier, redirectUri(), safeReturn(returnTo));
        request.getSession(true).setAttribute(PendingSignIn.ATTRIBUTE, pending);
        String authorize = UriComponentsBuilder.fromUriString(newsroom.authorizeUrl())
                .queryParam("response_type", "code")
                .queryParam("client_id", newsroom.clientId())
                .queryParam("redirect_uri", pending.redirectUri())
                .queryParam("scope", newsroom.scope())
                .queryParam("state", pending.state())
                .queryParam("code_challenge", Pkce.challenge(verifier))
                .queryParam("code_challenge_method", "S256")
                .encode().build().toUriString();
        return "redirect:" + authorize;
    }

    @GetMapping(CALLBACK)
    String callback(@RequestParam(required = false) String code, @RequestParam(required = false) String state,
            @RequestParam(required = false) String error, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        PendingSignIn pending = session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE);
        if (session != null) {
            // one answer per sign-in: a replayed callback finds nothing to complete
            session.removeAttribute(PendingSignIn.ATTRIBUTE);
        }
        if (pending == null || !Pkce.same(pending.state(), state)) {
            throw new SignInFailedException("callback without a matching sign-in in this session");
        }
        if (error != null || code == null || code.isBlank()) {
            log.info("issuer ended the sign-in without a code: {}", error);
            throw new SignInFailedException("issuer answered " + error);
        }
        EditorSignIn signIn = tokens.exchange(code, pending);
        // a new session id once signed in: an id planted before sign-in (session fixation) is worth nothing
        request.changeSessionId();
        request.getSession().setAttribute(EditorSignIn.ATTRIBUTE, signIn);
        return "redirect:" + pending.returnTo();
    }

    @PostMapping("/newsroom/logout")
    String logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/newsroom/signed-out";
    }

    @GetMapping("/newsroom/signed-out")
    String signedOut() {
        return "newsroom/signed-out";
    }

    private String redirectUri() {
        if (!newsroom.redirectUri().isEmpty()) {
            return newsroom.redirectUri();
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(CALLBACK).toUriString();
    }

    /** Only back into the newsroom, and only by path: never an open redirect to another host. */
    static String safeReturn(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/newsroom/") || returnTo.startsWith("//")
                || returnTo.contains("\\") || returnTo.contains("//") || returnTo.chars().anyMatch(c -> c < 0x20)
                || returnTo.startsWith("/newsroom/login") || returnTo.startsWith(CALLBACK)) {
            return "/newsroom/articles";
        }
        return returnTo;
    }
}
