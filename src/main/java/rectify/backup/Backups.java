package rectify.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A backup is a folder: {@code tables/<table>.jsonl} (one row a line, every table of the application read in one
 * repeatable-read snapshot), {@code files/…} (the evidence store and the audit chain's key and anchors) and
 * {@code manifest.json} with the schema version, each table's row count and every file's SHA-256. A restore checks
 * every hash first, needs an empty database at the same schema version and an empty data folder, writes all rows in
 * one transaction and copies the files checking their hashes; if anything fails, nothing of it stays.
 */
@Service
public class Backups {

    static final String MANIFEST = "manifest.json";
    private static final String HISTORY = "flyway_schema_history";

    /** What a backup or a restore did. */
    public record Summary(Path folder, int tables, long rows, int files, String schemaVersion) {
    }

    private final DataSource dataSource;
    private final JsonMapper json;
    private final Clock clock;
    private final Path dataDir;
    private final rectify.evidence.Evidence evidence;
    private final rectify.shared.Database database;

    Backups(DataSource dataSource, JsonMapper json, Clock clock, @Value("${rectify.data-dir}") Path dataDir,
            rectify.evidence.Evidence evidence, rectify.shared.Database database) {
        this.evidence = evidence;
        this.database = database;
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.dataDir = dataDir;
    }

    public Summary backup(Path folder) throws IOException, SQLException {
        if (Files.exists(folder) && !isEmpty(folder)) {
            throw new IllegalArgumentException("备份目录须为空或不存在 the backup folder must be empty or new: " + folder);
        }
        Files.createDirectories(folder.resolve("tables"));
        ObjectNode manifest = json.createObjectNode();
        manifest.put("format", 1);
        manifest.put("createdAt", clock.instant().toString());
        var tables = manifest.putArray("tables");
        long rows = 0;
        Set<String> contents = new java.util.TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            manifest.put("schemaVersion", schemaVersion(connection));
            // the evidence files are those the snapshot refers to; stored by content, they never change
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select distinct sha256 from attachment")) {
                while (rs.next()) {
                    contents.add(rs.getString(1));
                }
            }
            for (String table : tablesInOrder(connection)) {
                Path file = folder.resolve("tables").resolve(table.toLowerCase(Locale.ROOT) + ".jsonl");
                long count = exportTable(connection, table, file);
                rows += count;
                tables.addObject().put("name", table.toLowerCase(Locale.ROOT)).put("rows", count)
                        .put("sha256", sha256(file));
            }
            connection.commit();
        }
        var files = manifest.putArray("files");
        for (Path relative : filesToKeep(contents)) {
            Path source = dataDir.resolve(relative);
            Path target = folder.resolve("files").resolve(relative.toString());
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            files.addObject().put("path", relative.toString().replace('\\', '/')).put("size", Files.size(target))
                    .put("sha256", sha256(target));
        }
        Files.writeString(folder.resolve(MANIFEST), json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        return new Summary(folder, tables.size(), rows, files.size(), manifest.get("schemaVersion").asString());
    }

    public Summary restore(Path folder) throws IOException, SQLException {
        JsonNode manifest = json.readTree(Files.readString(folder.resolve(MANIFEST)));
        // every hash is checked before anything is written
        for (JsonNode table : manifest.get("tables")) {
            requireHash(folder.resolve("tables").resolve(table.get("name").asString() + ".jsonl"),
                    table.get("sha256").asString());
        }
        for (JsonNode file : manifest.get("files")) {
            requireHash(folder.resolve("files").resolve(file.get("path").asString()), file.get("sha256").asString());
        }
        if (!dataFiles().isEmpty()) {
            throw new IllegalStateException("数据目录中已有佐证材料，只能恢复到空的数据目录 the data folder already holds files: "
                    + dataDir.toAbsolutePath());
        }
        List<Path> copied = new ArrayList<>();
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            String version = schemaVersion(connection);
            if (!version.equals(manifest.get("schemaVersion").asString())) {
                throw new IllegalStateException("备份的数据库版本为 " + manifest.get("schemaVersion").asString()
                        + "，本程序为 " + version + "，请用相同版本的程序恢复 the backup is of schema version "
                        + manifest.get("schemaVersion").asString() + ", this program's is " + version);
            }
            List<String> order = tablesInOrder(connection);
            for (String table : order) {
                if (hasRows(connection, table)) {
                    throw new IllegalStateException("数据库不是空的（" + table + " 表中已有数据），只能恢复到空数据库"
                            + " the database is not empty: " + table);
                }
            }
            try {
                for (String table : order) {
                    Path file = folder.resolve("tables").resolve(table.toLowerCase(Locale.ROOT) + ".jsonl");
                    if (Files.exists(file)) {
                        rows += importTable(connection, table, file);
                    }
                }
                restartIdentities(connection, order);
                for (JsonNode file : manifest.get("files")) {
                    Path source = folder.resolve("files").resolve(file.get("path").asString());
                    Path target = dataDir.resolve(file.get("path").asString());
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target);
                    copied.add(target);
                    requireHash(target, file.get("sha256").asString());
                }
                connection.commit();
            } catch (IOException | SQLException | RuntimeException e) {
                connection.rollback();
                for (Path file : copied) {
                    Files.deleteIfExists(file);
                }
                throw e;
            }
        }
        return new Summary(folder, manifest.get("tables").size(), rows, copied.size(),
                manifest.get("schemaVersion").asString());
    }

    /** The evidence files the database refers to, and the audit chain's key and anchors, relative to the data folder. */
    private List<Path> filesToKeep(Set<String> contents) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String sha256 : contents) {
            Path file = evidence.storedFile(sha256);
            if (!Files.isRegularFile(dataDir.resolve(file))) {
                throw new IllegalStateException("数据库引用的佐证材料文件缺失，备份未完成 an evidence file the database refers to is"
                        + " missing: " + file);
            }
            files.add(file);
        }
        for (String name : List.of("audit-chain.key", "audit-anchors.log")) {
            if (Files.isRegularFile(dataDir.resolve(name))) {
                files.add(Path.of(name));
            }
        }
        return files;
    }

    /** What a data folder holds that a restore would overwrite: evidence files, the audit chain's key and anchors. */
    private List<Path> dataFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        Path evidence = dataDir.resolve("evidence");
        if (Files.isDirectory(evidence)) {
            try (Stream<Path> walk = Files.walk(evidence)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(evidence.resolve("tmp"))).sorted()
                        .forEach(files::add);
            }
        }
        for (String name : List.of("audit-chain.key", "audit-anchors.log")) {
            if (Files.isRegularFile(dataDir.resolve(name))) {
                files.add(dataDir.resolve(name));
            }
        }
        return files;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             // Flyway writes its table with quoted lower-case names
             ResultSet rs = statement.executeQuery("select \"version\" from \"" + HISTORY + "\" where \"success\" = true"
                     + " and \"version\" is not null order by \"installed_rank\"")) {
            String last = "";
            while (rs.next()) {
                last = rs.getString(1);
            }
            return last;
        }
    }

    /** The application's tables, each after the tables it refers to, so rows can be written in this order. */
    public static List<String> tablesInOrder(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                // sessions are not kept: after a restore everyone signs in again
                if (!name.equalsIgnoreCase(HISTORY) && !name.toLowerCase(Locale.ROOT).startsWith("spring_session")) {
                    references.put(name, new LinkedHashSet<>());
                }
            }
        }
        for (String table : references.keySet()) {
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(table) && references.containsKey(parent)) {
                        references.get(table).add(parent);
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < references.size()) {
            boolean progress = false;
            for (var entry : references.entrySet()) {
                if (!order.contains(entry.getKey()) && order.containsAll(entry.getValue())) {
                    order.add(entry.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("tables refer to each other in a cycle: " + references);
            }
        }
        return order;
    }

    /**
     * The columns a table stores, with their JDBC types; columns the database computes (the text search's index)
     * are left out of the copy and computed again on restore.
     */
    private static Map<String, Integer> storedColumns(Connection connection, String table) throws SQLException {
        Map<String, Integer> types = new LinkedHashMap<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
            while (rs.next()) {
                if (!"YES".equalsIgnoreCase(rs.getString("IS_GENERATEDCOLUMN"))) {
                    types.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("DATA_TYPE"));
                }
            }
        }
        return types;
    }

    private long exportTable(Connection connection, String table, Path file) throws SQLException, IOException {
        Map<String, Integer> stored = storedColumns(connection, table);
        long count = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select * from " + table + orderBy(connection, table));
             BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ResultSetMetaData columns = rs.getMetaData();
            while (rs.next()) {
                ObjectNode row = json.createObjectNode();
                for (int c = 1; c <= columns.getColumnCount(); c++) {
                    String name = columns.getColumnLabel(c).toLowerCase(Locale.ROOT);
                    if (!stored.containsKey(name)) {
                        continue;
                    }
                    String value = text(rs, c, columns.getColumnType(c));
                    if (value == null) {
                        row.putNull(name);
                    } else {
                        row.put(name, value);
                    }
                }
                out.write(json.writeValueAsString(row));
                out.write('\n');
                count++;
            }
        }
        return count;
    }

    /** Rows in the order of their primary key, so a table that refers to itself (org units) restores parents first. */
    private static String orderBy(Connection connection, String table) throws SQLException {
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getPrimaryKeys(null, connection.getSchema(), table)) {
            while (rs.next()) {
                keys.add(rs.getString("COLUMN_NAME"));
            }
        }
        return keys.isEmpty() ? "" : " order by " + String.join(", ", keys);
    }

    private static String text(ResultSet rs, int column, int type) throws SQLException {
        Object value = rs.getObject(column);
        if (value == null) {
            return null;
        }
        return switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP ->
                    rs.getObject(column, OffsetDateTime.class).toInstant().toString();
            case Types.DATE -> rs.getObject(column, LocalDate.class).toString();
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    Base64.getEncoder().encodeToString(rs.getBytes(column));
            default -> rs.getString(column);
        };
    }

    private long importTable(Connection connection, String table, Path file) throws SQLException, IOException {
        Map<String, Integer> types = storedColumns(connection, table);
        List<String> columns = new ArrayList<>(types.keySet());
        String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        long count = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql);
             Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                for (int c = 0; c < columns.size(); c++) {
                    JsonNode value = row.get(columns.get(c));
                    bind(insert, c + 1, types.get(columns.get(c)), value == null || value.isNull() ? null : value.asString());
                }
                insert.addBatch();
                if (++count % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    private static void bind(PreparedStatement statement, int index, int type, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> statement.setLong(index, Long.parseLong(value));
            case Types.BOOLEAN, Types.BIT -> statement.setBoolean(index, Boolean.parseBoolean(value) || "t".equals(value));
            case Types.DECIMAL, Types.NUMERIC -> statement.setBigDecimal(index, new BigDecimal(value));
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> statement.setDouble(index, Double.parseDouble(value));
            case Types.DATE -> statement.setObject(index, LocalDate.parse(value));
            case Types.TIMESTAMP_WITH_TIMEZONE -> statement.setObject(index, Instant.parse(value).atOffset(java.time.ZoneOffset.UTC));
            case Types.TIMESTAMP -> statement.setTimestamp(index, Timestamp.from(Instant.parse(value)));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> statement.setBytes(index, Base64.getDecoder().decode(value));
            default -> statement.setString(index, value);
        }
    }

    /** New rows get ids after the restored ones. */
    private void restartIdentities(Connection connection, List<String> tables) throws SQLException {
        boolean postgres = database.isPostgreSql();
        for (String table : tables) {
            try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
                while (rs.next()) {
                    if (!"YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
                        continue;
                    }
                    String column = rs.getString("COLUMN_NAME");
                    long next;
                    try (Statement statement = connection.createStatement();
                         ResultSet max = statement.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table)) {
                        max.next();
                        next = max.getLong(1);
                    }
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(postgres
                                ? "select setval(pg_get_serial_sequence('" + table + "', '" + column + "'), " + next + ", false)"
                                : "alter table " + table + " alter column " + column + " restart with " + next);
                    }
                }
            }
        }
    }

    private static boolean hasRows(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select 1 from " + table + " fetch first 1 rows only")) {
            return rs.next();
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void requireHash(Path file, String expected) throws IOException {
        if (!Files.isRegularFile(file) || !sha256(file).equals(expected)) {
            throw new IllegalStateException("备份文件缺失或已被改动，恢复未进行 a file of the backup is missing or changed: " + file);
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"));
             OutputStream none = OutputStream.nullOutputStream()) {
            in.transferTo(none);
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
