package dk.infohus.webui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Puts {@link PageContext} into the model of every view a controller renders, as {@code page}, unless
 * the controller put one there itself. API answers (no view) and redirects get none. An error page made
 * by an {@code @ExceptionHandler} does not pass here: it adds {@code PageContext.of(request)} itself.
 */
final class PageContextInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = "page";

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView view) {
        if (view == null || view.getModel().containsKey(ATTRIBUTE) || isRedirect(view)) {
            return;
        }
        view.addObject(ATTRIBUTE, PageContext.of(request));
    }

    private static boolean isRedirect(ModelAndView view) {
        String name = view.getViewName();
        return view.getView() instanceof RedirectView
                || (name != null && (name.startsWith("redirect:") || name.startsWith("forward:")));
    }
}
