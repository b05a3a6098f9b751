/**
 * How an instance leaves a load balancer's rotation without losing a request: readiness
 * goes down first, requests are still served for a grace period, then Boot's graceful
 * shutdown.
 */
@NullMarked
package org.cercle.app.operations;

import org.jspecify.annotations.NullMarked;
