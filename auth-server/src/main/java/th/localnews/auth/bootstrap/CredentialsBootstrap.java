package th.localnews.auth.bootstrap;

import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.localnews.auth.server.AuthServerProperties;

/**
 * Registers the web client, the newsroom API client and the editor from configuration. Running it again (every
 * restart) updates them in place: one row each, the secret and password of the current configuration.
 */
@Component
class CredentialsBootstrap implements ApplicationRunner {

    static final Set<String> API_CLIENT_ROLES = Set.of("editor", "admin");
    private static final Logger log = LoggerFactory.getLogger(CredentialsBootstrap.class);

    private final RegisteredClientRepository clients;
    private final UserDetailsManager users;
    private final PasswordEncoder passwords;
    private final AuthServerProperties server;
    private final BootstrapProperties bootstrap;

    CredentialsBootstrap(RegisteredClientRepository clients, UserDetailsManager users, PasswordEncoder passwords,
            AuthServerProperties server, BootstrapProperties bootstrap) {
        this.clients = clients;
        this.users = users;
        this.passwords = passwords;
        this.server = server;
        this.bootstrap = bootstrap;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        clients.save(webClient(existingId(server.webClient().clientId())));
        if (bootstrap.hasNewsroomClient()) {
            clients.save(newsroomClient(existingId(bootstrap.newsroomClientId())));
            log.info("Newsroom API client {} registered", bootstrap.newsroomClientId());
        } else {
            log.warn("No NEWSROOM_CLIENT_ID/NEWSROOM_CLIENT_SECRET: no API client can write to the newsroom");
        }
        if (bootstrap.hasEditor()) {
            saveEditor();
        }
    }

    private String existingId(String clientId) {
        RegisteredClient existing = clients.findByClientId(clientId);
        return existing == null ? UUID.randomUUID().toString() : existing.getId();
    }

    /** The newsroom pages run in a browser that holds no secret: a public client bound to PKCE. */
    private RegisteredClient webClient(String id) {
        return RegisteredClient.withId(id)
                .clientId(server.webClient().clientId())
                .clientName("localnews newsroom pages")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(server.webClient().redirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokenSettings())
                .build();
    }

    private RegisteredClient newsroomClient(String id) {
        return RegisteredClient.withId(id)
                .clientId(bootstrap.newsroomClientId())
                .clientSecret(passwords.encode(bootstrap.newsroomClientSecret()))
                .clientName("newsroom API client")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(API_CLIENT_ROLES))
                .tokenSettings(tokenSettings())
                .build();
    }

    private TokenSettings tokenSettings() {
        return TokenSettings.builder().accessTokenTimeToLive(server.accessTokenTtl()).build();
    }

    private void saveEditor() {
        var editor = User.withUsername(bootstrap.editorUsername())
                .password(passwords.encode(bootstrap.editorPassword()))
                .roles("editor")
                .build();
        if (users.userExists(editor.getUsername())) {
            users.updateUser(editor);
        } else {
            users.createUser(editor);
        }
        log.info("Editor account ready");
    }
}
