package org.cercle.browser;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.cercle.community.account.TestMembers;
import org.cercle.community.member.Member;
import org.cercle.testsupport.IntegrationTest;

/**
 * A real headless Chromium against the application on a random port, one browser per test
 * class. Skipped, with the reason in the report, where Debian's chromium and
 * chromium-driver are missing.
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
		if (phone()) {
			assertFitsTheScreen();
		}
	}

	/**
	 * Whether this class's journeys run on a phone (390 × 844): the "…OnPhone" classes
	 * run the same journeys there, each page they open checked for sideways scrolling.
	 */
	boolean phone() {
		return false;
	}

	@org.junit.jupiter.api.BeforeEach
	void screen() {
		if (phone()) {
			browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
		}
	}

	@org.junit.jupiter.api.AfterEach
	void lastPageFits() {
		if (phone()) {
			assertFitsTheScreen();
			browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
		}
	}

	/** The page is no wider than the screen; else says which element sticks out. */
	void assertFitsTheScreen() {
		org.assertj.core.api.Assertions.assertThat(overflow())
			.as("sideways scrolling on " + browser.getCurrentUrl())
			.isEmpty();
	}

	/** Empty when the page fits the screen, else its width and its widest element. */
	String overflow() {
		return (String) browser.executeScript("""
				const width = document.documentElement.clientWidth;
				if (document.documentElement.scrollWidth <= width) { return ''; }
				let widest = null;
				for (const element of document.querySelectorAll('body *')) {
				  const box = element.getBoundingClientRect();
				  if (box.right > width + 1 && (!widest || box.right > widest.getBoundingClientRect().right)) {
				    widest = element;
				  }
				}
				return document.documentElement.scrollWidth + 'px > ' + width + 'px, widest: '
				  + (widest ? widest.tagName + '.' + widest.className : '?');""");
	}

	/** Signs the member in through the sign-in form. */
	void signIn(Member member) {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(member.handle());
		browser.findElement(By.id("password")).sendKeys(TestMembers.PASSWORD);
		browser.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".nav-account")));
	}

	/** Signs out with the header's button. */
	void signOut() {
		openMemberMenu();
		browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
		waiting().until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "Vous êtes déconnecté"));
	}

	/** Opens the member's menu in the header (a details element). */
	void openMemberMenu() {
		waiting().until(driver -> {
			var menu = driver.findElement(By.cssSelector(".member-menu details"));
			if (menu.getAttribute("open") == null) {
				menu.findElement(By.tagName("summary")).click();
			}
			return menu.getAttribute("open") != null;
		});
	}

	/** Goes to one of the tools of the « Gestion » page. */
	void manage(String tool) {
		browser.findElement(By.linkText("Gestion")).click();
		browser.findElement(By.linkText(tool)).click();
	}

	/**
	 * Waits up to 15 s; an element read while the page it belonged to was being replaced
	 * (a stale node: Chromium's "Node … does not belong to the document") is looked up
	 * again rather than failing the journey.
	 */
	WebDriverWait waiting() {
		var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		wait.ignoring(org.openqa.selenium.WebDriverException.class);
		return wait;
	}

}
