package jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jixiao.account.Accounts;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.EvaluationStatus;
import jixiao.evaluation.Imports;
import jixiao.evaluation.ProjectEvaluations;
import jixiao.evaluation.Workflow;
import jixiao.integration.Api;
import jixiao.integration.Api.Download;
import jixiao.integration.Api.Response;
import jixiao.integration.Html;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Unit;
import jixiao.integration.ReportDocument;
import jixiao.organisation.BudgetUnits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages and the downloads, as {@link AccessScenarios} tries the API: every role of the same and of another region
 * against another unit's evaluation, reading (the editor, its history, the live re-score, the JSON and the documents
 * of the evaluation and of the unit's year) and acting (save, submit, approve, return through the page forms). Then
 * the editor itself: the 定性 tier select, the 一级/二级 grouping, and the English labels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PageScenarios {

    enum Actor {
        FILLER_OF_ANOTHER_REGION,
        UNIT_REVIEWER_OF_ANOTHER_REGION,
        BUREAU_OF_ANOTHER_REGION,
        FILLER_OF_ANOTHER_UNIT_OF_THE_REGION,
        UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION,
        BUREAU_OF_THE_REGION,
        ADMINISTRATOR,
        FILLER_OF_THE_UNIT,
        UNIT_REVIEWER_OF_THE_UNIT
    }

    /** What is read: a page or a download of one evaluation, or the unit's report of the evaluation's year. */
    enum Reading {
        EDITOR("/evaluations/%d"),
        HISTORY("/evaluations/%d/history"),
        RESCORE("/evaluations/%d/score"),
        JSON("/evaluations/%d/download"),
        XLSX("/evaluations/%d/document.xlsx"),
        DOCX("/evaluations/%d/document.docx"),
        PDF("/evaluations/%d/document.pdf"),
        UNIT_XLSX("/units/%d/%d/report.xlsx"),
        UNIT_DOCX("/units/%d/%d/report.docx"),
        UNIT_PDF("/units/%d/%d/report.pdf");

        final String path;

        Reading(String path) {
            this.path = path;
        }
    }

    /** What is done through a page form, on an evaluation in the state where the right role could do it. */
    enum Action {
        SAVE(EvaluationStatus.DRAFT, "/evaluations/%d"),
        SUBMIT(EvaluationStatus.DRAFT, "/evaluations/%d/submit"),
        UNIT_APPROVAL(EvaluationStatus.SUBMITTED, "/evaluations/%d/unit-approval"),
        APPROVAL(EvaluationStatus.UNIT_APPROVED, "/evaluations/%d/approval"),
        RETURN_SUBMITTED(EvaluationStatus.SUBMITTED, "/evaluations/%d/return"),
        RETURN_UNIT_APPROVED(EvaluationStatus.UNIT_APPROVED, "/evaluations/%d/return");

        final EvaluationStatus on;
        final String path;

        Action(EvaluationStatus on, String path) {
            this.on = on;
            this.path = path;
        }
    }

    private static final List<Actor> OUTSIDERS = List.of(
            Actor.FILLER_OF_ANOTHER_REGION,
            Actor.UNIT_REVIEWER_OF_ANOTHER_REGION,
            Actor.BUREAU_OF_ANOTHER_REGION,
            Actor.FILLER_OF_ANOTHER_UNIT_OF_THE_REGION,
            Actor.UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION);

    /**
     * Through the page forms, in the order of {@link Action}: SAVE SUBMIT UNIT_APPROVAL APPROVAL RETURN_SUBMITTED
     * RETURN_UNIT_APPROVED. 404: the evaluation is invisible; done: the evaluation changed; refused: the page said no
     * and nothing changed. The same rules as the API's table in {@link AccessScenarios}: the finance bureau sees only
     * what was sent to it (单位已审核), so a draft or a submission still with the unit is not found for it.
     */
    private static final String ACTIONS =
            """
            FILLER_OF_ANOTHER_REGION                     404     404     404     404     404     404
            UNIT_REVIEWER_OF_ANOTHER_REGION              404     404     404     404     404     404
            BUREAU_OF_ANOTHER_REGION                     404     404     404     404     404     404
            FILLER_OF_ANOTHER_UNIT_OF_THE_REGION         404     404     404     404     404     404
            UNIT_REVIEWER_OF_ANOTHER_UNIT_OF_THE_REGION  404     404     404     404     404     404
            BUREAU_OF_THE_REGION                         404     404     404     done    404     done
            ADMINISTRATOR                                refused refused refused refused refused refused
            FILLER_OF_THE_UNIT                           done    done    refused refused refused refused
            UNIT_REVIEWER_OF_THE_UNIT                    done    done    done    refused done    refused
            """;

    private static final AtomicInteger PROJECTS = new AtomicInteger();
    private static final Pattern SELECTED_TIER =
            Pattern.compile("<option value=\"(\\w+)\" selected=\"selected\"[^>]*>([^<]*)</option>");

    @LocalServerPort
    int port;

    @Autowired
    BudgetUnits units;

    @Autowired
    Accounts accounts;

    @Autowired
    ProjectEvaluations evaluations;

    @Autowired
    Workflow workflow;

    @Autowired
    Imports imports;

    Organisations organisations;
    Unit theUnit;
    final Map<Actor, Api> actors = new EnumMap<>(Actor.class);

    @BeforeAll
    void world() {
        organisations = new Organisations(units, accounts);
        AccessCast cast = AccessCast.of(organisations, port, "开封市", "新乡市");
        theUnit = cast.theUnit();
        // the same people as the access table's, under this table's names
        cast.actors().forEach((actor, api) -> actors.put(Actor.valueOf(actor.name()), api));
    }

    static Stream<Arguments> readings() {
        List<Arguments> table = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Reading reading : Reading.values()) {
                table.add(Arguments.of(actor, reading, OUTSIDERS.contains(actor) ? 404 : 200));
            }
        }
        return table.stream();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("readings")
    void anotherUnitsPagesAndDocumentsAreInvisibleToOutsiders(Actor actor, Reading reading, int expected) {
        // sent to the finance bureau, so that everyone inside the unit and its region reads it
        Target target = evaluationIn(EvaluationStatus.UNIT_APPROVED);

        Download response = read(actors.get(actor), reading, target);

        assertThat(response.status()).as(reading + " " + response.text()).isEqualTo(expected);
        if (expected == 404) {
            assertThat(response.text()).doesNotContain(target.name()).doesNotContain(theUnit.name());
            Download missing = read(actors.get(actor), reading, new Target(Long.MAX_VALUE, target.name(), 1990));
            assertThat(missing.status())
                    .as("an invisible evaluation looks like one that does not exist")
                    .isEqualTo(404);
        } else if (reading.ordinal() <= Reading.JSON.ordinal()) {
            assertThat(response.text()).contains(target.name());
        } else {
            assertThat(response.body().length).as("a document").isGreaterThan(1000);
            assertThat(response.header("Content-Disposition"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        }
    }

    static Stream<Arguments> actions() {
        List<Arguments> table = new ArrayList<>();
        ACTIONS.lines().forEach(line -> {
            String[] cells = line.trim().split("\\s+");
            if (cells.length != Action.values().length + 1) {
                throw new IllegalStateException("a row of the action table needs an outcome per action: " + line);
            }
            for (Action action : Action.values()) {
                table.add(Arguments.of(Actor.valueOf(cells[0]), action, cells[action.ordinal() + 1]));
            }
        });
        return table.stream();
    }

    @Test
    void theActionTableHasARowForEveryActor() {
        assertThat(actions().map(row -> row.get()[0]).distinct()).containsExactlyInAnyOrder((Object[]) Actor.values());
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("actions")
    void thePageFormsChangeOnlyWhatTheRoleMay(Actor actor, Action action, String expected) {
        Target target = evaluationIn(action.on);
        EvaluationRow before = row(target);

        Response response = actors.get(actor).postForm(action.path.formatted(target.id()), actionForm(action, target));

        EvaluationRow after = row(target);
        boolean changed = after.version() != before.version() || after.status() != before.status();
        switch (expected) {
            case "404" -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(404);
                assertThat(response.body()).doesNotContain(target.name()).doesNotContain(theUnit.name());
                assertThat(changed).as("nothing changed").isFalse();
            }
            case "done" -> {
                assertThat(response.status()).as(response.toString()).isEqualTo(302);
                assertThat(changed).as("the evaluation changed").isTrue();
            }
            case "refused" -> {
                assertThat(response.status()).as(response.toString()).isIn(200, 302, 403);
                assertThat(changed).as("nothing changed").isFalse();
            }
            default -> throw new IllegalArgumentException(expected);
        }
    }

    // ---- the editor

    @Test
    void aQualitativeRowOffersTheThreeTiersWithTheirBandsAndSelectsTheClaimedScoresTier() {
        Target target = evaluationWithQualitativeRow("10");

        Response editor = page(target.id());

        String select = tierSelect(editor.body(), QUALITATIVE_ROW);
        assertThat(select)
                .contains("达成预期指标（8～10 分）")
                .contains("部分达成预期指标并具有一定效果（6～7.99 分）")
                .contains("未达成预期指标且效果较差（0～5.99 分）");
        assertThat(selectedTier(select)).isEqualTo("ACHIEVED");
        assertThat(editor.body()).contains("id=\"tier-band-" + QUALITATIVE_ROW + "\">8～10 分");
        assertThat(editor.body()).doesNotContain("id=\"tier-message-");
        assertThat(editor.body()).doesNotContain("id=\"tier-" + (QUALITATIVE_ROW - 1) + "\"");
    }

    @Test
    void choosingATierWhoseBandDoesNotHoldTheScoreSaysSo() {
        Target target = evaluationWithQualitativeRow("10");
        Map<String, String> form = editorForm(target);
        form.put(row(QUALITATIVE_ROW, "tier"), "PARTIAL");
        form.put(row(QUALITATIVE_ROW, "tierScore"), "10");

        Response sheet = rescore(target, form);

        assertThat(selectedTier(tierSelect(sheet.body(), QUALITATIVE_ROW))).isEqualTo("PARTIAL");
        assertThat(message(sheet.body(), "tier-message-" + QUALITATIVE_ROW))
                .isEqualTo("填报得分 10 不在所选档次“部分达成预期指标并具有一定效果”的区间（6～7.99 分）内：请在区间内打分，或选择得分所在的档次");
        assertThat(message(sheet.body(), "tier-hint-" + QUALITATIVE_ROW)).contains("“达成预期指标”");
    }

    @Test
    void aNewScoreMovesTheTierAndTheRulesStillReportAScoreOutsideTheTierOfTheActualValue() {
        Target target = evaluationWithQualitativeRow("10");
        Map<String, String> form = editorForm(target);
        form.put(row(QUALITATIVE_ROW, "claimedScore"), "7");
        form.put(row(QUALITATIVE_ROW, "tier"), "ACHIEVED");
        form.put(row(QUALITATIVE_ROW, "tierScore"), "10");

        Response sheet = rescore(target, form);

        assertThat(selectedTier(tierSelect(sheet.body(), QUALITATIVE_ROW))).isEqualTo("PARTIAL");
        assertThat(sheet.body()).doesNotContain("id=\"tier-message-");
        assertThat(sheet.body()).contains("QUALITATIVE_SCORE_OUT_OF_TIER");
    }

    @Test
    void theRowsAreGroupedByLevel1AndLevel2AndTheGroupsFollowAMovedRow() {
        Target target = evaluationWithQualitativeRow("10");

        String editor = page(target.id()).body();

        assertThat(message(editor, "level1-0")).startsWith("产出指标").endsWith("50");
        assertThat(message(editor, "level2-0")).startsWith("数量指标").endsWith("20");
        assertThat(message(editor, "level2-1")).startsWith("质量指标");
        assertThat(editor).doesNotContain("id=\"level1-1\"");
        assertThat(message(editor, "level1-4")).startsWith("效益指标").endsWith("30");
        assertThat(editor).doesNotContain("id=\"level2-5\"");
        assertThat(message(editor, "level1-6")).startsWith("满意度指标");
        assertThat(message(editor, "level2-6")).startsWith("服务对象满意度指标");

        Map<String, String> form = editorForm(target);
        form.put("action", "up:4");
        String moved = rescore(target, form).body();

        assertThat(message(moved, "level1-3")).startsWith("效益指标").endsWith("20");
        assertThat(message(moved, "level1-5")).startsWith("效益指标").endsWith("10");
        assertThat(message(moved, "level1-4")).startsWith("产出指标").endsWith("10");
        assertThat(message(moved, "level2-4")).startsWith("成本指标");
        assertThat(pageForm(moved).get("indicators[3].level3")).isEqualTo("办事效率提高");
    }

    @Test
    void inEnglishTheStatesGradesRolesAndErrorsAreEnglish() {
        Target target = evaluationIn(EvaluationStatus.DRAFT);
        Api filler = actors.get(Actor.FILLER_OF_THE_UNIT);

        String list = filler.get("/evaluations?lang=en&year=" + target.year(), "text/html")
                .body();
        String editor = filler.get("/evaluations/" + target.id() + "?lang=en", "text/html")
                .body();

        assertThat(list)
                .contains("tag-DRAFT\">Draft</span>")
                .contains("<td>Excellent</td>")
                .doesNotContain(">草稿<");
        assertThat(list).contains("<span>Filler</span>");
        assertThat(message(editor, "status")).isEqualTo("Draft");
        assertThat(message(editor, "grade")).isEqualTo("Excellent");
        assertThat(editor).contains("title=\"Move up\"").doesNotContain("上移");
        assertThat(editor)
                .as("the sheet's own punctuation follows the language, too")
                .contains("</span>: <strong id=\"status\">")
                .doesNotContain("</span>：", "</span>（");

        Map<String, String> form = editorForm(target);
        form.put(row(0, "weight"), "二十");
        Response refused = filler.postForm("/evaluations/" + target.id() + "?lang=en", form);
        assertThat(message(refused.body(), "error"))
                .isEqualTo("1 field(s) are wrong, nothing was saved: row 1: Weight should be a number, typed: “二十”");
        Response chinese = filler.postForm("/evaluations/" + target.id(), form);
        assertThat(message(chinese.body(), "error")).isEqualTo("有 1 处填写有误，未保存：第 1 行分值应为数字，填写的是“二十”");
    }

    @Test
    void inEnglishTheHistorySaysTheWorkflowMovesInEnglish() {
        Target target = evaluationIn(EvaluationStatus.UNIT_APPROVED);
        Api filler = actors.get(Actor.FILLER_OF_THE_UNIT);

        String english = filler.get("/evaluations/" + target.id() + "/history?lang=en", "text/html")
                .body();
        String chinese = filler.get("/evaluations/" + target.id() + "/history", "text/html")
                .body();

        assertThat(english)
                .contains("<td>Status</td><td>Draft</td><td>Submitted</td>")
                .contains("<td>Status</td><td>Submitted</td><td>Approved by the unit</td>")
                .contains("<span>Filler</span>")
                .doesNotContain("<td>状态</td>", "<td>草稿</td>", "<td>已提交</td>");
        assertThat(chinese)
                .contains("<td>状态</td><td>草稿</td><td>已提交</td>")
                .contains("<td>状态</td><td>已提交</td><td>单位已审核</td>");
    }

    // ---- the live re-score: the computed parts out of band while the sheet keeps its layout, else the whole sheet

    @Test
    void aPlainChangeThatKeepsTheLayoutIsAnsweredWithTheComputedPartsOutOfBandAndNoInputs() {
        Target target = evaluationWithQualitativeRow("10");
        PageForm form = pageForm(page(target.id()).body());
        assertThat(form.get("layout")).isNotEmpty();
        assertThat(form.get(row(0, "actual"))).isEqualTo("1200件");
        assertThat(form.all("explained")).hasSize(7);
        form.put(row(0, "actual"), "900件");

        Response answer = rescore(target, form);

        assertOutOfBand(answer);
        String parts = answer.body();
        assertThat(message(parts, "score-0")).isEqualTo("18");
        assertThat(message(parts, "explanation-0")).contains("20 × 900 ÷ 1000 = 18");
        assertThat(message(parts, "total")).isEqualTo("98");
        assertThat(message(parts, "grade")).isEqualTo("优");
        // a finding is named by its category; its code is only the tooltip
        assertThat(message(parts, "explain-0")).contains("未完成指标却得满分").doesNotContain("TARGET_MISSED_FULL_SCORE");
        assertThat(outerHtml(parts, "explain-0"))
                .contains("<ul class=\"findings\">", "<li class=\"error\">", "title=\"TARGET_MISSED_FULL_SCORE\"");
        assertThat(message(parts, "findings")).startsWith("其他问题");
        assertThat(outerHtml(parts, "findings")).contains("<ul class=\"findings\">");
        assertThat(parts).contains("id=\"execution-rate\"", "id=\"execution-score\"", "id=\"execution-explain\"");
        assertThat(parts).contains("id=\"level1-0\"", "id=\"level2-1\"", "id=\"level1-4\"", "id=\"level2-6\"");

        // the explanation rows the browser shows already are left out: only the changed row's is sent
        assertThat(parts).contains("id=\"explain-0\"").doesNotContain("id=\"explain-1\"", "id=\"explain-6\"");

        // every part is what the whole sheet shows for the same form, so nothing the browser keeps goes stale
        PageForm withoutLayout = form.copy();
        withoutLayout.remove("layout");
        String sheet = rescore(target, withoutLayout).body();
        List<String> ids = outOfBandIds(parts);
        // execution rate and score, 7 scores, total, execution explanation, 3 level-1 and 6 level-2 rows, explain-0,
        // then the grade, the findings counts and the other findings
        assertThat(ids).hasSize(2 + 7 + 1 + 1 + 3 + 6 + 1 + 3);
        for (String id : ids) {
            assertThat(outerHtml(parts, id).replace(" hx-swap-oob=\"true\"", ""))
                    .as(id)
                    .isEqualTo(outerHtml(sheet, id));
        }
    }

    @Test
    void anExplanationRowIsSentAgainWhereTheBrowserDoesNotShowItsKey() {
        Target target = evaluationWithQualitativeRow("10");
        PageForm form = pageForm(page(target.id()).body());
        List<String> keys = form.all("explained");
        form.remove("explained");
        for (String key : keys) {
            form.add("explained", key.startsWith("3:") ? "3:0" : key);
        }
        assertThat(outOfBandIds(rescore(target, form).body()))
                .as("a key that is not the row's")
                .contains("explain-3")
                .doesNotContain("explain-2", "explain-4");

        form.remove("explained");
        assertThat(outOfBandIds(rescore(target, form).body()))
                .as("no keys")
                .contains("explain-0", "explain-1", "explain-2", "explain-3", "explain-4", "explain-5", "explain-6");
    }

    @Test
    void aWeightChangeIsAnsweredWithTheGroupHeadsNewWeights() {
        Target target = evaluationWithQualitativeRow("10");
        PageForm form = pageForm(page(target.id()).body());
        form.put(row(1, "weight"), "12");

        Response answer = rescore(target, form);

        assertOutOfBand(answer);
        assertThat(message(answer.body(), "level1-0")).isEqualTo("产出指标 分值 52");
        assertThat(message(answer.body(), "level2-1")).isEqualTo("质量指标 分值 12");
        assertThat(message(answer.body(), "level1-4")).isEqualTo("效益指标 分值 30");
    }

    @Test
    void aNewScoreOfAQualitativeRowMovesItsTierInThePartialAnswer() {
        Target target = evaluationWithQualitativeRow("10");
        PageForm form = pageForm(page(target.id()).body());
        assertThat(form.get(row(QUALITATIVE_ROW, "tier"))).isEqualTo("ACHIEVED");
        form.put(row(QUALITATIVE_ROW, "claimedScore"), "7");

        Response answer = rescore(target, form);

        assertOutOfBand(answer);
        assertThat(selectedTier(tierSelect(answer.body(), QUALITATIVE_ROW))).isEqualTo("PARTIAL");
        assertThat(answer.body())
                .contains("name=\"" + row(QUALITATIVE_ROW, "tierScore") + "\" value=\"7\"")
                .contains("QUALITATIVE_SCORE_OUT_OF_TIER")
                .contains("id=\"explain-" + QUALITATIVE_ROW + "\"");
    }

    /** What a re-score may change or bring besides plain values: each is answered with the whole sheet. */
    enum Change {
        ADD_ROW,
        LIBRARY_ROW,
        ROW_LEFT_OUT,
        ANOTHER_GROUPING,
        NEW_FIELD_ERROR,
        NO_LAYOUT,
        FORGED_LAYOUT;

        void apply(PageForm form) {
            switch (this) {
                case ADD_ROW -> form.put("action", "add");
                case LIBRARY_ROW -> form.put("action", "library:0");
                case ROW_LEFT_OUT -> form.removeIf(name -> name.startsWith("indicators[6]."));
                case ANOTHER_GROUPING -> form.put(row(1, "level2"), "数量指标");
                case NEW_FIELD_ERROR -> form.put(row(0, "weight"), "二十");
                case NO_LAYOUT -> form.remove("layout");
                case FORGED_LAYOUT -> form.put("layout", "e7:0000000");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(Change.class)
    void aRowActionAChangedLayoutOrAMissingOneIsAnsweredWithTheWholeSheet(Change change) {
        Target target = evaluationWithQualitativeRow("10");
        String editor = page(target.id()).body();
        PageForm form = pageForm(editor);
        change.apply(form);

        Response answer = rescore(target, form);

        assertThat(answer.header("HX-Reswap"))
                .as("swapped as the form says: the whole sheet")
                .isEmpty();
        String sheet = answer.body();
        assertThat(sheet).contains("id=\"sheet\"").doesNotContain("hx-swap-oob");
        assertThat(sheet).contains("name=\"" + row(0, "level1") + "\"");
        String layout = pageForm(sheet).get("layout");
        switch (change) {
            case ADD_ROW, LIBRARY_ROW -> assertThat(sheet).contains("id=\"row-7\"");
            case ROW_LEFT_OUT -> assertThat(sheet).doesNotContain("id=\"row-6\"");
            case ANOTHER_GROUPING -> assertThat(sheet).doesNotContain("id=\"level2-1\"");
            case NEW_FIELD_ERROR -> {
                Matcher weight = Pattern.compile("<input[^>]*name=\"indicators\\[0\\]\\.weight\"[^>]*>")
                        .matcher(sheet);
                assertThat(weight.find()).isTrue();
                assertThat(weight.group()).contains("invalid");
            }
            case NO_LAYOUT, FORGED_LAYOUT ->
                assertThat(layout)
                        .as("the sheet is as before")
                        .isEqualTo(pageForm(editor).get("layout"));
        }
        if (change != Change.NO_LAYOUT && change != Change.FORGED_LAYOUT) {
            assertThat(layout)
                    .as("the new sheet's layout")
                    .isNotEqualTo(pageForm(editor).get("layout"));
        }
    }

    /** The partial answer: htmx swaps nothing but its out-of-band parts, and no input the user types into is among them. */
    private static void assertOutOfBand(Response answer) {
        assertThat(answer.header("HX-Reswap")).contains("none");
        String body = answer.body();
        assertThat(body).doesNotContain("id=\"sheet\"").doesNotContain("name=\"layout\"");
        Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(body);
        while (input.find()) {
            assertThat(input.group())
                    .as("only the hidden companion of a tier select, or an explanation row's key")
                    .contains("type=\"hidden\"")
                    .containsPattern("name=\"(indicators\\[\\d+\\]\\.tierScore|explained)\"");
        }
        assertThat(body).doesNotContain("<textarea");
        // table rows and cells cannot stand on their own: htmx 2 takes them out of <template>
        String outsideTemplates = body.replaceAll("(?s)<template>.*?</template>", "");
        assertThat(outsideTemplates).doesNotContain("<tr").doesNotContain("<td");
        assertThat(outOfBandIds(body)).isNotEmpty();
    }

    private static List<String> outOfBandIds(String html) {
        Matcher oob = Pattern.compile("<\\w+[^>]*\\sid=\"([^\"]+)\"[^>]*\\shx-swap-oob=\"true\"")
                .matcher(html);
        List<String> ids = new ArrayList<>();
        while (oob.find()) {
            ids.add(oob.group(1));
        }
        return ids;
    }

    /** The element with this id, tags and all, with its whitespace collapsed. */
    private static String outerHtml(String html, String id) {
        int at = html.indexOf(" id=\"" + id + "\"");
        assertThat(at).as("an element " + id).isPositive();
        int open = html.lastIndexOf('<', at);
        String tag = html.substring(open + 1, html.indexOf(' ', open));
        String close = "</" + tag + ">";
        return html.substring(open, html.indexOf(close, at) + close.length())
                .replaceAll("\\s+", " ")
                .replace(" >", ">");
    }

    /**
     * The editor's form as a browser posts it: its inputs (the hidden ones too), text areas and selected options,
     * taken from the page (or a sheet the re-score answered).
     */
    private static PageForm pageForm(String html) {
        int sheet = html.indexOf("id=\"sheet\"");
        assertThat(sheet).as("a sheet").isPositive();
        String form = html.substring(html.lastIndexOf("<form", sheet), html.indexOf("</form>", sheet));
        PageForm fields = new PageForm();
        Matcher input = Pattern.compile("<input\\b[^>]*>").matcher(form);
        while (input.find()) {
            String name = attribute(input.group(), "name");
            if (name != null) {
                String value = attribute(input.group(), "value");
                fields.add(name, value == null ? "" : value);
            }
        }
        Matcher area =
                Pattern.compile("(?s)<textarea\\b([^>]*)>(.*?)</textarea>").matcher(form);
        while (area.find()) {
            fields.add(attribute(area.group(1), "name"), unescape(area.group(2)));
        }
        Matcher select = Pattern.compile("(?s)<select\\b([^>]*)>(.*?)</select>").matcher(form);
        while (select.find()) {
            Matcher option = Pattern.compile("<option value=\"([^\"]*)\"( selected=\"selected\")?")
                    .matcher(select.group(2));
            String chosen = null;
            while (option.find()) {
                if (chosen == null || option.group(2) != null) {
                    chosen = option.group(1);
                }
                if (option.group(2) != null) {
                    break;
                }
            }
            fields.add(attribute(select.group(1), "name"), chosen == null ? "" : unescape(chosen));
        }
        return fields;
    }

    /** A form's fields in the page's order; a name may repeat (the explanation rows' keys). */
    static final class PageForm {
        private final List<String[]> fields = new ArrayList<>();

        void add(String name, String value) {
            fields.add(new String[] {name, value});
        }

        /** Sets the first field of this name, or adds one. */
        void put(String name, String value) {
            for (String[] field : fields) {
                if (field[0].equals(name)) {
                    field[1] = value;
                    return;
                }
            }
            add(name, value);
        }

        String get(String name) {
            List<String> values = all(name);
            return values.isEmpty() ? null : values.get(0);
        }

        List<String> all(String name) {
            return fields.stream()
                    .filter(field -> field[0].equals(name))
                    .map(field -> field[1])
                    .toList();
        }

        void remove(String name) {
            removeIf(name::equals);
        }

        void removeIf(java.util.function.Predicate<String> name) {
            fields.removeIf(field -> name.test(field[0]));
        }

        PageForm copy() {
            PageForm copy = new PageForm();
            fields.forEach(field -> copy.add(field[0], field[1]));
            return copy;
        }

        String encoded() {
            return fields.stream()
                    .map(field -> java.net.URLEncoder.encode(field[0], java.nio.charset.StandardCharsets.UTF_8) + "="
                            + java.net.URLEncoder.encode(field[1], java.nio.charset.StandardCharsets.UTF_8))
                    .collect(java.util.stream.Collectors.joining("&"));
        }
    }

    private static String attribute(String tag, String name) {
        Matcher m = Pattern.compile("\\s" + name + "=\"([^\"]*)\"").matcher(tag);
        return m.find() ? unescape(m.group(1)) : null;
    }

    /** As a browser reads an attribute or text: the page writes ≥ as {@code &ge;}, “ as {@code &ldquo;}. */
    private static String unescape(String html) {
        return org.unbescape.html.HtmlEscape.unescapeHtml(html);
    }

    // ---- evaluations of the unit, moved through the service to the state a test needs

    record Target(long id, String name, int year) {}

    /** The clean project with a 定性 row (合格 / 合格, weight 10) among its 效益 rows. */
    private static final int QUALITATIVE_ROW = 5;

    Target evaluationWithQualitativeRow(String claimed) {
        int n = PROJECTS.incrementAndGet();
        String name = "档案整理-" + n;
        ObjectNode project = ReportDocument.cleanProject(name, theUnit.name());
        ArrayNode indicators = (ArrayNode) project.path("indicators");
        ((ObjectNode) indicators.get(4)).put("weight", 20).put("claimedScore", 20);
        ObjectNode qualitative = Api.JSON
                .createObjectNode()
                .put("level1", "效益指标")
                .put("level2", "社会效益指标")
                .put("level3", "档案管理规范")
                .put("target", "合格")
                .put("actual", "合格")
                .put("weight", 10)
                .put("claimedScore", new java.math.BigDecimal(claimed))
                .putNull("deviationReason");
        indicators.insert(QUALITATIVE_ROW, qualitative);
        var report = ReportDocument.forUnit(theUnit.name())
                .fiscalYear(2000 + n % 100)
                .withProject(project)
                .report();
        long id =
                imports.importReport(report, theUnit.id(), "fixture").projects().get(0);
        return new Target(id, name, 2000 + n % 100);
    }

    Target evaluationIn(EvaluationStatus state) {
        int n = PROJECTS.incrementAndGet();
        String name = "档案数字化-" + n;
        // a year of its own, so that the cross-project checks of each read do not grow with the table
        int year = 2000 + n % 100;
        var report = ReportDocument.forUnit(theUnit.name())
                .fiscalYear(year)
                .withCleanProject(name)
                .report();
        long id =
                imports.importReport(report, theUnit.id(), "fixture").projects().get(0);
        if (state == EvaluationStatus.SUBMITTED || state == EvaluationStatus.UNIT_APPROVED) {
            workflow.submit(organisations.account(theUnit.filler()), id, EvaluationKind.PROJECT);
        }
        if (state == EvaluationStatus.UNIT_APPROVED) {
            workflow.approveForUnit(organisations.account(theUnit.reviewer()), id, EvaluationKind.PROJECT);
        }
        return new Target(id, name, year);
    }

    private EvaluationRow row(Target target) {
        return evaluations
                .view(organisations.account(theUnit.filler()), target.id())
                .row();
    }

    private Download read(Api api, Reading reading, Target target) {
        long id = target.id();
        if (reading == Reading.RESCORE) {
            Response response = api.postForm(reading.path.formatted(id), Map.of("name", target.name(), "version", "1"));
            return new Download(
                    response.status(),
                    response.headers(),
                    response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        String path = reading.name().startsWith("UNIT_")
                ? reading.path.formatted(id == Long.MAX_VALUE ? Long.MAX_VALUE : theUnit.id(), target.year())
                : reading.path.formatted(id);
        return api.download(path);
    }

    private Map<String, String> actionForm(Action action, Target target) {
        return switch (action) {
            case SAVE ->
                Map.of(
                        "name",
                        target.name() + "（改）",
                        "version",
                        String.valueOf(row(target).version()));
            case RETURN_SUBMITTED, RETURN_UNIT_APPROVED -> Map.of("reason", "请补充材料");
            case APPROVAL -> Map.of("opinion", "同意");
            default -> Map.of();
        };
    }

    private Response page(long id) {
        Response page = actors.get(Actor.FILLER_OF_THE_UNIT).get("/evaluations/" + id, "text/html");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page;
    }

    private Response rescore(Target target, PageForm form) {
        Response answer = actors.get(Actor.FILLER_OF_THE_UNIT)
                .postFormBody("/evaluations/" + target.id() + "/score", form.encoded());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer;
    }

    private Response rescore(Target target, Map<String, String> form) {
        Response sheet = actors.get(Actor.FILLER_OF_THE_UNIT).postForm("/evaluations/" + target.id() + "/score", form);
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
        return sheet;
    }

    /** The editor's fields as the page would post them, from the stored project. */
    private Map<String, String> editorForm(Target target) {
        JsonNode project = Api.JSON.valueToTree(Map.of());
        try {
            project = Api.JSON
                    .readTree(evaluations.export(organisations.account(theUnit.filler()), target.id()))
                    .path("projects")
                    .path(0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(row(target).version()));
        form.put("name", project.path("name").asText());
        JsonNode total = project.path("funds").path("total");
        form.put("initialBudget", total.path("initialBudget").asText());
        form.put("annualBudget", total.path("annualBudget").asText());
        form.put("executed", total.path("executed").asText());
        form.put("executionWeight", project.path("funds").path("weight").asText());
        form.put(
                "claimedExecutionScore",
                project.path("funds").path("claimed").path("score").asText());
        form.put("claimedTotal", project.path("claimed").path("total").asText());
        JsonNode indicators = project.path("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            JsonNode indicator = indicators.get(i);
            for (String field : List.of("level1", "level2", "level3", "target", "actual", "weight", "claimedScore")) {
                form.put(row(i, field), indicator.path(field).asText());
            }
        }
        return form;
    }

    private static String row(int index, String field) {
        return "indicators[" + index + "]." + field;
    }

    private static String tierSelect(String html, int row) {
        int start = html.indexOf("id=\"tier-" + row + "\"");
        assertThat(start).as("a tier select for row " + row).isPositive();
        return html.substring(start, html.indexOf("</select>", start));
    }

    private static String selectedTier(String select) {
        Matcher m = SELECTED_TIER.matcher(select);
        assertThat(m.find()).as(select).isTrue();
        return m.group(1);
    }

    /** The text of the element with this id (its tags removed, whitespace collapsed). */
    private static String message(String html, String id) {
        return Html.textOf(html, id);
    }
}
