package rectify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import rectify.org.OrgUnitKind;
import rectify.org.Role;

/** Every text exists in Chinese and in English; every key a page or the code uses exists. */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> chinese = load("messages.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        assertThat(difference(chinese, english)).as("keys missing in English").isEmpty();
        assertThat(difference(english, chinese)).as("keys missing in Chinese").isEmpty();
    }

    @Test
    void chineseIsTheDefault() throws IOException {
        assertThat(load("messages.properties").getProperty("app.name")).isEqualTo("整改通");
    }

    @Test
    void everyKeyUsedInPagesExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(difference(used, keys)).as("keys used in templates but missing").isEmpty();
    }

    @Test
    void everyMessageKeyInTheCodeExists() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"((?:error|validation|auth|org|user|role|password|token|login|inspection|round|category|problem|measure|progress|evidence|ledger|lifecycle|extension|reviews|document|report|import|notification|reminder|webhook|delivery|supervision|dashboard|outcome)\\.[a-zA-Z.]*[a-zA-Z])\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        used.remove("rectify.security.password");
        assertThat(used).isNotEmpty();
        assertThat(difference(used, keys)).as("keys used in code but missing").isEmpty();
    }

    @Test
    void everyEnumValueHasALabel() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        for (Role role : Role.values()) {
            assertThat(keys).contains("role." + role.name());
        }
        for (OrgUnitKind kind : OrgUnitKind.values()) {
            assertThat(keys).contains("org.kind." + kind.name());
        }
        for (var status : rectify.inspection.ProblemStatus.values()) {
            assertThat(keys).contains("problem.status." + status.name());
        }
        for (var type : rectify.inspection.RectificationType.values()) {
            assertThat(keys).contains("problem.type." + type.name());
        }
        for (var warning : rectify.inspection.WarningLevel.values()) {
            assertThat(keys).contains("warning." + warning.name());
        }
        for (var source : rectify.inspection.InspectionSource.values()) {
            assertThat(keys).contains("inspection.source." + source.name());
        }
        for (var kind : rectify.inspection.InspectionKind.values()) {
            assertThat(keys).contains("inspection.kind." + kind.name());
        }
        for (var origin : rectify.inspection.ProblemOrigin.values()) {
            assertThat(keys).contains("problem.origin." + origin.name());
        }
        for (String entity : new String[] {"Problem", "Measure", "MeasureOrder", "ProgressReport", "Attachment"}) {
            assertThat(keys).contains("history.entity." + entity);
        }
        for (var transition : rectify.inspection.ProblemTransition.values()) {
            assertThat(keys).contains("lifecycle.action." + transition.name(), "lifecycle.step." + transition.name(),
                    "lifecycle.done." + transition.name());
        }
        for (var status : rectify.lifecycle.ClosureRequestStatus.values()) {
            assertThat(keys).contains("lifecycle.requestStatus." + status.name());
        }
        for (var status : rectify.lifecycle.ExtensionRequest.Status.values()) {
            assertThat(keys).contains("extension.status." + status.name());
        }
        for (var kind : rectify.lifecycle.Reviews.Kind.values()) {
            assertThat(keys).contains("reviews.kind." + kind.name());
        }
        for (String page : new String[] {"403", "404", "500", "refused", "other"}) {
            assertThat(keys).contains("errorPage." + page + ".title", "errorPage." + page + ".text");
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
