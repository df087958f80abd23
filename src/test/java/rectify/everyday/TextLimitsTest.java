package rectify.everyday;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every text a person can type has its limit checked where the value is kept (the entity's {@code @Size}), so a
 * text that is too long is refused with a sentence naming the field and its limit, never by the database. This
 * pins each limit to the column it guards: a migration that changes a column's length fails here until the
 * entity says the same.
 */
@SpringBootTest
@ActiveProfiles("test")
class TextLimitsTest {

    @Autowired
    EntityManagerFactory entities;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyTextColumnHasItsLimitCheckedOnTheEntity() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (var type : entities.getMetamodel().getEntities()) {
            Class<?> entity = type.getJavaType();
            String table = entity.getAnnotation(Table.class).name();
            List<Field> fields = new ArrayList<>(List.of(entity.getDeclaredFields()));
            for (Field embedded : entity.getDeclaredFields()) {
                if (embedded.isAnnotationPresent(jakarta.persistence.Embedded.class)) {
                    fields.addAll(List.of(embedded.getType().getDeclaredFields()));
                }
            }
            for (Field field : fields) {
                if (field.getType() != String.class || Modifier.isStatic(field.getModifiers())
                        || field.isAnnotationPresent(jakarta.persistence.Transient.class)) {
                    continue;
                }
                Column column = field.getAnnotation(Column.class);
                String name = column != null && !column.name().isEmpty() ? column.name()
                        : field.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
                Long length = jdbc.sql("""
                        select character_maximum_length from information_schema.columns
                        where lower(table_name) = ? and lower(column_name) = ?""")
                        .params(table, name).query(Long.class).optional().orElse(null);
                if (length == null || length > 1_000_000) {
                    continue;
                }
                checked++;
                Size size = field.getAnnotation(Size.class);
                if (size == null || size.max() != length) {
                    missing.add(entity.getSimpleName() + "." + field.getName() + " (" + table + "." + name
                            + " varchar(" + length + "), @Size max " + (size == null ? "none" : size.max()) + ")");
                }
            }
        }
        assertThat(checked).as("text columns found").isGreaterThan(40);
        assertThat(missing).as("text fields whose limit is not checked on the entity").isEmpty();
    }
}
