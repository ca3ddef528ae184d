package jtwins.common;

import java.time.Duration;
import java.util.Objects;

/** How long a phase may take: a duration, or no limit at all ("no timeout" is a value, not -1). */
public final class Budget {
    public static final Budget UNLIMITED = new Budget(null);

    private final Duration duration;

    private Budget(Duration duration) {
        this.duration = duration;
    }

    public static Budget of(Duration duration) {
        return new Budget(duration);
    }

    public static Budget ofMillis(long millis) {
        return new Budget(Duration.ofMillis(millis));
    }

    public static Budget ofSeconds(long seconds) {
        return new Budget(Duration.ofSeconds(seconds));
    }

    public boolean isUnlimited() {
        return duration == null;
    }

    public Duration duration() {
        if (duration == null) {
            throw new IllegalStateException("unlimited budget has no duration");
        }
        return duration;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Budget b && Objects.equals(duration, b.duration);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(duration);
    }

    @Override
    public String toString() {
        if (duration == null) {
            return "none";
        }
        long ms = duration.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
