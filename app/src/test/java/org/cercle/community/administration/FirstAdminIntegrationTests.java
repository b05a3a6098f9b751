package org.cercle.community.administration;

import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.cercle.testsupport.IntegrationTest;
import org.cercle.testsupport.SecondInstance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances started together on an empty database with {@code cercle.admin.email}
 * make exactly one admin (#15, point 15); neither dies on the unique key.
 */
@IntegrationTest
class FirstAdminIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoInstancesStartedTogetherOnAnEmptyDatabaseMakeOneAdmin() throws Exception {
		var database = "first_admin_" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("create database " + database).update();
		var hikari = dataSource.unwrap(HikariDataSource.class);
		var url = hikari.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
		SecondInstance.start(url, hikari.getUsername()).close(); // the schema, no admin
																	// yet
		var pool = Executors.newFixedThreadPool(2);
		var started = new ArrayList<ConfigurableApplicationContext>();
		try (var gate = DriverManager.getConnection(url, hikari.getUsername(), "")) {
			// members may be read but not written until both instances had time to look
			// for an admin: without turns, both find none and both create one
			gate.setAutoCommit(false);
			gate.createStatement().execute("lock table community_member in exclusive mode");
			Callable<ConfigurableApplicationContext> instance = () -> SecondInstance.start(url, hikari.getUsername(),
					"--cercle.admin.email=premiere@exemple.ch");
			var both = new ArrayList<Future<ConfigurableApplicationContext>>();
			both.add(pool.submit(instance));
			both.add(pool.submit(instance));
			var waiting = JdbcClient.create(new SingleConnectionDataSource(url, hikari.getUsername(), "", true));
			await().atMost(Duration.ofSeconds(60)).until(() -> waiting.sql("""
					select count(*) from pg_locks
					where not granted and relation = 'community_member'::regclass""").query(Long.class).single() > 0);
			Thread.sleep(3000);
			gate.commit();
			for (var one : both) {
				started.add(one.get());
			}
			var fresh = JdbcClient.create(new SingleConnectionDataSource(url, hikari.getUsername(), "", true));
			assertThat(fresh.sql("select count(*) from community_member_role where role = 'ADMIN'")
				.query(Long.class)
				.single()).isOne();
			assertThat(fresh.sql("select count(*) from community_audit_entry where action = 'ROLE_GRANTED'")
				.query(Long.class)
				.single()).isOne();
		}
		finally {
			started.forEach(ConfigurableApplicationContext::close);
			pool.shutdownNow();
		}
	}

}
