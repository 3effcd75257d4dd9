import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates a PostgreSQL database when it is missing; with --recreate, drops it first (closing its sessions).
 * Run as a single-file program, so that no psql is needed:
 *
 * <pre>java -cp postgresql.jar CreateDatabase.java jdbc:postgresql://host:port/postgres user password dbname [--recreate]</pre>
 */
public class CreateDatabase {

    public static void main(String[] args) throws SQLException {
        if (args.length < 4 || args.length > 5 || (args.length == 5 && !args[4].equals("--recreate"))) {
            System.err.println(
                    "usage: CreateDatabase <jdbc-url-of-an-existing-db> <user> <password> <dbname> [--recreate]");
            System.exit(2);
        }
        String url = args[0], user = args[1], password = args[2], name = args[3];
        boolean recreate = args.length == 5;
        String quoted = '"' + name.replace("\"", "\"\"") + '"';

        try (Connection db = DriverManager.getConnection(url, user, password);
                Statement sql = db.createStatement()) {
            if (recreate) {
                sql.execute("DROP DATABASE IF EXISTS " + quoted + " WITH (FORCE)"); // PostgreSQL 13+
            }
            if (exists(db, name)) {
                System.out.println("database " + name + " exists");
            } else {
                sql.execute("CREATE DATABASE " + quoted + " ENCODING 'UTF8'");
                System.out.println("database " + name + (recreate ? " recreated" : " created"));
            }
        }
    }

    private static boolean exists(Connection db, String name) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
