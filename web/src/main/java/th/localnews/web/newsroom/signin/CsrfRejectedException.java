package th.localnews.web.newsroom.signin;

/** A newsroom form post without this session's token: a forged request, or a form older than the session. */
public class CsrfRejectedException extends RuntimeException {

    CsrfRejectedException() {
        super("form post without this session's CSRF token");
    }
}
