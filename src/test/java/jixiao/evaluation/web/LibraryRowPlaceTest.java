package jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A row of the 常用指标库 goes where the official table has it, not at the end. */
class LibraryRowPlaceTest {

    /** 服务人次 (产出/数量), 服务对象满意度 (满意度), 节约资金 (效益/经济效益) in {@link IndicatorLibrary#ENTRIES}. */
    @ParameterizedTest(name = "{0} into {1} → {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            服务人次       | 产出指标/数量指标 产出指标/质量指标 效益指标/社会效益指标   | 产出指标/数量指标 产出指标/数量指标 产出指标/质量指标 效益指标/社会效益指标
            服务人次       | 产出指标/质量指标 效益指标/社会效益指标                   | 产出指标/质量指标 产出指标/数量指标 效益指标/社会效益指标
            服务人次       | 效益指标/社会效益指标 满意度指标/服务对象满意度指标          | 产出指标/数量指标 效益指标/社会效益指标 满意度指标/服务对象满意度指标
            节约资金       | 产出指标/数量指标 满意度指标/服务对象满意度指标             | 产出指标/数量指标 效益指标/经济效益指标 满意度指标/服务对象满意度指标
            服务对象满意度 | 产出指标/数量指标 效益指标/社会效益指标                   | 产出指标/数量指标 效益指标/社会效益指标 满意度指标/服务对象满意度指标
            节约资金       | 产出指标/数量指标 /                                   | 产出指标/数量指标 / 效益指标/经济效益指标
            服务人次       | 成本指标/经济成本指标                                 | 成本指标/经济成本指标 产出指标/数量指标
            """)
    void aLibraryRowJoinsItsGroupInTheOrderOfTheOfficialTable(String entry, String rows, String expected) {
        EvaluationForm form = new EvaluationForm();
        form.setIndicators(rows(rows));
        int index = indexOf(entry);

        form.apply("library:" + index, IndicatorLibrary.ENTRIES);

        assertThat(form.getIndicators().stream()
                        .map(row -> text(row.getLevel1()) + "/" + text(row.getLevel2()))
                        .toList())
                .isEqualTo(List.of(expected.trim().split("\\s+")));
        assertThat(form.getIndicators().stream().filter(row -> entry.equals(row.getLevel3())))
                .hasSize(1);
    }

    private static List<EvaluationForm.IndicatorRow> rows(String rows) {
        return java.util.Arrays.stream(rows.trim().split("\\s+"))
                .map(groups -> {
                    String[] levels = groups.split("/", -1);
                    EvaluationForm.IndicatorRow row = new EvaluationForm.IndicatorRow();
                    row.setLevel1(levels[0]);
                    row.setLevel2(levels[1]);
                    return row;
                })
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    }

    private static int indexOf(String level3) {
        for (int i = 0; i < IndicatorLibrary.ENTRIES.size(); i++) {
            if (IndicatorLibrary.ENTRIES.get(i).level3().equals(level3)) {
                return i;
            }
        }
        throw new IllegalArgumentException(level3);
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
