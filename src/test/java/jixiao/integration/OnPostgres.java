package jixiao.integration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import jixiao.system.JixiaoApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole web application on a random port over a real PostgreSQL (embedded, started once per JVM), with the
 * same settings as {@link OnH2}. Every class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = JixiaoApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "jixiao.demo=true",
            "jixiao.demo-password=" + Credentials.DEMO_PASSWORD,
            "jixiao.admin-password=" + Credentials.ADMIN_PASSWORD,
            "jixiao.security-password=" + Credentials.SECURITY_PASSWORD,
            "jixiao.auditor-password=" + Credentials.AUDITOR_PASSWORD,
            // the tests play clients behind a proxy on this machine (X-Forwarded-For, X-Forwarded-Proto)
            "server.forward-headers-strategy=native",
            "jixiao.lockout.attempts=" + Credentials.LOCKOUT_ATTEMPTS,
            "jixiao.lockout.minutes=" + Credentials.LOCKOUT_MINUTES,
            "logging.level.io.zonky.test=WARN"
        })
@ContextConfiguration(initializers = PostgresDatabase.class)
@Import(SettableClock.Configuration.class)
public @interface OnPostgres {}
