package rectify.rectification.web;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

import rectify.rectification.LedgerQuery;

/**
 * Binds a ledger slice ({@link LedgerQuery.Slice}) the way a model attribute is bound, except that a request naming
 * none of its filters — almost every ledger request — gets {@link LedgerQuery.Slice#NONE} at once. Binding the nine
 * filters of a record reads their annotations reflectively on every request: a fifth of the JVM's time on the
 * province ledger's first page.
 */
@Configuration(proxyBeanMethods = false)
class LedgerSliceBinding implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new SliceArgument());
    }

    static final class SliceArgument implements HandlerMethodArgumentResolver {

        private static final List<String> FILTERS = Arrays.stream(LedgerQuery.Slice.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();

        private final ServletModelAttributeMethodProcessor binding = new ServletModelAttributeMethodProcessor(true);

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == LedgerQuery.Slice.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                      NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
            if (FILTERS.stream().map(request::getParameter).anyMatch(Objects::nonNull)) {
                return binding.resolveArgument(parameter, container, request, binders);
            }
            if (container != null) {
                container.addAttribute(Conventions.getVariableNameForParameter(parameter), LedgerQuery.Slice.NONE);
            }
            return LedgerQuery.Slice.NONE;
        }
    }
}
