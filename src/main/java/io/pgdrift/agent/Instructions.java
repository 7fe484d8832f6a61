package io.pgdrift.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The system prompt of an agent: the configured prompt file's text, else the role's built-in one. */
final class Instructions {
    private Instructions() {
    }

    static String of(AgentSettings settings) {
        return settings.prompt() != null ? settings.prompt() : builtIn(settings.role());
    }

    static String builtIn(Role role) {
        try (InputStream in = Instructions.class.getResourceAsStream(role.builtInPrompt())) {
            if (in == null) {
                throw new IllegalStateException("built-in prompt " + role.builtInPrompt() + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in prompt " + role.builtInPrompt(), e);
        }
    }
}
