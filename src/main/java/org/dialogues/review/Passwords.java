package org.dialogues.review;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id hashing of workbench passwords. The parameters are OWASP's first recommendation for
 * Argon2id (19 MiB, 2 passes, 1 lane); each hash carries its own parameters and salt, so they may be
 * raised later without breaking stored hashes.
 */
final class Passwords {

    static final int MINIMUM_LENGTH = 12;
    static final int MAXIMUM_LENGTH = 256;

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 0x13);
    // Checked against when a name has no account, so that an unknown name takes as long as a wrong password.
    private static final String DECOY = hashUnchecked("not a password of anyone");

    private Passwords() {
    }

    /** The PHC-form hash of an acceptable password; refuses one that is too short or too long. */
    static String hash(char[] password) {
        if (password.length < MINIMUM_LENGTH) {
            throw new AccountException("password: shorter than " + MINIMUM_LENGTH + " characters; choose a longer one");
        }
        if (password.length > MAXIMUM_LENGTH) {
            throw new AccountException("password: longer than " + MAXIMUM_LENGTH + " characters");
        }
        return hashUnchecked(java.nio.CharBuffer.wrap(password));
    }

    static boolean matches(CharSequence password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the time of one check without anything to check against. */
    static void checkDecoy(CharSequence password) {
        matches(password, DECOY);
    }

    private static String hashUnchecked(CharSequence password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }
}
