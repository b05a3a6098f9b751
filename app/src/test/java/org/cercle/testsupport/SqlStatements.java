package org.cercle.testsupport;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the current thread sends to PostgreSQL (datasource-proxy),
 * e.g. to prove that a page makes a fixed number of queries whatever the number of
 * comments.
 */
public final class SqlStatements {

	private SqlStatements() {
	}

	/** Runs the action and returns how many statements it executed on this thread. */
	public static int countedDuring(Runnable action) {
		QueryCountHolder.clear();
		action.run();
		var count = QueryCountHolder.getGrandTotal().getTotal();
		QueryCountHolder.clear();
		return (int) count;
	}

	/** Wraps the application's DataSource so that statements are counted. */
	static BeanPostProcessor counting() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource
						&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
				}
				return bean;
			}
		};
	}

}
