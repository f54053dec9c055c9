package th.localnews.article.taxonomy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import th.localnews.events.taxonomy.LocalGovernmentUnitTypes;

/** A unit named by its kind's short form and place, e.g. {@code ทน.ขอนแก่น}, {@code อบต.บ้านเป็ด}, {@code กทม.}. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownLocalGovernmentUnit.Validator.class)
public @interface KnownLocalGovernmentUnit {

    String message() default "ชื่อหน่วยงานต้องขึ้นต้นด้วย ทน. ทม. ทต. อบจ. หรือ อบต. ตามด้วยชื่อ หรือเป็น เมืองพัทยา / กทม.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownLocalGovernmentUnit, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || LocalGovernmentUnitTypes.typeOf(value.strip()).isPresent();
        }
    }
}
