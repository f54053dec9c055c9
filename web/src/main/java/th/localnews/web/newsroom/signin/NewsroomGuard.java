package th.localnews.web.newsroom.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * In front of every newsroom page: nothing is cached, every POST carries this session's CSRF token, and a page
 * asked for without a live sign-in sends the editor to sign in and back. A POST with an expired token goes
 * through, so the API's 401 can be answered with the editor's form intact rather than a lost story.
 */
@Configuration
class NewsroomGuard implements WebMvcConfigurer, HandlerInterceptor {

    private final Clock clock;

    NewsroomGuard(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/newsroom", "/newsroom/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean post = "POST".equals(request.getMethod());
        if (post && !CsrfToken.matches(request)) {
            throw new CsrfRejectedException();
        }
        if (open(path)) {
            return true;
        }
        HttpSession session = request.getSession(false);
        Object signIn = session == null ? null : session.getAttribute(EditorSignIn.ATTRIBUTE);
        boolean live = signIn instanceof EditorSignIn editor && (post || !editor.expired(clock.instant()));
        if (!live) {
            String back = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, "/newsroom/login?returnTo="
                    + URLEncoder.encode(post ? "/newsroom/articles" : back, StandardCharsets.UTF_8));
            return false;
        }
        return true;
    }

    /** Where a signed-out browser must be able to go; the logout POST still needs its CSRF token. */
    private static boolean open(String path) {
        return path.equals("/newsroom/login") || path.equals(SignInController.CALLBACK)
                || path.equals("/newsroom/signed-out") || path.equals("/newsroom/logout");
    }
}
