package rectify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import rectify.support.PostgresDatabase;

/** In CI the PostgreSQL suites must run: a missing database URL fails the build instead of skipping them. */
class PostgresRunsInCiTest {

    @Test
    void ciConfiguresPostgres() {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(System.getenv(PostgresDatabase.URL_VARIABLE))
                    .as("CI must set " + PostgresDatabase.URL_VARIABLE).isNotBlank();
        }
    }
}
