package dk.fleksjob.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The fleksjob server: the rules library as an HTTP API ({@code /api/v1}) and as citizen pages built on Det Fælles
 * Designsystem. Started by {@code java -jar fleksjob-server/target/fleksjob-server.jar} on port 8080.
 */
@SpringBootApplication
public class FleksjobServer {

    public static void main(String[] args) {
        SpringApplication.run(FleksjobServer.class, args);
    }
}
