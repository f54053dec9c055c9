package th.localnews.web.newsroom.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import th.localnews.web.WebProperties;

/** Sign-in and form-token failures on newsroom pages, in Thai; ahead of the reader site's catch-all. */
@ControllerAdvice(basePackages = "th.localnews.web.newsroom")
@Order(Ordered.HIGHEST_PRECEDENCE)
class SignInErrors {

    private final WebProperties site;

    SignInErrors(WebProperties site) {
        this.site = site;
    }

    /** The API no longer takes the token: sign in again and come back to the page (a form post goes to the list). */
    @ExceptionHandler(SignInRequiredException.class)
    String signInAgain(HttpServletRequest request) {
        String back = "GET".equals(request.getMethod()) ? request.getRequestURI() : "/newsroom/articles";
        return "redirect:/newsroom/login?returnTo=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    @ExceptionHandler(SignInFailedException.class)
    ModelAndView signInFailed() {
        return page(HttpStatus.BAD_REQUEST, "เข้าสู่ระบบไม่สำเร็จ",
                "ระบบยืนยันตัวตนไม่ยอมรับการเข้าสู่ระบบครั้งนี้ หรือลิงก์หมดอายุแล้ว กรุณาลองเข้าสู่ระบบอีกครั้ง");
    }

    @ExceptionHandler(CsrfRejectedException.class)
    ModelAndView csrfRejected() {
        return page(HttpStatus.FORBIDDEN, "แบบฟอร์มหมดอายุ",
                "แบบฟอร์มนี้ไม่ได้มาจากหน้าห้องข่าวในการเข้าสู่ระบบครั้งนี้ กรุณาเปิดหน้าใหม่แล้วส่งอีกครั้ง");
    }

    private ModelAndView page(HttpStatus status, String heading, String message) {
        ModelAndView page = new ModelAndView("newsroom/message");
        page.addObject("site", site);
        page.addObject("heading", heading);
        page.addObject("message", message);
        page.setStatus(status);
        return page;
    }
}
