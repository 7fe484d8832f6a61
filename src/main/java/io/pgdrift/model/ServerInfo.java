package io.pgdrift.model;

/**
 * The server a snapshot came from: {@code server_version_num} (e.g. 170006) and the short version text
 * (e.g. {@code 17.6}).
 */
public record ServerInfo(int versionNum, String version) {
    public int major() {
        return versionNum / 10000;
    }
}
