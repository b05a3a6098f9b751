package org.cercle.feed.wordpress;

/** Told as an import moves on, for the page that follows it. */
interface ImportProgress {

	ImportProgress NONE = new ImportProgress() {
		@Override
		public void media(int done) {
		}

		@Override
		public void posts(int done) {
		}
	};

	void media(int done);

	void posts(int done);

}
