package org.cercle.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import org.cercle.community.Role;
import org.cercle.community.account.TestMembers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every role's pages on a phone (390 × 844, as an iPhone 14 reports itself): each page
 * fits the screen's width, with no sideways scrolling, and the header's menus lead where
 * they say (#21, point 5 and « Done when »).
 */
class PhoneJourneysBrowserTests extends BrowserTest {

	private static final String EVENT = "/events/le-social-crm-au-service-de-la-relation-client";

	private static final String ARTICLE = "/articles/la-communaute-au-coeur-de-l-organisation-2-0";

	@Autowired
	TestMembers members;

	@Autowired
	org.cercle.events.TestEvents events;

	@Override
	boolean phone() {
		return true;
	}

	@Test
	void aReadersPagesFitAPhone() {
		fits("/", "/articles", ARTICLE, "/tags/communautes", "/events", "/events/past", EVENT, "/series/matinees-e2-0",
				"/circles", "/circles/futur-du-travail", "/search?q=communaut%C3%A9", "/login", "/register",
				"/members/claude");
	}

	@Test
	void aMembersPagesFitAPhoneAndTheMenuLeadsToThem() {
		signIn(members.create("telephone"));
		openMemberMenu();
		browser.findElement(By.linkText("Mes inscriptions")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Mes inscriptions"));
		assertFitsTheScreen();
		var own = events.published("Matinée au téléphone " + java.util.UUID.randomUUID().toString().substring(0, 6),
				java.time.LocalDateTime.now().plusDays(20), 30);
		open("/events/" + own.slug());
		browser.findElement(By.cssSelector(".registration button[type=submit]")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".registration .notice")));
		assertFitsTheScreen();
		fits("/account", "/account/registrations", "/account/circles", "/notifications", "/account/notifications",
				ARTICLE);
	}

	@Test
	void anAuthorsAndAnOrganisersToolsFitAPhone() {
		signIn(members.create("plume-telephone", Role.AUTHOR, Role.ORGANISER));
		browser.findElement(By.linkText("Gestion")).click();
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Gestion"));
		assertFitsTheScreen();
		var slug = "le-social-crm-au-service-de-la-relation-client";
		open("/manage/events/new");
		for (var control : List.of("startDate", "startTime", "capacity", "circle", "onlineUrl")) {
			assertThat(browser.findElement(By.id(control)).getSize().getHeight()).as(control + ", a finger's height")
				.isGreaterThanOrEqualTo(44);
		}
		fits("/manage/articles", "/manage/articles/new", "/manage/events", "/manage/events/new",
				"/manage/events/" + slug, "/manage/events/" + slug + "/registrations",
				"/manage/events/" + slug + "/check-in", "/manage/events/" + slug + "/materials",
				"/manage/events/" + slug + "/message");
	}

	@Test
	void aModeratorsAndAnAdminsToolsFitAPhone() {
		signIn(members.create("admin-telephone", Role.MODERATOR, Role.ADMIN));
		fits("/manage", "/manage/moderation", "/manage/moderation?liste=pending", "/manage/circles", "/manage/members",
				"/manage/members?q=test", "/manage/audit", "/manage/import", "/manage/mail");
	}

	/** Opens each page; on a phone, {@link #open} fails on sideways scrolling. */
	private void fits(String... paths) {
		for (var path : paths) {
			open(path);
		}
	}

}
