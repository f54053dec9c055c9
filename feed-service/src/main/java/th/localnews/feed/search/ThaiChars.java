package th.localnews.feed.search;

/** Character classes of the Thai block that segmentation and snippet cutting rely on. */
final class ThaiChars {

    private ThaiChars() {
    }

    /** Consonants, vowels, tone marks and signs that make up Thai words (not ฯ, ๆ, ฿, digits or ๏ ๚ ๛). */
    static boolean isThaiLetter(char c) {
        return (c >= '\u0E01' && c <= '\u0E3A' && c != 'ฯ') || (c >= '\u0E40' && c <= '\u0E4E' && c != 'ๆ');
    }

    static boolean isThaiDigit(char c) {
        return c >= '๐' && c <= '๙';
    }

    /** เ แ โ ใ ไ are written before the consonant they follow in speech: a cut right after one strands it. */
    static boolean isLeadingVowel(char c) {
        return c >= '\u0E40' && c <= '\u0E44';
    }

    /** Vowels and marks that belong to the consonant before them: a text must never start with one. */
    static boolean isDependent(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK
                || c == 'ะ' || c == 'า' || c == 'ำ' || c == 'ๅ' || c == 'ๆ';
    }

    /** A place between two characters where a text may be cut without breaking a Thai character cluster. */
    static boolean isSafeCut(CharSequence text, int at) {
        if (at <= 0 || at >= text.length()) {
            return true;
        }
        return !isDependent(text.charAt(at)) && !isLeadingVowel(text.charAt(at - 1))
                && !Character.isLowSurrogate(text.charAt(at));
    }
}
