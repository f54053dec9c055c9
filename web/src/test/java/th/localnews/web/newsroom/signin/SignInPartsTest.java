package th.localnews.web.newsroom.signin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInPartsTest {

    @Test
    void s256ChallengeMatchesRfc7636AppendixB() {
        assertThat(Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void verifiersAreFreshAndOfTheLengthTheRfcAllows() {
        String one = Pkce.randomToken();
        assertThat(one).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(Pkce.randomToken());
    }

    @Test
    void returnsOnlyIntoTheNewsroom() {
        assertThat(SignInController.safeReturn("/newsroom/articles/7?x=1")).isEqualTo("/newsroom/articles/7?x=1");
        assertThat(SignInController.safeReturn("https://evil.example/newsroom/")).isEqualTo("/newsroom/articles");
        assertThat(SignInController.safeReturn("//evil.example/newsroom/")).isEqualTo("/newsroom/articles");
        assertThat(SignInController.safeReturn("/newsroom//evil.example")).isEqualTo("/newsroom/articles");
        assertThat(SignInController.safeReturn("/newsroom/\\evil")).isEqualTo("/newsroom/articles");
        assertThat(SignInController.safeReturn("/newsroom/a\r\nSet-Cookie: x")).isEqualTo("/newsroom/articles");
        assertThat(SignInController.safeReturn("/newsroom/callback?code=x")).isEqualTo("/newsroom/articles");
        assertThat(SignInController.safeReturn(null)).isEqualTo("/newsroom/articles");
    }

    @Test
    void readsTheEditorsNameFromTheTokenWithoutTrustingIt() {
        String jwt = "eyJhbGciOiJub25lIn0." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"sub\":\"somchai\"}".getBytes()) + ".sig";
        assertThat(TokenEndpointClient.subject(jwt)).isEqualTo("somchai");
        assertThat(TokenEndpointClient.subject("opaque-token")).isEqualTo("บรรณาธิการ");
    }
}
