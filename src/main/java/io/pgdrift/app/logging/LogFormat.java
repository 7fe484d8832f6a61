package io.pgdrift.app.logging;

/** How log lines look on stderr: for people, or one JSON object per line for log pipelines. */
public enum LogFormat {
    TEXT, JSON
}
