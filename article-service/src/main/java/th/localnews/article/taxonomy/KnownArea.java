package th.localnews.article.taxonomy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import th.localnews.events.taxonomy.Provinces;

/** An ISO 3166-2:TH code of one of the 77 provinces, or {@code TH-S} for Pattaya. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownArea.Validator.class)
public @interface KnownArea {

    String message() default "ไม่รู้จักรหัสจังหวัดนี้ (use an ISO 3166-2:TH code such as TH-40)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownArea, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Provinces.isKnownArea(value.strip());
        }
    }
}
