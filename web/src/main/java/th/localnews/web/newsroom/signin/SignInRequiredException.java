package th.localnews.web.newsroom.signin;

/** No editor in this session, or the issuer's token is no longer accepted: the editor signs in (again). */
public class SignInRequiredException extends RuntimeException {

    public SignInRequiredException() {
        super("sign-in required");
    }
}
