package jixiao.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start, before the demo data is loaded: the seed's framework becomes the active one where none is stored. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefaultUnitFramework implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultUnitFramework.class);

    private final UnitFrameworks frameworks;

    DefaultUnitFramework(UnitFrameworks frameworks) {
        this.frameworks = frameworks;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (frameworks.storeDefaultIfNone()) {
            LOG.info("The default whole-unit framework is stored as the active one");
        }
    }
}
