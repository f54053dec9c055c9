package th.localnews.events;

import java.util.List;

/** Checks shared by the contract records; messages name the field, since they end up in dead-letter headers. */
final class Require {

    private Require() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String text(String value, String field) {
        if (present(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static long positive(long value, String field) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be positive but was " + value);
        }
        return value;
    }

    static Integer positiveOrNull(Integer value, String field) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException(field + " must be positive but was " + value);
        }
        return value;
    }

    /** An immutable copy; rejects null elements with a message that says where. */
    static List<String> texts(List<String> values, String field) {
        present(values, field);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "] is null");
            }
        }
        return List.copyOf(values);
    }
}
