package org.destalk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.destalk.app.BotApplication;
import org.destalk.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * /admin in a real headless Chromium: sign in, see the diagram, talk to the current dialogs, and see
 * each message as Telegram and SMS show it, with the current node marked on the diagram.
 */
@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "bot.admin.token=" + AdminPageBrowserTest.TOKEN)
class AdminPageBrowserTest {

    static final String TOKEN = "coordinators-browser-token-42";

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.open();
        browser.get("http://localhost:" + port + "/admin");
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void aCoordinatorSeesTheDiagramAndPreviewsAConversationOnBothChannels() throws Exception {
        signIn(TOKEN);
        wait(By.cssSelector("#diagram svg [id='node-menu.start']"));
        assertThat(browser.findElement(By.id("status-version")).getText()).matches("[0-9a-f]{12}");

        browser.findElement(By.id("start")).click();
        WebElement firstButton = browser.findElement(By.cssSelector("#chat .telegram .buttons button"));
        assertThat(firstButton.getText()).isEqualTo("Check my phone");
        String sms = String.join("\n", browser.findElements(By.cssSelector("#chat .sms pre")).stream().map(WebElement::getText).toList());
        assertThat(sms).contains("1 Check my phone").contains("Reply with a number.");
        assertThat(browser.findElement(By.cssSelector("#chat .sms small")).getText()).matches("\\d+ segments? · (GSM-7|UCS-2)");

        assertThat(wait(By.cssSelector("#diagram .current")).getAttribute("id")).isEqualTo("node-menu.start");
        firstButton.click();
        WebElement current = wait(By.cssSelector("#diagram [id='node-check.start'].current"));
        assertThat(browser.findElements(By.cssSelector("#chat .you"))).extracting(WebElement::getText).containsExactly("Check my phone");

        assertMarkedOnScreen(current);
    }

    @Test
    void typedTextRunsThroughTheRealEngineQuickExitIncluded() {
        signIn(TOKEN);
        browser.findElement(By.id("start")).click();
        wait(By.cssSelector("#chat .telegram"));
        browser.findElement(By.id("say")).sendKeys("exit\n");
        assertThat(wait(By.id("ended")).isDisplayed()).isTrue();
    }

    @Test
    void aWrongTokenIsToldPlainly() {
        signIn("not-the-coordinators-token-at-all");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElement(By.id("signin-error")).getText().isEmpty());
        assertThat(browser.findElement(By.id("signin-error")).getText()).contains("That token is not right");
        assertThat(browser.findElement(By.id("work")).isDisplayed()).isFalse();
    }

    private void signIn(String token) {
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.cssSelector("#signin-form button[type=submit]")).click();
    }

    private WebElement wait(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> {
            List<WebElement> found = driver.findElements(what);
            return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
        });
    }

    /** The screenshot shows the current node outlined in red: the mark is drawn, not just set in the page. */
    private void assertMarkedOnScreen(WebElement node) throws Exception {
        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/admin-preview.png"), png); // kept for a person to look at
        BufferedImage screenshot = ImageIO.read(new ByteArrayInputStream(png));
        Rectangle box = node.getRect();
        assertThat(box.getWidth()).isGreaterThan(40);
        int reddish = 0;
        for (int x = Math.max(0, box.getX() - 3); x < Math.min(screenshot.getWidth(), box.getX() + box.getWidth() + 3); x++) {
            for (int y = Math.max(0, box.getY() - 3); y < Math.min(screenshot.getHeight(), box.getY() + box.getHeight() + 3); y++) {
                int rgb = screenshot.getRGB(x, y);
                int red = rgb >> 16 & 0xff;
                int green = rgb >> 8 & 0xff;
                int blue = rgb & 0xff;
                if (red > 180 && green < 90 && blue < 90) {
                    reddish++;
                }
            }
        }
        assertThat(reddish).as("red outline pixels around the current node").isGreaterThan(2 * (box.getWidth() + box.getHeight()) / 3);
    }
}
