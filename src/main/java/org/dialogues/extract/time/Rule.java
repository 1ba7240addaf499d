package org.dialogues.extract.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One kind of date expression: where it is (a precompiled pattern) and what it means. */
record Rule(String name, Pattern pattern, Resolver resolver) {

    @FunctionalInterface
    interface Resolver {
        /** The reading of the current match; empty when it is not a valid date or cannot be anchored. */
        Optional<Dating> resolve(Matcher match, Anchor anchor);
    }

    static Rule of(String name, String regex, Resolver resolver) {
        return new Rule(name, Pattern.compile(regex), resolver);
    }
}
