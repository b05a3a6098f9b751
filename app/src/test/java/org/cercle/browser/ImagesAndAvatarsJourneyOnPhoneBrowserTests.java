package org.cercle.browser;

/**
 * The same journeys on a phone (390 × 844), every page they open free of sideways
 * scrolling.
 */
class ImagesAndAvatarsJourneyOnPhoneBrowserTests extends ImagesAndAvatarsJourneyBrowserTests {

	@Override
	boolean phone() {
		return true;
	}

}
