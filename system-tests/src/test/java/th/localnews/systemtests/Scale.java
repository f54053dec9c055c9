package th.localnews.systemtests;

/**
 * How big each scenario runs: {@code short} in every CI build (minutes for all of them), {@code full} for the
 * figures in docs/reliability.md ({@code ./mvnw -pl system-tests -am verify -Dsystem.scale=full}).
 */
enum Scale {
    SHORT, FULL;

    static Scale current() {
        return "full".equalsIgnoreCase(System.getProperty("system.scale", "short")) ? FULL : SHORT;
    }

    int pick(int shortRun, int fullRun) {
        return this == FULL ? fullRun : shortRun;
    }
}
