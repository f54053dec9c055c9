package th.localnews.web.site;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import th.localnews.web.api.PublicApiClient;

/** {@code /search?q=}: the reader's words go to the API as plain text and come back escaped. */
@Controller
class SearchPageController {

    /** Longer than any real query; a pasted page is answered with a 400 that says so. */
    static final int MAX_QUERY_LENGTH = 200;

    private final PublicApiClient api;

    SearchPageController(PublicApiClient api) {
        this.api = api;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
            Model model) {
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        if (query.length() > MAX_QUERY_LENGTH) {
            model.addAttribute("q", "");
            throw new BadReaderInputException("คำค้นยาวเกินไป กรุณาใช้ไม่เกิน " + MAX_QUERY_LENGTH + " ตัวอักษร");
        }
        if (!query.isEmpty()) {
            model.addAttribute("results", api.search(query, cursor));
        }
        return "search";
    }
}
