package th.localnews.article.taxonomy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A section slug that exists in the section table; null is left to {@code @NotBlank}. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownSection.Validator.class)
public @interface KnownSection {

    String message() default "ไม่มีหมวดข่าวนี้ (unknown section; see the section list)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownSection, String> {

        private final SectionRepository sections;

        Validator(SectionRepository sections) {
            this.sections = sections;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || sections.exists(value);
        }
    }
}
