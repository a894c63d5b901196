package jixiao.system;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The web application: `./jixiao serve` or `java -jar target/jixiao.jar serve`. */
@SpringBootApplication(scanBasePackages = "jixiao")
public class JixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }

    /** The one clock of the system; rules never read it, services pass dates in. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
