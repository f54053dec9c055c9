package th.localnews.web.newsroom.signin;

/** The issuer said no, or its answer does not belong to this session: the editor is told, and may try again. */
class SignInFailedException extends RuntimeException {

    SignInFailedException(String message) {
        super(message);
    }
}
