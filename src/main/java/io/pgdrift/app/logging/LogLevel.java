package io.pgdrift.app.logging;

/** The SLF4J levels, lowest first, so a threshold compares by ordinal. */
enum LogLevel {
    TRACE, DEBUG, INFO, WARN, ERROR;

    static LogLevel of(org.slf4j.event.Level level) {
        return valueOf(level.name());
    }
}
