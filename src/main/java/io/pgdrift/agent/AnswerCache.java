package io.pgdrift.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers kept on disk by pair, fingerprint and agent, so a run that is retried (or a dry run followed by the
 * real one) does not pay for the same answer twice. The key includes the provider, model, base URL and prompt:
 * a changed configuration asks again. One file per answer; writing a new fingerprint's answer removes the
 * pair's older ones for that role. A cache that cannot be read or written only costs a call.
 */
final class AnswerCache {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerCache.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    AnswerCache(Path dir) {
        this.dir = dir;
    }

    <A> Optional<A> get(AgentSettings agent, String pair, String fingerprint, Class<A> type) {
        Path file = file(agent, pair, fingerprint);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), type));
        } catch (IOException e) {
            LOG.debug("{}: cached {} answer {} unreadable, asking again", pair, agent.role().configName(), file, e);
            return Optional.empty();
        }
    }

    void put(AgentSettings agent, String pair, String fingerprint, Object answer) {
        Path file = file(agent, pair, fingerprint);
        try {
            Files.createDirectories(dir);
            forgetOlder(agent, pair, file);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(temp, JSON.writeValueAsString(answer), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.debug("{}: cannot keep the {} answer in {}", pair, agent.role().configName(), dir, e);
        }
    }

    private void forgetOlder(AgentSettings agent, String pair, Path keep) throws IOException {
        String prefix = pair + "-" + agent.role().configName() + "-";
        try (Stream<Path> files = Files.list(dir)) {
            for (Path old : files.filter(f -> f.getFileName().toString().startsWith(prefix) && !f.equals(keep)).toList()) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** {@code <pair>-<role>-<fingerprint>-<hash of the agent's configuration>.json}. */
    Path file(AgentSettings agent, String pair, String fingerprint) {
        return dir.resolve(pair + "-" + agent.role().configName() + "-" + fingerprint + "-" + configurationHash(agent)
                + ".json");
    }

    private static String configurationHash(AgentSettings agent) {
        String identity = String.join("\n", agent.provider().configName(), agent.model(),
                agent.effectiveBaseUrl().toString(), Instructions.of(agent));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
