package th.localnews.web.site;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

import th.localnews.web.api.ApiTypes.Article;
import th.localnews.web.api.PublicApiClient;

/** The article page. The numeric id resolves the story; a stale or missing slug redirects to the current one. */
@Controller
class ArticleController {

    private final PublicApiClient api;
    private final ArticlePage page;

    ArticleController(PublicApiClient api, ArticlePage page) {
        this.api = api;
        this.page = page;
    }

    @GetMapping("/articles/{id}")
    ResponseEntity<Void> withoutSlug(@PathVariable String id) {
        return redirect(api.article(parseId(id)));
    }

    @GetMapping("/articles/{id}/{slug}")
    Object article(@PathVariable String id, @PathVariable String slug, Model model) {
        Article article = api.article(parseId(id));
        if (!article.slug().equals(slug)) {
            return redirect(article);
        }
        return page.fill(model, article);
    }

    static String path(Article article) {
        return "/articles/" + article.id() + "/" + UriUtils.encodePathSegment(article.slug(), StandardCharsets.UTF_8);
    }

    /** Relative, so the redirect stays on whatever host the reader used; the canonical tag names the public one. */
    private static ResponseEntity<Void> redirect(Article article) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, path(article)).build();
    }

    private static long parseId(String id) {
        if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new PageNotFoundException("article " + id);
        }
        return Long.parseLong(id);
    }
}
