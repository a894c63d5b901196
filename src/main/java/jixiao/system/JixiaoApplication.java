package jixiao.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The web application: `./jixiao serve` or `java -jar target/jixiao.jar serve`. */
@SpringBootApplication(scanBasePackages = "jixiao")
public class JixiaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }

    /**
     * The one clock of the system, in the zone of {@code jixiao.time-zone} (Asia/Shanghai): the times the pages show
     * and the dates the documents carry are Chinese office hours whatever zone the server runs in. Rules never read
     * it; services pass dates in.
     */
    @Bean
    Clock clock(@Value("${jixiao.time-zone}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
