package th.localnews.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import th.localnews.testkit.PostgresInfrastructure.DatabaseConnection;

class PostgresInfrastructureIT {

    @Test
    void givesEachCallerItsOwnEmptyDatabaseOnPostgres17() throws SQLException {
        DatabaseConnection first = PostgresInfrastructure.createDatabase("Feed Service");
        DatabaseConnection second = PostgresInfrastructure.createDatabase("Feed Service");

        execute(first, "CREATE TABLE marker (id int)");

        assertThat(first.url()).isNotEqualTo(second.url()).contains("/it_feed_service_");
        assertThat(query(first, "SELECT count(*) FROM pg_tables WHERE tablename = 'marker'")).isEqualTo(1);
        assertThat(query(second, "SELECT count(*) FROM pg_tables WHERE tablename = 'marker'")).isZero();
        assertThat(query(second, "SELECT current_setting('server_version_num')::int / 10000")).isEqualTo(17);
    }

    private static void execute(DatabaseConnection database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int query(DatabaseConnection database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }

    private static Connection connect(DatabaseConnection database) throws SQLException {
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }
}
