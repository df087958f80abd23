package rectify;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class RectifyApplication {

    /** Commands run on the server instead of the web application: {@code java -jar rectify.jar <command> …}. */
    static final Set<String> COMMANDS = Set.of("reset-password", "verify-audit", "backup", "restore");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(SpringApplication.exit(new SpringApplicationBuilder(RectifyApplication.class)
                    .web(WebApplicationType.NONE).properties("rectify.command=" + args[0]).run(args)));
        }
        SpringApplication.run(RectifyApplication.class, args);
    }
}
