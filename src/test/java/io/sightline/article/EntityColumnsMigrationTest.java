package io.sightline.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.sightline.LocalPostgres;

/**
 * V110 turns the six entity tables into columns of the article row: a store from before keeps its
 * entities. Builds the V100 schema with Flyway, stores articles the old way (rows in the entity
 * tables), migrates to the latest version and reads the columns back as the entity does. On a
 * fresh H2 database in the normal run, on a PostgreSQL server of its own in the pom's PostgreSQL run.
 */
class EntityColumnsMigrationTest {

    @Test
    void migrationCopiesEveryEntitySetIntoTheArticleRow() throws SQLException {
        if ("postgresql".equals(System.getProperty("sightline.test.database"))) {
            try (LocalPostgres server = LocalPostgres.start()) {
                migrateAndCheck(server.jdbcUrl(), LocalPostgres.USER);
            }
        } else {
            migrateAndCheck("jdbc:h2:mem:entity-columns-migration;DB_CLOSE_DELAY=-1", "sa");
        }
    }

    private void migrateAndCheck(String url, String user) throws SQLException {
        flyway(url, user).target("100").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement sql = connection.createStatement()) {
            sql.execute("insert into article (id, imported_at, content_hash, source, title, body, mentions) values "
                    + "(1, current_timestamp, 'h1', 'Wire', 'Tanks for Kyiv', 'Body one', '{}'), "
                    + "(2, current_timestamp, 'h2', 'Wire', 'Nothing found', 'Body two', null)");
            sql.execute("insert into article_person values (1, 'Volodymyr Zelensky'), (1, 'Olaf Scholz')");
            sql.execute("insert into article_country values (1, 'UA'), (1, 'DE')");
            sql.execute("insert into article_weapon values (1, 'Leopard 2A6'), (1, 'F/A-18 Super Hornet')");
            sql.execute("insert into article_organisation values (1, 'NATO')");
            sql.execute("insert into article_weapon_type values (1, 'main battle tank'), (1, 'fighter aircraft')");
            sql.execute("insert into article_weapon_origin values (1, 'DE'), (1, 'US')");
        }

        flyway(url, user).load().migrate();

        EntitySetColumn column = new EntitySetColumn();
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement sql = connection.createStatement()) {
            try (ResultSet row = sql.executeQuery("select people, countries, weapons, organisations, weapon_types, "
                    + "weapon_origins, mentions from article where id = 1")) {
                row.next();
                assertEquals(Set.of("Volodymyr Zelensky", "Olaf Scholz"), column.convertToEntityAttribute(row.getString(1)));
                assertEquals(Set.of("UA", "DE"), column.convertToEntityAttribute(row.getString(2)));
                assertEquals(Set.of("Leopard 2A6", "F/A-18 Super Hornet"), column.convertToEntityAttribute(row.getString(3)));
                assertEquals(Set.of("NATO"), column.convertToEntityAttribute(row.getString(4)));
                assertEquals(Set.of("main battle tank", "fighter aircraft"), column.convertToEntityAttribute(row.getString(5)));
                assertEquals(Set.of("DE", "US"), column.convertToEntityAttribute(row.getString(6)));
                assertEquals("{}", row.getString(7));
            }
            try (ResultSet row = sql.executeQuery("select people, countries, weapons from article where id = 2")) {
                row.next();
                assertNull(row.getString(1));
                assertNull(row.getString(2));
                assertNull(row.getString(3));
            }
            try (ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    assertFalse(tables.getString("TABLE_NAME").toLowerCase().startsWith("article_"),
                            "left after the migration: " + tables.getString("TABLE_NAME"));
                }
            }
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user) {
        return Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration");
    }

    @Test
    void columnRoundTripsASetAndWritesNoneAsNull() {
        EntitySetColumn column = new EntitySetColumn();
        Set<String> values = Set.of("Zeta", "Alpha", "F/A-18 Super Hornet, Block III");
        assertEquals("Alpha\nF/A-18 Super Hornet, Block III\nZeta", column.convertToDatabaseColumn(values));
        assertEquals(values, column.convertToEntityAttribute(column.convertToDatabaseColumn(values)));
        assertNull(column.convertToDatabaseColumn(Set.of()));
        assertEquals(Set.of(), column.convertToEntityAttribute(null));
        assertEquals(Set.of("two lines"), column.convertToEntityAttribute(column.convertToDatabaseColumn(Set.of("two\nlines"))));
    }
}
