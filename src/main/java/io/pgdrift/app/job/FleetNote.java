package io.pgdrift.app.job;

/**
 * A line of the run summary that is not a pair's: a discovered database present on one server only, or a
 * discover entry that could not be listed.
 *
 * @param subject the would-be pair name, or the discover entry's key path
 * @param failure true when it makes {@code run} exit 1 (something configured could not be checked)
 */
public record FleetNote(String subject, String text, boolean failure) {
    public String line() {
        return subject + ": " + text;
    }
}
