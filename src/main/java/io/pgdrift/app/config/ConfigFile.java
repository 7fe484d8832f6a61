package io.pgdrift.app.config;

import java.util.List;
import java.util.Map;

/**
 * {@code pgdrift.yaml} as written, after {@code ${VAR}} substitution and before validation: every value is
 * still text. The record components are the file's keys, so {@link KeyCheck} learns the known keys from here.
 */
record ConfigFile(Linear linear, List<Pair> pairs, Schedule schedule, String outbox, Integer parallelism,
                  List<Discover> discover, Agents agents,
                  Migration migration) {

    /** {@code priority}: 0 to 4, or {@code auto}. */
    record Linear(String apiKey, String apiKeyFile, String team, String project, List<String> labels,
                  String apiUrl, String assignee, String priority) {
    }

    /** {@code roleMap}: staging role name to production role name. */
    record Pair(String name, String staging, String production, List<String> schemas, List<String> exclude,
                Boolean allowEmpty, Boolean compareColumnOrder, PairLinear linear, Map<String, String> roleMap,
                Boolean compareOwners) {
    }

    /** A pair's overrides of the {@code linear} section: where its ticket goes. */
    record PairLinear(String team, String project, List<String> labels, String assignee, String priority) {
    }

    record Schedule(String cron, String timezone) {
    }

    record Migration(String lockTimeout) {
    }

    /** Also accepted as a single mapping instead of a list (see {@code ConfigLoader}). */
    record Discover(String staging, String production, String databases, List<String> excludeDatabases, String name,
                    Pair defaults) {
    }

    /** The optional LLM agents; see {@link AgentsSection}. */
    record Agents(Agent brief, Agent triage) {
    }

    record Agent(String provider, String model, String apiKey, String apiKeyFile, String baseUrl, String prompt,
                 String timeout) {
    }
}
