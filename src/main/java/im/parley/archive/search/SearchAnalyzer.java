package im.parley.archive.search;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words as search sees them, for the index and for queries alike: Unicode word boundaries (UAX #29;
 * each Han ideograph is a word of its own), lower case, accents removed ("Café" and "cafe" are one
 * word, also when the accent was typed as a combining mark), then Latin letters folded to ASCII
 * ("ß" to "ss", "ø" to "o"). No stemming and no stop words: people search chats for names, links and
 * exact words, and a common word must still be findable. The tokenizer's offsets point into the
 * original text, which is what highlighting needs.
 */
final class SearchAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream words = new ASCIIFoldingFilter(new CombiningMarkFilter(new LowerCaseFilter(source)));
        return new TokenStreamComponents(source, words);
    }

    /**
     * Removes the combining diacritical marks (U+0300..U+036F) after canonical decomposition. Only that
     * block: marks elsewhere (Japanese voicing marks, Indic vowel signs) change the letter, not its accent.
     */
    static final class CombiningMarkFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        CombiningMarkFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (mayCarryAccent(term)) {
                String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
                StringBuilder kept = new StringBuilder(decomposed.length());
                for (int i = 0; i < decomposed.length(); i++) {
                    char c = decomposed.charAt(i);
                    if (c < '\u0300' || c > '\u036f') {
                        kept.append(c);
                    }
                }
                term.setEmpty().append(Normalizer.normalize(kept, Normalizer.Form.NFC));
            }
            return true;
        }

        /** Plain ASCII (most chat words) skips the two normalisations. */
        private static boolean mayCarryAccent(CharTermAttribute term) {
            char[] buf = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                if (buf[i] >= '\u00c0') {
                    return true;
                }
            }
            return false;
        }
    }
}
