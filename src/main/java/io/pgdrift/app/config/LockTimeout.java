package io.pgdrift.app.config;

import io.pgdrift.PgdriftException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A lock timeout as written in {@code pgdrift.yaml} ({@code migration.lockTimeout}) or on the command line
 * ({@code --lock-timeout}): a whole number with {@code ms}, {@code s} or {@code min}, between 1 ms and 10 min
 * (a longer wait lets the queue behind a waiting DDL statement stall the application, which is what the
 * timeout is there to prevent).
 */
public final class LockTimeout implements ITypeConverter<Duration> {
    static final Duration LONGEST = Duration.ofMinutes(10);
    private static final Pattern FORM = Pattern.compile("([0-9]{1,9})\\s*(ms|s|min)");

    /** The duration, or a {@link PgdriftException} saying what is wrong and what is accepted. */
    public static Duration parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new PgdriftException("\"" + text + "\" is not a lock timeout; write a whole number with ms, s or "
                    + "min, such as 5s or 500ms");
        }
        long amount = Long.parseLong(m.group(1));
        Duration duration = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
        if (duration.isZero() || duration.compareTo(LONGEST) > 0) {
            throw new PgdriftException("lock timeout " + text.strip() + " is out of range; give 1ms to 10min "
                    + "(a few seconds suits a live database)");
        }
        return duration;
    }

    @Override
    public Duration convert(String value) {
        try {
            return parse(value);
        } catch (PgdriftException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
