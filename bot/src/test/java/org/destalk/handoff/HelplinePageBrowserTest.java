package org.destalk.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.destalk.app.BotApplication;
import org.destalk.channel.Inbound;
import org.destalk.channel.Outbound;
import org.destalk.conversation.ConversationService;
import org.destalk.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The helpline staff page in a real headless Chromium: sign in, choose, get a code, and read the QR code
 * back from a screenshot of the page, as a phone camera would.
 */
@SpringBootTest(classes = BotApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bot.handoff.helplines[0].id=es-016",
        "bot.handoff.helplines[0].token=" + HelplinePageBrowserTest.TOKEN,
        "bot.handoff.telegram-bot=robin_bot",
        "bot.handoff.sms-number=+34 600 000 111"})
class HelplinePageBrowserTest {

    static final String TOKEN = "token-of-a-spanish-helpline-42";

    @LocalServerPort
    int port;
    @Autowired
    ConversationService conversations;

    private ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.open();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void staffGetACodeWhoseQrCodeRendersAndOpensTheJourney() throws Exception {
        browser.get("http://localhost:" + port + "/helpline");
        browser.findElement(By.id("token")).sendKeys(TOKEN);
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        new Select(browser.findElement(By.id("journey"))).selectByValue("help");
        new Select(browser.findElement(By.id("language"))).selectByVisibleText("Español");
        new Select(browser.findElement(By.id("country"))).selectByValue("ES");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        String code = browser.findElement(By.id("code")).getText();
        assertTrue(code.matches("[A-Z0-9]{4}-[A-Z0-9]{4}"), code);
        assertTrue(browser.findElement(By.id("sms")).getText().contains("Envía el código " + code), "the SMS wording is in Spanish");

        WebElement qr = browser.findElement(By.id("qr"));
        BufferedImage screenshot = ImageIO.read(new ByteArrayInputStream(browser.getScreenshotAs(OutputType.BYTES)));
        Rectangle box = qr.getRect();
        assertTrue(box.getWidth() > 100, "the QR code is drawn: " + box.getWidth() + "px");
        BufferedImage shown = screenshot.getSubimage(box.getX(), box.getY(), box.getWidth(), box.getHeight());
        String scanned = HandoffApiTest.decode(shown);
        assertEquals("https://t.me/robin_bot?start=" + code.replace("-", ""), scanned, "the rendered QR code opens the right link");

        Outbound opened = conversations.handle(new Inbound("telegram", "80001", Inbound.Kind.START, code.replace("-", ""),
                Inbound.Hints.NONE, "1", "b1"));
        String all = String.join("\n", opened.messages().stream().map(Outbound.Message::text).toList());
        assertTrue(all.contains("Aquí tienes apoyo en España") || all.contains("España"), all);
    }

    @Test
    void aWrongTokenIsToldPlainly() {
        browser.get("http://localhost:" + port + "/helpline");
        browser.findElement(By.id("token")).sendKeys("not-the-token");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText().contains("That token is not right"));
    }
}
