package org.cercle.browser;

/**
 * The same journey on a phone (390 × 844), every page it opens free of sideways
 * scrolling.
 */
class CommunityJourneyOnPhoneBrowserTests extends CommunityJourneyBrowserTests {

	@Override
	boolean phone() {
		return true;
	}

}
