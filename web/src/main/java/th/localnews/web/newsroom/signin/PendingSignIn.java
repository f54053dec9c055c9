package th.localnews.web.newsroom.signin;

import java.io.Serializable;

/** Between the redirect to the issuer and its callback: what binds the answer to this browser's session. */
record PendingSignIn(String state, String verifier, String redirectUri, String returnTo) implements Serializable {

    static final String ATTRIBUTE = "localnews.newsroom.pendingSignIn";

    @Override
    public String toString() {
        return "PendingSignIn[" + returnTo + "]";
    }
}
