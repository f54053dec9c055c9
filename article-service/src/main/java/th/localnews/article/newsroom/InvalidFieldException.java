package th.localnews.article.newsroom;

/** A value that passed Bean Validation but breaks a rule of the newsroom; answered as a field problem (400). */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String code;

    public InvalidFieldException(String field, String code, String message) {
        super(message);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
