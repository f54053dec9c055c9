package th.localnews.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** What must hold before the first process starts, so a start that cannot succeed leaves nothing behind. */
final class Preflight {

    private Preflight() {
    }

    static void check(StackSettings settings) {
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            requireBuilt(settings, service.jar(settings.root()));
        }
        requireBuilt(settings, settings.localStackTarget().resolve("kafka-libs"));
        PortCheck.firstTaken(settings.ports().values()).ifPresent(taken -> {
            throw new StartupFailure(PortCheck.explain(taken));
        });
    }

    private static void requireBuilt(StackSettings settings, Path path) {
        if (!Files.exists(path)) {
            throw new StartupFailure("%s is missing; build it with ./mvnw -DskipTests package"
                    .formatted(settings.root().relativize(path)));
        }
    }
}
