package th.localnews.article.newsroom;

public class ArticleNotFoundException extends RuntimeException {

    ArticleNotFoundException(long id) {
        super("no article " + id);
    }
}
