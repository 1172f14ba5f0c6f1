package org.fulcrum.server.internal.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashes: Argon2id (Bouncy Castle) with OWASP's current recommendation for it, 19 MiB of
 * memory, 2 iterations, 1 lane, a 16-byte random salt per password and a 32-byte hash, kept in
 * PHC form {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH}. A check reads the parameters from the
 * stored hash, so raising them later leaves existing passwords working; hashes are compared in
 * constant time.
 */
public final class Passwords {

	static final int MEMORY_KIB = 19 * 1024;
	static final int ITERATIONS = 2;
	static final int LANES = 1;
	static final int SALT_BYTES = 16;
	static final int HASH_BYTES = 32;
	/** The shortest password accepted (ASVS 5.0 asks for at least 8 and recommends 15). */
	public static final int MINIMUM_LENGTH = 12;
	static final int MAXIMUM_LENGTH = 1024;

	private static final Pattern PHC = Pattern
			.compile("\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");
	private static final SecureRandom RANDOM = new SecureRandom();
	/** Checked against when an account has no password or does not exist, so that the answer takes as long either way. */
	private static final String DECOY = hash("decoy password, never matches anything");

	private Passwords() {
	}

	/** The PHC string of a fresh Argon2id hash of {@code password}. */
	public static String hash(String password) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, LANES, HASH_BYTES);
		Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
		return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + LANES + "$" + b64.encodeToString(salt) + "$"
				+ b64.encodeToString(hash);
	}

	/** Whether {@code password} matches {@code stored} (a PHC string); a null or malformed {@code stored} matches nothing, in the same time. */
	public static boolean matches(String password, String stored) {
		Matcher phc = PHC.matcher(stored == null ? "" : stored);
		boolean wellFormed = phc.matches();
		if (!wellFormed) {
			phc = PHC.matcher(DECOY);
			phc.matches();
		}
		int memory = Integer.parseInt(phc.group(1));
		int iterations = Integer.parseInt(phc.group(2));
		int lanes = Integer.parseInt(phc.group(3));
		if (memory < 8 * lanes || memory > 4 * 1024 * 1024 || iterations < 1 || lanes < 1) {
			return false;
		}
		byte[] salt = Base64.getDecoder().decode(phc.group(4));
		byte[] expected = Base64.getDecoder().decode(phc.group(5));
		byte[] actual = argon2(password == null ? "" : password, salt, memory, iterations, lanes, expected.length);
		return MessageDigest.isEqual(expected, actual) && wellFormed;
	}

	/** Why {@code password} is not acceptable for {@code account}, or null when it is. */
	public static String weakness(String password, String account) {
		if (password == null || password.isEmpty()) {
			return "the password is empty";
		}
		if (password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			return "the password is shorter than " + MINIMUM_LENGTH + " characters";
		}
		if (password.length() > MAXIMUM_LENGTH) {
			return "the password is longer than " + MAXIMUM_LENGTH + " characters";
		}
		if (password.chars().distinct().count() < 4) {
			return "the password repeats too few different characters";
		}
		if (account != null && password.toLowerCase(java.util.Locale.ROOT).contains(account.toLowerCase(java.util.Locale.ROOT))) {
			return "the password contains the account's name";
		}
		return null;
	}

	private static byte[] argon2(String password, byte[] salt, int memory, int iterations, int lanes, int length) {
		Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
				.withMemoryAsKB(memory).withIterations(iterations).withParallelism(lanes).withSalt(salt).build();
		Argon2BytesGenerator generator = new Argon2BytesGenerator();
		generator.init(parameters);
		byte[] out = new byte[length];
		generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
		return out;
	}
}
