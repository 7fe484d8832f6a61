package io.pgdrift.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pgdrift.app.config.Config;
import io.pgdrift.app.config.ConfigLoader;
import io.pgdrift.app.job.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The deployment files in {@code deploy/} parse and say what the README says they do. */
class DeployFilesTest {
    private static final Path DEPLOY = Path.of("deploy");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final Map<String, String> SECRETS = Map.of(
            "STAGING_DATABASE_URL", "postgresql://pgdrift_monitor:pw@staging-db:5432/app",
            "PRODUCTION_DATABASE_URL", "postgresql://pgdrift_monitor:pw@prod-db:5432/app",
            "LINEAR_API_KEY", "lin_api_example");

    @Test
    void kubernetesCronJobRunsPgdriftWithItsConfigMapAndSecret() throws IOException {
        Map<String, JsonNode> byKind = documentsByKind(DEPLOY.resolve("kubernetes/cronjob.yaml"));
        assertThat(byKind).containsOnlyKeys("ConfigMap", "CronJob");

        JsonNode configMap = byKind.get("ConfigMap");
        Config config = new ConfigLoader(SECRETS).parse(configMap.at("/data/pgdrift.yaml").asText(), "ConfigMap", Path.of("."));
        assertThat(config.pairs()).extracting(p -> p.name()).containsExactly("app");
        assertThat(config.schedule()).isPresent();

        JsonNode cronJob = byKind.get("CronJob");
        assertThat(cronJob.get("apiVersion").asText()).isEqualTo("batch/v1");
        UNIX.parse(cronJob.at("/spec/schedule").asText()).validate();
        assertThat(cronJob.at("/spec/concurrencyPolicy").asText()).isEqualTo("Forbid");
        JsonNode pod = cronJob.at("/spec/jobTemplate/spec/template/spec");
        assertThat(pod.get("restartPolicy").asText()).isEqualTo("Never");
        JsonNode container = pod.at("/containers/0");
        assertThat(container.get("args").get(0).asText()).isEqualTo("run");
        assertThat(container.get("args").toString()).contains("/etc/pgdrift/pgdrift.yaml");
        assertThat(container.at("/envFrom/0/secretRef/name").asText()).isEqualTo("pgdrift-secrets");
        assertThat(pod.at("/volumes/0/configMap/name").asText()).isEqualTo(configMap.at("/metadata/name").asText());
        assertThat(container.at("/volumeMounts/0/mountPath").asText()).isEqualTo("/etc/pgdrift");
    }

    @Test
    void kubernetesIndexedJobGivesEachPodOneShardOfTheDiscoveredFleet() throws IOException {
        Map<String, JsonNode> byKind = documentsByKind(DEPLOY.resolve("kubernetes/indexed-job.yaml"));
        assertThat(byKind).containsOnlyKeys("ConfigMap", "CronJob");
        Config config = new ConfigLoader(Map.of(
                "STAGING_SERVER_URL", "postgresql://pgdrift_monitor:pw@staging-db:5432/postgres",
                "PRODUCTION_SERVER_URL", "postgresql://pgdrift_monitor:pw@prod-db:5432/postgres",
                "LINEAR_API_KEY", "lin_api_example"))
                .parse(byKind.get("ConfigMap").at("/data/pgdrift.yaml").asText(), "ConfigMap", Path.of("."));
        assertThat(config.discover()).hasSize(1);
        assertThat(config.discover().get(0).pair("tenant_7").name()).isEqualTo("tenant-tenant_7");

        JsonNode cronJob = byKind.get("CronJob");
        UNIX.parse(cronJob.at("/spec/schedule").asText()).validate();
        JsonNode job = cronJob.at("/spec/jobTemplate/spec");
        assertThat(job.get("completionMode").asText()).isEqualTo("Indexed");
        int completions = job.get("completions").asInt();
        assertThat(job.get("parallelism").asInt()).isBetween(1, completions);
        JsonNode pod = job.at("/template/spec");
        assertThat(pod.get("restartPolicy").asText()).isEqualTo("Never");
        JsonNode container = pod.at("/containers/0");
        List<String> args = new ArrayList<>();
        container.get("args").forEach(a -> args.add(a.asText()));
        assertThat(args.get(0)).isEqualTo("run");
        assertThat(args.get(args.indexOf("--shard") + 1)).isEqualTo("$(JOB_COMPLETION_INDEX)/" + completions);
        assertThat(container.at("/env/0/name").asText()).isEqualTo("JOB_COMPLETION_INDEX");
        assertThat(container.at("/env/0/valueFrom/fieldRef/fieldPath").asText())
                .isEqualTo("metadata.annotations['batch.kubernetes.io/job-completion-index']");
        assertThat(pod.at("/volumes/0/configMap/name").asText()).isEqualTo(byKind.get("ConfigMap").at("/metadata/name").asText());

        // what each pod's --shard becomes once Kubernetes expands its index: every tenant in exactly one pod
        List<Shard> shards = new ArrayList<>();
        for (int index = 0; index < completions; index++) {
            shards.add(Shard.parse(args.get(args.indexOf("--shard") + 1).replace("$(JOB_COMPLETION_INDEX)", String.valueOf(index))));
        }
        for (int tenant = 0; tenant < 100; tenant++) {
            String name = config.discover().get(0).pairName("tenant_" + tenant);
            assertThat(shards.stream().filter(s -> s.holds(name))).as(name).hasSize(1);
        }
    }

    private static Map<String, JsonNode> documentsByKind(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        Map<String, JsonNode> byKind = new LinkedHashMap<>();
        documents.forEach(d -> byKind.put(d.get("kind").asText(), d));
        return byKind;
    }

    @Test
    void kubernetesSchedulerDeploymentProbesHealthzOnThePortItServes() throws IOException {
        JsonNode deployment = YAML.readTree(DEPLOY.resolve("kubernetes/schedule-deployment.yaml").toFile());
        assertThat(deployment.get("kind").asText()).isEqualTo("Deployment");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(1);
        assertThat(deployment.at("/spec/strategy/type").asText()).isEqualTo("Recreate");
        assertThat(deployment.at("/spec/selector/matchLabels")).isEqualTo(deployment.at("/spec/template/metadata/labels"));
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        List<String> args = new ArrayList<>();
        container.get("args").forEach(a -> args.add(a.asText()));
        assertThat(args.get(0)).isEqualTo("schedule");
        String port = args.get(args.indexOf("--health-port") + 1);
        assertThat(container.at("/ports/0/containerPort").asText()).isEqualTo(port);
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/healthz");
        assertThat(container.at("/livenessProbe/httpGet/port").asText()).isEqualTo(container.at("/ports/0/name").asText());
        assertThat(deployment.at("/spec/template/spec/terminationGracePeriodSeconds").asInt()).isGreaterThanOrEqualTo(600);
    }

    @Test
    void githubWorkflowIsScheduledAndPassesTheSecretsToRun() throws IOException {
        JsonNode workflow = YAML.readTree(DEPLOY.resolve("github-actions/pgdrift.yml").toFile());
        UNIX.parse(workflow.at("/on/schedule/0/cron").asText()).validate();
        JsonNode steps = workflow.at("/jobs/drift/steps");
        JsonNode run = null;
        for (JsonNode step : steps) {
            if (step.path("run").asText().contains("pgdrift.jar run")) {
                run = step;
            }
        }
        assertThat(run).as("a step running pgdrift run").isNotNull();
        assertThat(run.get("env").get("LINEAR_API_KEY").asText()).isEqualTo("${{ secrets.LINEAR_API_KEY }}");
        assertThat(run.get("env").get("PRODUCTION_DATABASE_URL").asText()).startsWith("${{ secrets.");
    }

    @Test
    void systemdServiceRunsOnceAndTheTimerStartsItNightly() throws IOException {
        Map<String, Map<String, String>> service = ini(DEPLOY.resolve("systemd/pgdrift.service"));
        assertThat(service).containsKeys("Unit", "Service");
        assertThat(service.get("Service")).containsEntry("Type", "oneshot").containsKey("EnvironmentFile");
        assertThat(service.get("Service").get("ExecStart")).startsWith("/").contains("pgdrift.jar run --config ");

        Map<String, Map<String, String>> timer = ini(DEPLOY.resolve("systemd/pgdrift.timer"));
        assertThat(timer.get("Timer")).containsEntry("Unit", "pgdrift.service").containsKey("OnCalendar");
        assertThat(timer.get("Install")).containsEntry("WantedBy", "timers.target");
    }

    @Test
    void crontabLinesHaveAValidScheduleAUserAndRunPgdrift() throws IOException {
        List<String> entries = Files.readAllLines(DEPLOY.resolve("crontab")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.matches("^[A-Z]+=.*")).toList();
        assertThat(entries).hasSize(1);
        String[] fields = entries.get(0).trim().split("\\s+", 7);
        UNIX.parse(String.join(" ", List.of(fields).subList(0, 5))).validate();
        assertThat(fields[5]).isEqualTo("pgdrift");
        assertThat(fields[6]).contains("pgdrift.jar run --config ");
    }

    @Test
    void jibIsConfiguredButNotBoundToTheBuild() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        Element jib = null;
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (text(plugin, "artifactId").equals("jib-maven-plugin")) {
                jib = plugin;
            }
        }
        assertThat(jib).isNotNull();
        assertThat(text(jib, "version")).isEqualTo("3.4.6");
        assertThat(jib.getElementsByTagName("executions").getLength()).as("bound to a lifecycle phase").isZero();
        Element from = (Element) jib.getElementsByTagName("from").item(0);
        assertThat(text(from, "image")).isEqualTo("eclipse-temurin:17-jre");
        assertThat(text(jib, "mainClass")).isEqualTo("io.pgdrift.app.Main");
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    /** Sections of a systemd unit file as maps of key to value (the last assignment of a key wins). */
    private static Map<String, Map<String, String>> ini(Path file) throws IOException {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
                continue;
            }
            if (trimmed.matches("\\[[A-Za-z]+]")) {
                current = sections.computeIfAbsent(trimmed.substring(1, trimmed.length() - 1), k -> new LinkedHashMap<>());
            } else {
                assertThat(current).as("%s: assignment before any section: %s", file, trimmed).isNotNull();
                assertThat(trimmed).as("%s: not key=value: %s", file, trimmed).matches("[A-Za-z]+=.*");
                String[] kv = trimmed.split("=", 2);
                current.put(kv[0], kv[1]);
            }
        }
        return sections;
    }
}
