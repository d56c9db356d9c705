package im.parley.xmpp.ext.forms.validate;

import java.util.Objects;

/** What a check of values against a field's validation found. */
public sealed interface ValidationResult {
    record Valid() implements ValidationResult {
    }

    record Invalid(String reason) implements ValidationResult {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static ValidationResult valid() {
        return new Valid();
    }

    static ValidationResult invalid(String reason) {
        return new Invalid(reason);
    }

    default boolean isValid() {
        return this instanceof Valid;
    }
}
