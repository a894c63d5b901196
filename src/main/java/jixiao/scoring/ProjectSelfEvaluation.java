package jixiao.scoring;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * 项目支出绩效自评表 of one project. {@code funds}, {@code goals} and {@code claimed} may be null where the
 * report printed none; {@code tableMissing} is true where the report printed no table at all.
 */
public record ProjectSelfEvaluation(
        String name,
        @Nullable String competentDepartment,
        @Nullable String implementingUnit,
        @Nullable String filledBy,
        @Nullable Funds funds,
        @Nullable Goals goals,
        List<Indicator> indicators,
        @Nullable ClaimedProject claimed,
        boolean tableMissing) {
    public ProjectSelfEvaluation {
        Objects.requireNonNull(name, "name");
        indicators = List.copyOf(indicators);
    }
}
