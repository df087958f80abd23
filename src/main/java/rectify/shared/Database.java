package rectify.shared;

import java.sql.SQLException;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The database the application runs on, as far as a read must know it: whether it is PostgreSQL (the production
 * database, with its character index and plan settings) or H2 (the demo and most tests).
 */
@Component
public class Database {

    /** Marks a transaction that keeps plans already, so reads within reads set nothing twice. */
    private static final Object KEPT_PLANS = new Object();

    private final JdbcClient jdbc;
    private final boolean postgreSql;

    Database(DataSource dataSource, JdbcClient jdbc) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            postgreSql = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgresql");
        }
    }

    public boolean isPostgreSql() {
        return postgreSql;
    }

    /**
     * Runs reads that find rows by their ids (or an entry whose every statement does) with plans PostgreSQL keeps,
     * then plans every statement for its values again. The application's connections plan each statement anew
     * (application-postgres.properties, decision 0011), because a plan kept for "any scope" or "any text" can be
     * ruinous for the scope or text at hand; a read by ids has one best plan whatever the ids, and planning the
     * ledger's description of a page (joins and aggregates over fifty ids) cost more than running it. Outside a transaction the setting would not hold, and
     * the reads are planned as every statement is.
     */
    public <T> T withKeptPlans(Supplier<T> readsByIds) {
        if (!postgreSql || !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.hasResource(KEPT_PLANS)) {
            return readsByIds.get();
        }
        jdbc.sql("set local plan_cache_mode = auto").update();
        TransactionSynchronizationManager.bindResource(KEPT_PLANS, Boolean.TRUE);
        T read;
        try {
            read = readsByIds.get();
        } finally {
            TransactionSynchronizationManager.unbindResource(KEPT_PLANS);
        }
        // after a failure the transaction is rolled back, and the setting with it
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        return read;
    }
}
