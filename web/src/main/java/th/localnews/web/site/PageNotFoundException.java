package th.localnews.web.site;

class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String message) {
        super(message);
    }
}
