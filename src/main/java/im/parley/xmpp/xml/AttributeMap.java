package im.parley.xmpp.xml;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable attribute map over one array of alternating keys and values, in document order.
 * Elements carry a handful of attributes, so a linear lookup beats hashing, and one small array
 * costs far less to build than a LinkedHashMap with its table and entries, once per element.
 * Keys are unique: the parser rejects duplicate attributes, and the key forms cannot collide.
 */
final class AttributeMap extends AbstractMap<String, String> {
    private final String[] keysAndValues;

    /** Takes the array over: keys at even indexes, each value right after its key. */
    AttributeMap(String[] keysAndValues) {
        this.keysAndValues = keysAndValues;
    }

    @Override
    public int size() {
        return keysAndValues.length / 2;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i].equals(key)) {
                return keysAndValues[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return AttributeMap.this.size();
            }

            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keysAndValues.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        next += 2;
                        return new SimpleImmutableEntry<>(keysAndValues[next - 2], keysAndValues[next - 1]);
                    }
                };
            }
        };
    }
}
