package th.localnews.web.site;

/** Input the site refuses before asking the API; {@code reasonTh} is shown to the reader. */
class BadReaderInputException extends RuntimeException {

    private final String reasonTh;

    BadReaderInputException(String reasonTh) {
        super(reasonTh);
        this.reasonTh = reasonTh;
    }

    String reasonTh() {
        return reasonTh;
    }
}
