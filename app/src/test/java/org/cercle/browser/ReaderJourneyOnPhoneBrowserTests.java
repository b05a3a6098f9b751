package org.cercle.browser;

/**
 * The same journey on a phone (390 × 844), every page it opens free of sideways
 * scrolling.
 */
class ReaderJourneyOnPhoneBrowserTests extends ReaderJourneyBrowserTests {

	@Override
	boolean phone() {
		return true;
	}

}
