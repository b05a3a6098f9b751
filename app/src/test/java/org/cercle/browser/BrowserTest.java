package org.cercle.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cercle.testsupport.IntegrationTest;

/**
 * A real headless Chromium against the application on a random port, one browser per test class.
 * Skipped, with the reason in the report, where Debian's chromium and chromium-driver are missing.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "org.cercle.browser.Chromium#installed",
		disabledReason = "Chromium or chromedriver not found in /usr/bin: apt-get install chromium chromium-driver")
abstract class BrowserTest {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	WebDriverWait waiting() {
		return new WebDriverWait(browser, Duration.ofSeconds(15));
	}

}
