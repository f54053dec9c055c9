package th.localnews.article.newsroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** At most {@code max} bytes in UTF-8: a Thai character takes three, so a character count would understate it. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Utf8Size.Validator.class)
@interface Utf8Size {

    long max();

    String message() default "ยาวเกิน {max} ไบต์";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Utf8Size, String> {

        private long max;

        @Override
        public void initialize(Utf8Size annotation) {
            max = annotation.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // a char is at most 3 UTF-8 bytes (surrogate pairs: 4 for 2 chars), so short strings skip the encoding
            return value == null || (long) value.length() * 3 <= max
                    || value.getBytes(StandardCharsets.UTF_8).length <= max;
        }
    }
}
