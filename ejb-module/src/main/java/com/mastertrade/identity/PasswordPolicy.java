package com.mastertrade.identity;

import com.mastertrade.shared.InvalidInputException;
import com.mastertrade.shared.Language;
import com.mastertrade.shared.MastertradeException;
import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Long enough to resist guessing, short enough that hashing it is no denial of service, and not a common or
 * guessable password: zxcvbn (Dropbox's estimator, its Java port zxcvbn4j) must rate it at least
 * {@value #MIN_SCORE} of 4, i.e. more than 10^8 guesses, knowing 30,000 common passwords (French ones such as
 * {@code azertyuiop} and {@code motdepasse} among them), names, keyboard rows, sequences, dates, and the user's
 * own e-mail and name. The refusal, 422 {@code WEAK_PASSWORD} on the field {@code password}, says why in the
 * user's language.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    static final int MIN_SCORE = 3;
    /** The estimator's work grows with the square of the length: past this, the beginning decides. */
    static final int ESTIMATED_LENGTH = 64;

    private static final String FEEDBACK = "com/nulabinc/zxcvbn/messages";

    private PasswordPolicy() {}

    /**
     * The password, when it may be used by the person described by {@code aboutTheUser} (their e-mail, name...,
     * any of which may be null).
     */
    static char[] check(String password, Language language, String... aboutTheUser) {
        checkLength(password);
        Strength strength = Estimator.ZXCVBN.measure(
                password.substring(0, Math.min(password.length(), ESTIMATED_LENGTH)), userInputs(aboutTheUser));
        if (strength.getScore() < MIN_SCORE) {
            throw new MastertradeException(422, "WEAK_PASSWORD", why(strength.getFeedback(), language), "password");
        }
        return password.toCharArray();
    }

    /** The cheap part of the check, for when the user is not known yet. */
    static void checkLength(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidInputException(
                    "password", "password is " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            throw new InvalidInputException("password", "password cannot be only spaces");
        }
    }

    /** The words a guesser who knows the user would try first: the e-mail and its parts, the name's words. */
    static List<String> userInputs(String... aboutTheUser) {
        Set<String> inputs = new LinkedHashSet<>();
        for (String about : aboutTheUser) {
            if (about == null || about.isBlank()) {
                continue;
            }
            String lower = about.trim().toLowerCase(Locale.ROOT);
            String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            for (String text : List.of(lower, plain)) {
                inputs.add(text);
                Stream.of(text.split("[^\\p{L}\\p{N}]+"))
                        .filter(word -> word.length() >= 3)
                        .forEach(inputs::add);
            }
        }
        return new ArrayList<>(inputs);
    }

    private static String why(Feedback feedback, Language language) {
        Feedback localised = feedback.withResourceBundle(
                ResourceBundle.getBundle(FEEDBACK, language == Language.EN ? Locale.ROOT : language.locale()));
        StringBuilder message = new StringBuilder(
                language == Language.EN
                        ? "This password is too easy to guess."
                        : "Ce mot de passe est trop facile à deviner.");
        Stream.concat(Stream.of(localised.getWarning()), localised.getSuggestions().stream())
                .filter(text -> text != null && !text.isBlank())
                .forEach(text -> message.append(' ').append(text));
        return message.toString();
    }

    /** Built once: loading the dictionaries takes a few hundred milliseconds; measuring is thread-safe. */
    private static final class Estimator {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}
