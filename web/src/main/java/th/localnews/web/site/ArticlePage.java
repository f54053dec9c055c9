package th.localnews.web.site;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import th.localnews.web.WebProperties;
import th.localnews.web.api.ApiTypes.Article;
import th.localnews.web.api.Taxonomy;
import th.localnews.web.format.ShareLinks;

/**
 * What the {@code article} template needs for one story. The reader's page and the newsroom's preview both fill
 * the model here, so a preview is the reader's page and cannot drift from it.
 */
@Component
public class ArticlePage {

    public static final String VIEW = "article";

    private final Taxonomy taxonomy;
    private final WebProperties properties;
    private final ArticleStructuredData structuredData;

    ArticlePage(Taxonomy taxonomy, WebProperties properties, ArticleStructuredData structuredData) {
        this.taxonomy = taxonomy;
        this.properties = properties;
        this.structuredData = structuredData;
    }

    public String fill(Model model, Article article) {
        String canonical = properties.publicUrl() + ArticleController.path(article);
        model.addAttribute("article", article);
        model.addAttribute("canonicalUrl", canonical);
        model.addAttribute("sectionName", taxonomy.sectionName(article.section()));
        model.addAttribute("share", ShareLinks.of(canonical, article.title()));
        model.addAttribute("jsonLd", structuredData.of(article, canonical));
        return VIEW;
    }
}
