package org.cercle.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: nothing is downloaded.
 * Browser tests are skipped, with the reason in the report, on a machine without them; CI
 * installs both.
 */
final class Chromium {

	static final Path BINARY = Path.of(System.getProperty("cercle.chromium", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("cercle.chromedriver", "/usr/bin/chromedriver"));

	private Chromium() {
	}

	static boolean installed() {
		return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
	}

	static ChromeDriver start() throws IOException {
		var options = new ChromeOptions();
		options.setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=fr-CH", "--accept-lang=fr-CH,fr",
				"--user-data-dir=" + Files.createTempDirectory("chromium-profile"), "--window-size=1280,900");
		var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
