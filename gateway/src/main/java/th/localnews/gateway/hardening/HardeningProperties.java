package th.localnews.gateway.hardening;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxBody               the body limit where no {@code bodyLimits} entry matches
 * @param bodyLimits            larger (or smaller) limits by path, first match wins
 * @param allowedMethods        which methods each path takes, first match wins; an unmatched path takes any
 * @param contentSecurityPolicy sent where the backend set none
 */
@ConfigurationProperties("localnews.gateway.hardening")
record HardeningProperties(DataSize maxBody, List<BodyLimit> bodyLimits, List<AllowedMethods> allowedMethods,
        String contentSecurityPolicy) {

    HardeningProperties {
        maxBody = maxBody == null ? DataSize.ofKilobytes(64) : maxBody;
        bodyLimits = bodyLimits == null ? List.of() : List.copyOf(bodyLimits);
        allowedMethods = allowedMethods == null ? List.of() : List.copyOf(allowedMethods);
    }

    record BodyLimit(String path, DataSize max) {
    }

    record AllowedMethods(String path, List<String> methods) {
    }
}
