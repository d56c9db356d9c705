package im.parley.ui.forms;

import im.parley.xmpp.ext.forms.validate.Datatype;
import im.parley.xmpp.ext.forms.validate.Validation;
import im.parley.xmpp.ext.forms.validate.ValidationMethod;

/**
 * Sentences for what is wrong with a field, in the words of the person filling it rather than
 * XML Schema's.
 */
final class FieldMessages {
    static final String REQUIRED = "This field is required.";
    static final String NOT_AN_OPTION = "Choose one of the listed options.";

    private FieldMessages() {
    }

    static String notAnAddress(String value) {
        return "“" + value + "” is not an address like name@example.org.";
    }

    /** Why {@code value} fails {@code validation}, with what it takes instead. */
    static String invalid(Validation validation, String value) {
        ValidationMethod method = validation.effectiveMethod();
        if (method instanceof ValidationMethod.Regex) {
            return "“" + value + "” is not in the expected format.";
        }
        String wanted = wanted(validation.effectiveDatatype());
        if (method instanceof ValidationMethod.Range range && validation.effectiveDatatype().isOrdered()) {
            if (range.min() != null && range.max() != null) {
                return "Enter " + wanted + " from " + range.min() + " to " + range.max() + ".";
            }
            if (range.min() != null) {
                return "Enter " + wanted + " of at least " + range.min() + ".";
            }
            if (range.max() != null) {
                return "Enter " + wanted + " of at most " + range.max() + ".";
            }
        }
        return "Enter " + wanted + ".";
    }

    static String count(Validation validation, int count) {
        Long min = validation.listRange().min();
        Long max = validation.listRange().max();
        if (min != null && count < min) {
            return "Choose at least " + min + (min == 1 ? " option." : " options.");
        }
        return "Choose at most " + max + (max != null && max == 1 ? " option." : " options.");
    }

    private static String wanted(Datatype type) {
        switch (type) {
            case ANY_URI:
                return "a web address or other URI";
            case BOOLEAN:
                return "yes or no (true or false)";
            case BYTE:
            case SHORT:
            case INT:
            case LONG:
            case INTEGER:
                return "a whole number";
            case DECIMAL:
            case DOUBLE:
                return "a number";
            case DATE:
                return "a date like 2026-03-14";
            case DATE_TIME:
                return "a date and time like 2026-03-14T09:30:00Z";
            case TIME:
                return "a time like 09:30:00";
            case LANGUAGE:
                return "a language tag like en or pt-BR";
            default:
                return "a value";
        }
    }
}
