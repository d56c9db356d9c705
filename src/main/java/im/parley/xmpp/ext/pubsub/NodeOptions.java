package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.FormType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values for node configuration fields ({@code pubsub#access_model}, {@code pubsub#max_items},
 * ...), sent as a node configuration, as publish-options (then they are preconditions, §7.1.5)
 * or as subscription options. Fields keep the order they were set in.
 */
public record NodeOptions(Map<String, List<String>> values) {
    public NodeOptions {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static NodeOptions none() {
        return new NodeOptions(Map.of());
    }

    /** A copy with {@code var} set to {@code value}. */
    public NodeOptions with(String var, String... value) {
        Map<String, List<String>> next = new LinkedHashMap<>(values);
        next.put(var, List.of(value));
        return new NodeOptions(next);
    }

    public NodeOptions accessModel(AccessModel model) {
        return with("pubsub#access_model", model.wireName());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The submitted form of {@code formType}, e.g. {@link PubSub#PUBLISH_OPTIONS}. */
    public DataForm toForm(String formType) {
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.formType(formType));
        values.forEach((var, value) -> fields.add(FormField.of(var, null, value)));
        return DataForm.of(FormType.SUBMIT, fields);
    }
}
