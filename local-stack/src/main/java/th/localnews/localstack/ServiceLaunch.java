package th.localnews.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How one service is started: its command line and the standard Spring variables that wire it to the stack. */
final class ServiceLaunch {

    private ServiceLaunch() {
    }

    static List<String> command(StackSettings settings, ServiceDefinition service, ClassDataArchive classData) {
        List<String> options = new java.util.ArrayList<>(settings.serviceJavaOptions());
        options.addAll(classData.javaOptions());
        List<String> command = JavaCommand.of(settings, options, service.name());
        command.add("-jar");
        command.add(classData.jar().toString());
        return command;
    }

    static Map<String, String> environment(StackSettings settings, ServiceDefinition service,
                                           DevCredentials credentials, VapidKeyPair vapid) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(settings.port(service.name())));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("LOCALNEWS_PUBLIC_URL", publicUrl(settings));
        if (service.usesKafka()) {
            env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        }
        service.database().ifPresent(database -> {
            env.put("SPRING_DATASOURCE_URL",
                    "jdbc:postgresql://127.0.0.1:%d/%s".formatted(settings.port(StackSettings.POSTGRES), database));
            env.put("SPRING_DATASOURCE_USERNAME", PostgresServer.USER);
            env.put("SPRING_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
        });
        if (service.isGateway()) {
            for (ServiceDefinition backend : ServiceDefinition.ALL) {
                backend.uriVariable().ifPresent(variable -> env.put(variable, url(settings, backend)));
            }
        }
        if (service.validatesTokens()) {
            env.put("NEWSROOM_JWT_ISSUER", publicUrl(settings));
            env.put("NEWSROOM_JWK_SET_URI", jwkSetUri(settings));
        }
        if (service.sendsAlerts()) {
            env.putAll(vapid.asEnvironment());
            env.put("NOTIFICATION_SITE_URL", publicUrl(settings));
            // webhook and push receivers a developer runs on this machine are plain http on loopback
            env.put("NOTIFICATION_ALLOW_LOOPBACK_HTTP", "true");
            // a developer trying alerts at night should see them, not a digest the next morning
            env.put("NOTIFICATION_QUIET_START", "00:00");
            env.put("NOTIFICATION_QUIET_END", "00:00");
        }
        if (service.receivesDevCredentials()) {
            env.putAll(credentials.asEnvironment());
        }
        return env;
    }

    static String url(StackSettings settings, ServiceDefinition service) {
        return "http://127.0.0.1:" + settings.port(service.name());
    }

    /** Keys are fetched from the issuer directly, so a service never waits on the gateway to check a token. */
    static String jwkSetUri(StackSettings settings) {
        return url(settings, ServiceDefinition.byName(ServiceDefinition.AUTH_SERVER)) + "/oauth2/jwks";
    }

    static String publicUrl(StackSettings settings) {
        return "http://localhost:" + settings.port(ServiceDefinition.GATEWAY);
    }
}
