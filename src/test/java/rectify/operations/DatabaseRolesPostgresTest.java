package rectify.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import rectify.RectifyApplication;
import rectify.audit.AuditChain;
import rectify.support.PostgresDatabase;

/**
 * On PostgreSQL the application connects as a role that owns nothing: the migrations run as the schema's owner, and
 * the application's role can work the ledger and add to the audit log but cannot change, empty or unguard it.
 */
@EnabledIfEnvironmentVariable(named = PostgresDatabase.URL_VARIABLE, matches = ".+")
class DatabaseRolesPostgresTest {

    static final String URL = System.getenv(PostgresDatabase.URL_VARIABLE);
    static final String ADMIN = System.getenv().getOrDefault("RECTIFY_TEST_POSTGRES_USER", "postgres");

    static void as(String user, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, user, "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void theApplicationsRoleCannotChangeEmptyOrUnguardTheAuditLog() throws Exception {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String owner = "rectify_owner_" + suffix;
        String app = "rectify_app_" + suffix;
        String schema = "rectify_roles_" + suffix;
        as(ADMIN, "create role " + owner + " login", "create role " + app + " login",
                "create schema " + schema + " authorization " + owner);
        try (ConfigurableApplicationContext rectify = new SpringApplicationBuilder(RectifyApplication.class)
                .web(WebApplicationType.NONE).run("--spring.datasource.url=" + URL, "--spring.datasource.username=" + app,
                        "--spring.datasource.hikari.schema=" + schema, "--spring.datasource.hikari.maximum-pool-size=2",
                        "--spring.flyway.user=" + owner, "--spring.flyway.password=",
                        "--spring.flyway.schemas=" + schema, "--spring.flyway.default-schema=" + schema,
                        "--spring.flyway.placeholders.app_role=" + app,
                        "--spring.jpa.properties.hibernate.default_schema=" + schema,
                        "--rectify.data-dir=target/test-data/roles-" + suffix,
                        "--rectify.admin.initial-password=Initial-Admin-Pass-1", "--rectify.reminders.cron=-",
                        "--rectify.audit.seal-every=PT1H", "--logging.level.root=WARN")) {
            // the application started, made its administrators and audited it, as the role that owns nothing
            AuditChain chain = rectify.getBean(AuditChain.class);
            chain.seal();
            assertThat(chain.verify().intact()).isTrue();
            assertThat(chain.verify().events()).isPositive();
            String audit = schema + ".audit_event";
            assertThatThrownBy(() -> as(app, "update " + audit + " set summary = 'x'")).hasMessageContaining("denied");
            assertThatThrownBy(() -> as(app, "delete from " + schema + ".audit_seal")).hasMessageContaining("denied");
            assertThatThrownBy(() -> as(app, "truncate " + audit + " cascade")).hasMessageContaining("denied");
            assertThatThrownBy(() -> as(app, "alter table " + audit + " disable trigger audit_event_no_update_or_delete"))
                    .hasMessageContaining("owner");
            assertThatThrownBy(() -> as(app, "drop table " + audit + " cascade")).hasMessageContaining("owner");
            // the ledger itself is the application's to work
            as(app, "update " + schema + ".app_user set display_name = display_name");
        } finally {
            as(ADMIN, "drop schema if exists " + schema + " cascade", "drop owned by " + app, "drop owned by " + owner,
                    "drop role " + app, "drop role " + owner);
        }
    }
}
