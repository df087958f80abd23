package rectify.org;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Business data is for business roles only: the three administrators get 403 here (三员分立). Which records a
 * business user sees is then decided by {@link DataScope}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('INSPECTION_OFFICE', 'UNIT_COORDINATOR', 'RESPONSIBLE', 'UNIT_LEADER', 'OVERSIGHT')")
public @interface BusinessRoles {
}
