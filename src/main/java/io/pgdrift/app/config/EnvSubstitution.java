package io.pgdrift.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} in every text value of the tree with the variable from {@code env}. A variable that
 * is not set is a problem at that key path, and the path is remembered so no second error piles onto it.
 */
final class EnvSubstitution {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final Map<String, String> env;
    private final List<ConfigProblem> problems;
    private final Set<String> unresolved = new HashSet<>();

    EnvSubstitution(Map<String, String> env, List<ConfigProblem> problems) {
        this.env = env;
        this.problems = problems;
    }

    /** Paths whose value named a variable that is not set. */
    Set<String> unresolved() {
        return unresolved;
    }

    void apply(JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            for (String name : names) {
                String childPath = path.isEmpty() ? name : path + "." + name;
                JsonNode child = object.get(name);
                if (child.isTextual()) {
                    object.set(name, substitute(child.asText(), childPath));
                } else {
                    apply(child, childPath);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = array.get(i);
                if (child.isTextual()) {
                    array.set(i, substitute(child.asText(), path + "[" + i + "]"));
                } else {
                    apply(child, path + "[" + i + "]");
                }
            }
        }
    }

    private TextNode substitute(String text, String path) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = env.get(matcher.group(1));
            if (value == null) {
                problems.add(new ConfigProblem(path, "environment variable " + matcher.group(1) + " is not set"));
                unresolved.add(path);
                value = "";
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return TextNode.valueOf(result.toString());
    }
}
