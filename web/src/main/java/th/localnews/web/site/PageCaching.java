package th.localnews.web.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import th.localnews.web.WebProperties;

/**
 * Pages are cached briefly (a new story must show within a minute); static files are cached for a year under
 * content-versioned URLs (see {@code spring.web.resources} in application.yml).
 */
@Configuration
class PageCaching implements WebMvcConfigurer {

    private final String pageCacheControl;

    PageCaching(WebProperties properties) {
        this.pageCacheControl = CacheControl.maxAge(properties.pageMaxAge()).cachePublic().getHeaderValue();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
                    response.setHeader(HttpHeaders.CACHE_CONTROL, pageCacheControl);
                }
                return true;
            }
        }).addPathPatterns("/", "/sections/**", "/provinces/**", "/articles/**", "/search", "/alerts");
    }
}
