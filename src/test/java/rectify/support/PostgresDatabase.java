package rectify.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points an application context at the PostgreSQL of {@code RECTIFY_TEST_POSTGRES_URL}, in a schema of its own that
 * is dropped when the tests end, so runs never see each other's data.
 */
public final class PostgresDatabase {

    public static final String URL_VARIABLE = "RECTIFY_TEST_POSTGRES_URL";

    private PostgresDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        String url = System.getenv(URL_VARIABLE);
        String user = System.getenv().getOrDefault("RECTIFY_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("RECTIFY_TEST_POSTGRES_PASSWORD", "");
        String schema = "rectify_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> user);
        registry.add("spring.datasource.password", () -> password);
        registry.add("spring.datasource.hikari.schema", () -> schema);
        // the connection settings production runs with (the postgres profile's), so the tests see what it sees
        productionConnectionSettings().forEach((key, value) -> registry.add(key, () -> value));
        // the test contexts stay cached side by side: small pools keep them all within PostgreSQL's connection limit
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("spring.flyway.default-schema", () -> schema);
        registry.add("spring.jpa.properties.hibernate.default_schema", () -> schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(url, user, password, schema)));
    }

    private static java.util.Map<String, String> productionConnectionSettings() {
        try {
            java.util.Properties profile = org.springframework.core.io.support.PropertiesLoaderUtils.loadProperties(
                    new org.springframework.core.io.ClassPathResource("application-postgres.properties"));
            java.util.Map<String, String> settings = new java.util.TreeMap<>();
            profile.stringPropertyNames().stream().filter(key -> key.startsWith("spring.datasource.hikari."))
                    .forEach(key -> settings.put(key, profile.getProperty(key)));
            return settings;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void drop(String url, String user, String password, String schema) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }
}
