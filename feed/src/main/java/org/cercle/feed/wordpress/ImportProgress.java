package org.cercle.feed.wordpress;

/** Told as an import moves on, for the page that follows it. */
interface ImportProgress {

	void media(int done);

	void posts(int done);

}
