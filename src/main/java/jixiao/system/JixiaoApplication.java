package jixiao.system;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The web application: `./jixiao serve` or `java -jar target/jixiao.jar serve`. */
@SpringBootApplication(scanBasePackages = "jixiao")
public class JixiaoApplication {

    /**
     * Started as {@code ./jixiao serve}: in demo mode the whole demo region is loaded at first start (tests and
     * embedding applications start the context without it); {@code JIXIAO_DEMO_REGION=false} leaves it out.
     */
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(JixiaoApplication.class);
        String demoRegion = System.getenv("JIXIAO_DEMO_REGION");
        application.setDefaultProperties(Map.of("jixiao.demo-region", demoRegion == null ? "true" : demoRegion));
        application.run(args);
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
