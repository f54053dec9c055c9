package th.localnews.article.sanitize;

import java.util.List;

/**
 * What the sanitiser took out of a body, told to the editor so nothing disappears silently.
 *
 * @param removedElements   element names, e.g. {@code script}, once each
 * @param removedAttributes {@code element@attribute}, e.g. {@code a@onclick} or {@code a@href} for a
 *                          {@code javascript:} link, once each
 */
public record SanitizerReport(List<String> removedElements, List<String> removedAttributes) {

    public static final SanitizerReport CLEAN = new SanitizerReport(List.of(), List.of());

    public SanitizerReport {
        removedElements = List.copyOf(removedElements);
        removedAttributes = List.copyOf(removedAttributes);
    }

    public boolean changed() {
        return !removedElements.isEmpty() || !removedAttributes.isEmpty();
    }
}
