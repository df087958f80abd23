package rectify.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

import rectify.shared.BusinessException;

/** Resolves message keys in the language of the current request (Chinese unless the user chose English). */
@Component
public class Messages {

    private final MessageSource messageSource;
    private final LocaleResolver localeResolver;

    Messages(MessageSource messageSource, @Lazy LocaleResolver localeResolver) {
        this.messageSource = messageSource;
        this.localeResolver = localeResolver;
    }

    public String get(String key, Object... args) {
        return messageSource.getMessage(key, args, key, locale());
    }

    /**
     * The user's language, also for answers written before Spring MVC runs (security filters): the servlet's own
     * locale would follow the server, not the user's choice.
     */
    public Locale locale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return localeResolver.resolveLocale(attributes.getRequest());
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    /** A list of words among the arguments is said as one enumeration: "责任领导、责任部门". */
    public String of(BusinessException e) {
        Object[] args = e.args().clone();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof java.util.List<?> words
                    && words.stream().allMatch(org.springframework.context.MessageSourceResolvable.class::isInstance)) {
                args[i] = String.join(get("list.separator"), words.stream()
                        .map(w -> messageSource.getMessage((org.springframework.context.MessageSourceResolvable) w, locale()))
                        .toList());
            }
        }
        return get(e.messageKey(), args);
    }
}
