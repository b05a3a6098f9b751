package org.cercle.feed.wordpress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.cercle.shared.Refusal;
import org.cercle.shared.Refusal.Kind;

/**
 * WordPress imports as background jobs: the admin's request only checks the file and
 * queues it; every instance looks for queued jobs each second and one of them (the first
 * to lock it) runs it, telling its progress as it goes; if that instance dies, another
 * takes the job over once its lease has run out. The admin follows the job on a page of
 * its own, which ends with the report.
 */
@Service
public class ImportJobs {

	private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

	private final JdbcClient jdbc;

	private final WordPressImport importer;

	private final TransactionTemplate apart;

	private final Clock clock;

	ImportJobs(JdbcClient jdbc, WordPressImport importer, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.importer = importer;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** A job as its page shows it. */
	public record Job(UUID id, String status, int postsTotal, int postsDone, int mediaTotal, int mediaDone,
			@Nullable ImportReport report, @Nullable String error) {

		public boolean finished() {
			return status.equals("DONE") || status.equals("FAILED");
		}

		/** Items done of all, as a whole percentage, for the progress bar. */
		public int percent() {
			var total = postsTotal + mediaTotal;
			return total == 0 ? (finished() ? 100 : 0) : Math.min(100, (postsDone + mediaDone) * 100 / total);
		}

	}

	/**
	 * Checks that the file is a readable export, then queues it.
	 * @throws ImportRefused when it is not
	 */
	public UUID submit(byte[] export, byte @Nullable [] uploads, UUID admin) {
		WordPressExport.Export read;
		try {
			read = WordPressExport.read(export);
		}
		catch (WordPressExport.Unreadable unreadable) {
			throw new ImportRefused(Kind.INVALID, "feed.import.unreadable");
		}
		var id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into feed_import_job (id, admin_id, status, export, uploads, posts_total, media_total, created_at)
						values (:id, :admin, 'QUEUED', :export, :uploads, :posts, :media, :at)""")
			.param("id", id)
			.param("admin", admin)
			.param("export", export)
			.param("uploads", uploads)
			.param("posts", read.posts().size())
			.param("media", uploads == null ? 0 : read.attachments().size())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return id;
	}

	public Optional<Job> job(UUID id) {
		return jdbc.sql("select * from feed_import_job where id = :id")
			.param("id", id)
			.query(ImportJobs::job)
			.optional();
	}

	/** Runs the oldest waiting job, if this instance is the one to lock it. */
	@Scheduled(fixedDelayString = "${cercle.import.poll:PT1S}", initialDelayString = "PT2S")
	public void runNext() {
		var claimed = jdbc.sql("""
				update feed_import_job set status = 'RUNNING', started_at = coalesce(started_at, now()),
				    lease_until = now() + interval '10 minutes'
				where id = (select id from feed_import_job
				            where status = 'QUEUED' or (status = 'RUNNING' and lease_until < now())
				            order by created_at limit 1 for update skip locked)
				returning id, admin_id, export, uploads""")
			.query((row, number) -> new Claimed(row.getObject("id", UUID.class), row.getObject("admin_id", UUID.class),
					row.getBytes("export"), row.getBytes("uploads")))
			.optional();
		claimed.ifPresent(this::run);
	}

	private record Claimed(UUID id, UUID admin, byte[] export, byte @Nullable [] uploads) {
	}

	private void run(Claimed job) {
		try {
			var report = importer.importFile(job.export(), job.uploads(), job.admin(), progress(job.id()));
			finish(job.id(), report);
		}
		catch (Refusal refused) {
			fail(job.id(), refused.messageKey());
		}
		catch (RuntimeException unexpected) {
			log.error("WordPress import {} failed", job.id(), unexpected);
			fail(job.id(), "feed.import.failed");
		}
	}

	private ImportProgress progress(UUID job) {
		return new ImportProgress() {
			@Override
			public void media(int done) {
				count(job, "media_done", done);
			}

			@Override
			public void posts(int done) {
				count(job, "posts_done", done);
			}
		};
	}

	private void count(UUID job, String column, int done) {
		apart
			.executeWithoutResult(status -> jdbc.sql("update feed_import_job set " + column + " = :done where id = :id")
				.param("done", done)
				.param("id", job)
				.update());
	}

	private void finish(UUID job, ImportReport report) {
		jdbc.sql("""
				update feed_import_job set status = 'DONE', export = null, uploads = null, finished_at = :at,
				    posts_done = posts_total, media_done = media_total, published = :published, scheduled = :scheduled,
				    drafts = :drafts, comments = :comments, skipped = :skipped, media_imported = :imported,
				    notes = :notes, media = :media
				where id = :id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("published", report.published())
			.param("scheduled", report.scheduled())
			.param("drafts", report.drafts())
			.param("comments", report.comments())
			.param("skipped", report.skipped())
			.param("imported", report.mediaImported())
			.param("notes",
					String.join("\n",
							report.notes()
								.stream()
								.map(note -> note.key() + "\t" + note.subject().replace('\n', ' '))
								.toList()))
			.param("media", String.join("\n", report.media()))
			.param("id", job)
			.update();
	}

	private void fail(UUID job, String reason) {
		apart.executeWithoutResult(status -> jdbc.sql("""
				update feed_import_job set status = 'FAILED', export = null, uploads = null, finished_at = :at,
				    error = :reason where id = :id""")
			.param("at", Timestamp.from(clock.instant()))
			.param("reason", reason)
			.param("id", job)
			.update());
	}

	private static Job job(ResultSet row, int number) throws SQLException {
		var status = row.getString("status");
		ImportReport report = null;
		if (status.equals("DONE")) {
			report = new ImportReport(row.getInt("published"), row.getInt("scheduled"), row.getInt("drafts"),
					row.getInt("comments"), row.getInt("skipped"), notes(row.getString("notes")),
					row.getInt("media_imported"), lines(row.getString("media")));
		}
		return new Job(row.getObject("id", UUID.class), status, row.getInt("posts_total"), row.getInt("posts_done"),
				row.getInt("media_total"), row.getInt("media_done"), report, row.getString("error"));
	}

	private static List<ImportReport.Note> notes(@Nullable String text) {
		return lines(text).stream()
			.map(line -> line.split("\t", 2))
			.map(parts -> new ImportReport.Note(parts[0], parts.length > 1 ? parts[1] : ""))
			.toList();
	}

	private static List<String> lines(@Nullable String text) {
		return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
	}

}
