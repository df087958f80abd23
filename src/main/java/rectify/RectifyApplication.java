package rectify;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RectifyApplication {
    public static void main(String[] args) {
        SpringApplication.run(RectifyApplication.class, args);
    }
}
