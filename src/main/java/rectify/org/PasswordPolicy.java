package rectify.org;

import java.security.SecureRandom;

import org.springframework.boot.context.properties.ConfigurationProperties;

import rectify.shared.BusinessException;

/**
 * How strong a password must be: a minimum length and a number of character classes (upper case, lower case,
 * digits, symbols), both set by {@code rectify.security.password.*}.
 */
@ConfigurationProperties("rectify.security.password")
public record PasswordPolicy(Integer minLength, Integer minClasses, Integer remember) {

    /** What bcrypt reads of a password; anything longer would be cut off silently. */
    private static final int MAX_BYTES = 72;
    private static final java.util.Set<String> COMMON = commonPasswords();

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!@#%+=-_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordPolicy {
        minLength = minLength == null ? 10 : minLength;
        minClasses = minClasses == null ? 3 : Math.max(1, Math.min(4, minClasses));
        remember = remember == null ? 5 : Math.max(0, remember);
    }

    /** How many earlier passwords a new one may not repeat. */
    public int remembered() {
        return remember;
    }

    /** Whether the new password is the current one or one of the last {@link #remembered()} (newest first). */
    boolean recentlyUsed(String password, String currentHash, java.util.List<String> earlierHashes,
                         org.springframework.security.crypto.password.PasswordEncoder encoder) {
        if (encoder.matches(password, currentHash)) {
            return true;
        }
        return earlierHashes.stream().limit(remember).anyMatch(hash -> encoder.matches(password, hash));
    }

    private static java.util.Set<String> commonPasswords() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(java.util.stream.Collectors.toSet());
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the list of common passwords is missing", e);
        }
    }

    /** A password made of a common word or keyboard pattern with digits and symbols around it ("Qwerty123!"). */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(java.util.Locale.ROOT);
        // the usual disguises: digits and symbols around a word, and P@ssw0rd for password
        String letters = lower.replaceAll("[^a-z]", "");
        String core = lower.replaceAll("^[^a-z]+", "").replaceAll("[^a-z]+$", "");
        String plain = core.replace('@', 'a').replace('4', 'a').replace('0', 'o').replace('1', 'i')
                .replace('3', 'e').replace('$', 's').replace('5', 's').replace('7', 't');
        return COMMON.contains(lower) || COMMON.contains(letters) || letters.isEmpty() || COMMON.contains(core)
                || COMMON.contains(plain);
    }

    /** Refuses a password that breaks the policy, with a sentence that says what the policy is. */
    public void check(String password, String username) {
        if (password == null || password.length() < minLength || classesIn(password) < minClasses) {
            throw BusinessException.rule("password.rule.policy", minLength, minClasses);
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw BusinessException.rule("password.rule.tooLong", MAX_BYTES);
        }
        if (isCommon(password)) {
            throw BusinessException.rule("password.rule.common");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw BusinessException.rule("password.rule.containsUsername");
        }
    }

    /** A random password that satisfies any policy with length up to 16. */
    public String generate() {
        int length = Math.max(16, minLength);
        StringBuilder password = new StringBuilder();
        String[] classes = {UPPER, LOWER, DIGITS, SYMBOLS};
        for (String chars : classes) {
            password.append(chars.charAt(RANDOM.nextInt(chars.length())));
        }
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        while (password.length() < length) {
            password.insert(RANDOM.nextInt(password.length() + 1), all.charAt(RANDOM.nextInt(all.length())));
        }
        return password.toString();
    }

    static int classesIn(String password) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : password.toCharArray()) {
            if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
