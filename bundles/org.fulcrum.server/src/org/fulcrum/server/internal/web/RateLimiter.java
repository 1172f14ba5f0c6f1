package org.fulcrum.server.internal.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts events per client address in one-minute windows and says when an address has had its
 * allowance. Memory stays bounded: a new window starts with an empty table. Counts are per
 * process: N servers behind a balancer allow up to N times as much (docs/server.md, Running
 * several servers), which is safe for a guard against guessing 256-bit secrets.
 */
final class RateLimiter {

	private final int perMinute;
	private volatile long window;
	private volatile ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	RateLimiter(int perMinute) {
		this.perMinute = perMinute;
	}

	/** Counts one event for {@code address}; false once the address has used its allowance this minute. */
	boolean allow(String address) {
		return table().computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet() <= perMinute;
	}

	/** Whether {@code address} still has allowance, without counting. */
	boolean open(String address) {
		AtomicInteger count = table().get(address);
		return count == null || count.get() < perMinute;
	}

	private ConcurrentHashMap<String, AtomicInteger> table() {
		long now = System.currentTimeMillis() / 60_000;
		if (now != window) {
			synchronized (this) {
				if (now != window) {
					counts = new ConcurrentHashMap<>();
					window = now;
				}
			}
		}
		return counts;
	}
}
