package jixiao.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * One person at one browser: the steps of the pages (sign in, open an evaluation, type, click) in the words of the
 * pages, each ending with an explicit wait for what the page shows next.
 */
final class BrowserSession implements AutoCloseable {

    /** Generous: the machine is shared, and the first request of a new JVM is slow. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final WebDriverWait wait;

    /** A new browser with a fresh profile in {@code profile}, which is deleted on {@link #close()}. */
    BrowserSession(Path profile, String baseUrl) throws IOException {
        this.driver = Chromium.open(profile);
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    void signIn(String username, String password) {
        driver.get(baseUrl + "/login");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        name.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNewPage(By.id("login"));
        // the home page: a finance bureau's overview, every other role's list
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("header.top .who")));
    }

    void signOut() {
        clickAndWaitForNewPage(By.cssSelector("form[action$='/logout'] button"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    /** From the list of evaluations, opens the one with this project name. */
    void openFromList(String project) {
        if (driver.findElements(By.id("evaluations")).isEmpty()) {
            driver.get(baseUrl + "/evaluations");
        }
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluations")));
        list.findElement(By.linkText(project)).click();
        wait.until(gone(list));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        waitForHtmx();
    }

    /** From the list of evaluations, opens the 部门（单位）整体自评 of the year shown. */
    void openUnitEvaluation() {
        if (driver.findElements(By.id("evaluations")).isEmpty()) {
            driver.get(baseUrl + "/evaluations");
        }
        WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluations")));
        list.findElement(By.cssSelector("a.unit-evaluation")).click();
        wait.until(gone(list));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status")));
        waitForHtmx();
    }

    /**
     * Explains the first error of the workflow section that is not explained yet: types the explanation into its form
     * and sends it, which is done in the page (the section is swapped); waits until the swap has settled.
     */
    void explainFirst(String explanation) {
        WebElement section = driver.findElement(By.id("workflow"));
        WebElement form = section.findElement(By.cssSelector(".explain-form"));
        form.findElement(By.name("explanation")).sendKeys(explanation);
        long answered = answers();
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(gone(section));
        waitForAnswer(answered);
    }

    /** Opens a page of the application by its path and waits until {@code expected} is shown and htmx is done. */
    void visit(String path, By expected) {
        driver.get(baseUrl + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(expected));
        wait.until(page -> "complete".equals(script("return document.readyState")));
        waitForHtmx();
    }

    /** Types into a field found anywhere on the page (a form of its own, not the sheet), replacing what is there. */
    void fill(By field, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        input.clear();
        input.sendKeys(value);
    }

    /** Chooses an option of a select found anywhere on the page by its visible text (no re-score). */
    void select(By field, String option) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(field))).selectByVisibleText(option);
    }

    /** Gives a file to a file input. */
    void attachFile(By input, Path file) {
        driver.findElement(input).sendKeys(file.toAbsolutePath().toString());
    }

    /** Clicks something of the page that needs no waiting (a checkbox, a radio button). */
    void click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    /** Types at the end of a field of the editor without leaving it (no change is fired until the focus moves). */
    void typeWithoutLeaving(String field, String text) {
        WebElement input = field(field);
        input.click();
        input.sendKeys(Keys.END, text);
    }

    /** Waits until the element shows a text containing {@code part}. */
    String waitForTextContaining(By element, String part) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(element, part));
        return driver.findElement(element).getText();
    }

    /** Waits until an element is in the page. */
    WebElement waitFor(By element) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(element));
    }

    /** The page's current address. */
    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Runs a script of a test in the page (an accessibility check). */
    Object run(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Runs an asynchronous script: its last argument is the callback that ends it. */
    Object runAsync(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    /** Sets the window's size, to look at the page as a narrower screen shows it. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        // the window is resized after the command returns: wait until the page is laid out at the new width (a
        // measure taken at once read the width of the window before, 1265 px at 1024)
        wait.until(page -> ((Number) script("return window.innerWidth")).intValue() <= width);
    }

    /** Chooses an option of a select of the editor by its visible text; the editor re-scores the sheet in place. */
    void choose(String field, String option) {
        long answered = answers();
        new Select(driver.findElement(By.id("sheet")).findElement(By.name(field))).selectByVisibleText(option);
        waitForAnswer(answered);
    }

    /**
     * Chooses an option of a select that is no change to re-score (the 常用指标库 pick) and gives the number of answers
     * htmx had received until then; with {@link #requestStarted()} and {@link #answersSince(long)} a test tells that
     * choosing sent nothing.
     */
    long pick(String field, String option) {
        long answered = answers();
        new Select(driver.findElement(By.id("sheet")).findElement(By.name(field))).selectByVisibleText(option);
        return answered;
    }

    /** True while htmx has a request out (it marks the element that sent it as soon as it sends). */
    boolean requestStarted() {
        return Boolean.TRUE.equals(script("return document.querySelector('.htmx-request') !== null"));
    }

    /** The answers htmx received on this page, each as its path and the event and field that sent it: for messages. */
    String answerLog() {
        return String.valueOf(script("return JSON.stringify(window.e2eLog || [])"));
    }

    /** How many answers htmx received since {@code before} (a count from {@link #pick}). */
    long answersSince(long before) {
        return answers() - before;
    }

    void openList() {
        driver.get(baseUrl + "/evaluations");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluations")));
    }

    /** The cells of the list's row for this project. */
    List<String> listRow(String project) {
        WebElement link = driver.findElement(By.id("evaluations")).findElement(By.linkText(project));
        return link.findElement(By.xpath("ancestor::tr")).findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Follows a link by its text to a new page and waits until the element {@code expected} is shown there. */
    void follow(String link, By expected) {
        clickAndWaitForNewPage(By.linkText(link));
        wait.until(ExpectedConditions.visibilityOfElementLocated(expected));
        waitForHtmx();
    }

    /** The rows of a table (its body), each as the texts of its cells. */
    List<List<String>> tableRows(By table) {
        return driver.findElement(table).findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }

    /**
     * Replaces the text of a field of the editor and leaves it, as a person does; the browser then fires
     * {@code change}, and the editor re-scores the sheet in place. Waits until the answer is swapped in (the whole
     * sheet, or only the computed parts) and has settled.
     */
    void retype(String field, String value) {
        long answered = answers();
        WebElement input = field(field);
        // select-all and type over, so that no intermediate change (an empty field) is sent
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        waitForAnswer(answered);
    }

    /** Types into a plain field outside the sheet (a workflow form's opinion or reason), found by its id. */
    void type(By field, String value) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(field)).sendKeys(value);
    }

    /** Chooses an option of a select of the editor by its value; the editor re-scores the sheet in place. */
    void chooseValue(String field, String value) {
        long answered = answers();
        new Select(field(field)).selectByValue(value);
        waitForAnswer(answered);
    }

    /** Clicks a button of the editor that re-scores in place (添加指标, 添加 …) and waits for the answer. */
    void clickAndWaitForAnswer(By button) {
        long answered = answers();
        driver.findElement(button).click();
        waitForAnswer(answered);
    }

    /** A field of the editor's sheet, by its name. */
    WebElement field(String name) {
        return driver.findElement(By.id("sheet")).findElement(By.name(name));
    }

    /** True while the element is still in the page (not replaced by a swap). */
    boolean isAttached(WebElement element) {
        return !gone(element).apply(driver);
    }

    /**
     * True once the element has left the document. Chromium answers a question about an element of a document that
     * was just replaced either as a stale reference or, while the new document is coming in, with an inspector error
     * ("does not belong to the document"); both mean the element is gone.
     */
    private static ExpectedCondition<Boolean> gone(WebElement element) {
        return page -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    /**
     * How many answers htmx has handled on this page; counts from the first call on each document. htmx fires
     * {@code htmx:afterRequest} once per request, after the answer is swapped in (out-of-band parts included).
     */
    private long answers() {
        Object count = script("if (window.e2eAnswers === undefined) {"
                + " window.e2eAnswers = 0;"
                + " window.e2eLog = [];"
                + " document.addEventListener('htmx:afterRequest', function (e) {"
                + "   window.e2eAnswers++;"
                + "   var sent = e.detail.requestConfig && e.detail.requestConfig.triggeringEvent;"
                + "   var field = sent && sent.target && sent.target.getAttribute && sent.target.getAttribute('name');"
                + "   window.e2eLog.push(e.detail.pathInfo.requestPath + ' ' + (sent && sent.type) + ' ' + field);"
                + " }); }"
                + " return window.e2eAnswers;");
        return ((Number) count).longValue();
    }

    /** Waits for one more answer, swapped and settled (htmx puts the new attributes in place after a short delay). */
    private void waitForAnswer(long before) {
        wait.until(page -> ((Number) script("return window.e2eAnswers")).longValue() > before
                && Boolean.TRUE.equals(script(
                        "return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null")));
    }

    /** The value of the option selected in a select of the editor. */
    String selected(String field) {
        return new Select(field(field)).getFirstSelectedOption().getAttribute("value");
    }

    /** Clicks something that loads a new page (a form post and its redirect) and waits until the new page is in. */
    void clickAndWaitForNewPage(By target) {
        WebElement html = driver.findElement(By.tagName("html"));
        // the editor's script may replace the part that holds the target (a refresh after an autosave or an
        // explanation) between finding it and clicking it: find it again then
        wait.until(page -> {
            try {
                driver.findElement(target).click();
                return true;
            } catch (StaleElementReferenceException e) {
                return false;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
        wait.until(gone(html));
        wait.until(page -> "complete".equals(script("return document.readyState")));
    }

    /** Clicks an element found on the page that loads a new page, and waits until the new page is in. */
    void clickAndWaitForNewPage(WebElement target) {
        WebElement html = driver.findElement(By.tagName("html"));
        target.click();
        wait.until(gone(html));
        wait.until(page -> "complete".equals(script("return document.readyState")));
    }

    /** Switches the pages' language with the header's links ("EN" or "中文"). */
    void switchLanguage(String link) {
        WebElement html = driver.findElement(By.tagName("html"));
        driver.findElement(By.linkText(link)).click();
        wait.until(gone(html));
        wait.until(page -> "complete".equals(script("return document.readyState")));
        waitForHtmx();
    }

    String waitForText(By element, String text) {
        wait.until(ExpectedConditions.textToBe(element, text));
        return driver.findElement(element).getText();
    }

    String visibleText(By element) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(element))
                .getText();
    }

    String text(By element) {
        return driver.findElement(element).getText();
    }

    String value(String field) {
        return driver.findElement(By.id("sheet")).findElement(By.name(field)).getAttribute("value");
    }

    List<WebElement> all(By elements) {
        return driver.findElements(elements);
    }

    boolean present(By element) {
        return !driver.findElements(element).isEmpty();
    }

    /** Leaves a mark on the current document: it is gone if the page is loaded again. */
    void markDocument() {
        script("window.e2eSameDocument = true");
    }

    boolean isSameDocument() {
        return Boolean.TRUE.equals(script("return window.e2eSameDocument === true"));
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Waits until htmx is ready and what the page loads by itself is in (the editors load the review notes once they
     * are shown), so that a test counting htmx's answers counts only those to what it did.
     */
    private void waitForHtmx() {
        wait.until(page -> Boolean.TRUE.equals(script("return typeof htmx !== 'undefined'"
                + " && document.querySelector('#review-notes[hx-get]') === null"
                + " && document.querySelector('.htmx-request') === null")));
    }

    // ---- the finance bureau's review (复核, 整改, 公开), in the words of its pages

    /** From the list of evaluations, opens the 复核 worksheet of a project (the link in its 复核分 column). */
    void openWorksheetFromList(String project) {
        if (driver.findElements(By.id("evaluations")).isEmpty()) {
            openList();
        }
        WebElement row = driver.findElement(By.id("evaluations"))
                .findElement(By.linkText(project))
                .findElement(By.xpath("ancestor::tr"));
        clickAndWaitForNewPage(row.findElement(By.cssSelector("td.recheck-total a")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("recheck-rows")));
    }

    /** On the worksheet: picks the deduction of the scale for a row, by the row's indicator and the situation. */
    void chooseDeduction(String indicator, String situation) {
        WebElement select = worksheetRow(indicator).findElement(By.cssSelector("select.deduction"));
        Select choice = new Select(select);
        for (WebElement option : choice.getOptions()) {
            if (option.getText().startsWith(situation)) {
                choice.selectByVisibleText(option.getText());
                return;
            }
        }
        throw new IllegalArgumentException("no deduction “" + situation + "” for " + indicator);
    }

    /** On the worksheet: the 复核分 a row's input shows. */
    String recheckScore(String indicator) {
        return worksheetRow(indicator)
                .findElement(By.cssSelector("input.recheck-score"))
                .getAttribute("value");
    }

    /** On the worksheet: types the note of a row (说明). */
    void noteOn(String indicator, String note) {
        worksheetRow(indicator)
                .findElement(By.cssSelector("input.recheck-note"))
                .sendKeys(note);
    }

    /** On the worksheet: comments on a row (批注此行) and waits for the page to come back. */
    void commentOn(String indicator, String comment) {
        WebElement row = worksheetRow(indicator);
        WebElement detail = row.findElement(By.xpath("following-sibling::tr[1]"));
        detail.findElement(By.tagName("summary")).click();
        detail.findElement(By.tagName("textarea")).sendKeys(comment);
        clickAndWaitForNewPage(detail.findElement(By.cssSelector("details button")));
    }

    private WebElement worksheetRow(String indicator) {
        return driver.findElement(By.id("recheck-rows"))
                .findElement(
                        By.xpath(".//tr[contains(@class,'recheck-row')][th[normalize-space()='" + indicator + "']]"));
    }

    /** Follows the top bar's link to the review (复核工作台; a unit's is 整改事项) and waits for an element there. */
    /** Opens the 待办 queue (what waits for the signed-in user) from the top bar's count. */
    void openQueueFromTopBar() {
        clickAndWaitForNewPage(By.id("todo"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluations")));
    }

    void openReviewFromTopBar(By expected) {
        clickAndWaitForNewPage(By.id("nav-review"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(expected));
    }

    /** Opens a page by its path, without login or with the session's (the public pages, a download's page). */
    void open(String path, By expected) {
        driver.get(baseUrl + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(expected));
    }

    private Object script(String js) {
        return ((JavascriptExecutor) driver).executeScript(js);
    }

    /** The path and query of the page shown. */
    String location() {
        return (String) script("return window.location.pathname + window.location.search");
    }

    /** Waits until every chart of the page ({@code .chart}) is drawn, and gives how many there are. */
    int chartsDrawn() {
        wait.until(page -> Boolean.TRUE.equals(script("return document.querySelectorAll('.chart').length > 0"
                + " && document.querySelectorAll('.chart').length"
                + " === document.querySelectorAll('.chart[data-drawn=true] svg').length")));
        return ((Number) script("return document.querySelectorAll('.chart').length")).intValue();
    }

    /** How many bars the chart drawn from the table {@code tableId} shows (its SVG paths with a bar's fill). */
    long bars(String tableId) {
        return ((Number) script("var chart = echarts.getInstanceByDom(document.querySelector('.chart[data-for=\\'"
                        + tableId + "\\']'));"
                        + " return chart.getOption().series[0].data.filter(function (v) { return v > 0; }).length;"))
                .longValue();
    }

    /**
     * Clicks the bar of a category of the chart drawn from the table {@code tableId}, where the chart draws it (its
     * pixel position, from ECharts), as a person clicks it; waits for the page it opens.
     */
    void clickBar(String tableId, int category) {
        WebElement chart = driver.findElement(By.cssSelector(".chart[data-for='" + tableId + "']"));
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) ((JavascriptExecutor) driver)
                .executeScript(
                        "var chart = echarts.getInstanceByDom(arguments[0]);"
                                + " var value = chart.getOption().series[0].data[" + category + "];"
                                + " var horizontal = chart.getOption().yAxis[0].type === 'category';"
                                + " var p = chart.convertToPixel({seriesIndex: 0}, horizontal ? [value / 2, " + category
                                + "]"
                                + " : [" + category + ", value / 2]); return [p[0], p[1]];",
                        chart);
        WebElement html = driver.findElement(By.tagName("html"));
        int width = chart.getSize().getWidth();
        int height = chart.getSize().getHeight();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(
                        chart, point.get(0).intValue() - width / 2, point.get(1).intValue() - height / 2)
                .click()
                .perform();
        wait.until(gone(html));
        wait.until(page -> "complete".equals(script("return document.readyState")));
    }

    /** Selects an option of a select found by its name, by the option's value. */
    void select(String name, String value) {
        new Select(driver.findElement(By.name(name))).selectByValue(value);
    }

    /** Ticks a checkbox. */
    /** Waits until no element matches (removed in place, by htmx). */
    void waitUntilAbsent(By element) {
        wait.until(ExpectedConditions.numberOfElementsToBe(element, 0));
    }

    void tick(By box) {
        WebElement checkbox = driver.findElement(box);
        if (!checkbox.isSelected()) {
            checkbox.click();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile);
        }
    }
}
