package th.localnews.web.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import th.localnews.web.api.ApiNotFoundException;
import th.localnews.web.api.ApiRejectedException;

/** Every failure becomes a Thai page with the right status; the reader never sees a stack trace. */
@ControllerAdvice
class SiteErrors {

    private static final Logger log = LoggerFactory.getLogger(SiteErrors.class);

    private final SiteModelAdvice site;

    SiteErrors(SiteModelAdvice site) {
        this.site = site;
    }

    @ExceptionHandler({ ApiNotFoundException.class, PageNotFoundException.class })
    ModelAndView notFound() {
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler({ ApiRejectedException.class, BadReaderInputException.class })
    ModelAndView badRequest(RuntimeException e) {
        ModelAndView page = page("error/4xx", HttpStatus.BAD_REQUEST);
        if (e instanceof BadReaderInputException input) {
            page.addObject("reason", input.reasonTh());
        }
        return page;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failure(Exception e, HttpServletResponse response) {
        // Spring's own errors (no such path, wrong method, missing parameter) keep their status
        if (e instanceof ErrorResponse known) {
            return byStatus(e, known.getStatusCode().value(), response);
        }
        log.error("page failed", e);
        // a passing failure must not be cached by the browser or a CDN for the page's usual minute
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return page("error/5xx", HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private ModelAndView byStatus(Exception e, int status, HttpServletResponse response) {
        if (status == 404) {
            return notFound();
        }
        if (status >= 400 && status < 500) {
            return page("error/4xx", HttpStatus.valueOf(status));
        }
        log.error("page failed", e);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return page("error/5xx", HttpStatus.INTERNAL_SERVER_ERROR);
    }

    /** Exception handlers get a fresh model, so the header and footer are filled in here. */
    private ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("site", site.site());
        page.addObject("menuSections", site.sections());
        page.addObject("menuProvinces", site.provinces());
        page.setStatus(status);
        return page;
    }
}
