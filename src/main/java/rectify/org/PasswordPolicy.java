package rectify.org;

import java.security.SecureRandom;

import org.springframework.boot.context.properties.ConfigurationProperties;

import rectify.shared.BusinessException;

/**
 * How strong a password must be: a minimum length and a number of character classes (upper case, lower case,
 * digits, symbols), both set by {@code rectify.security.password.*}.
 */
@ConfigurationProperties("rectify.security.password")
public record PasswordPolicy(Integer minLength, Integer minClasses) {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!@#%+=-_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordPolicy {
        minLength = minLength == null ? 10 : minLength;
        minClasses = minClasses == null ? 3 : Math.max(1, Math.min(4, minClasses));
    }

    /** Refuses a password that breaks the policy, with a sentence that says what the policy is. */
    public void check(String password, String username) {
        if (password == null || password.length() < minLength || classesIn(password) < minClasses) {
            throw BusinessException.rule("password.rule.policy", minLength, minClasses);
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
