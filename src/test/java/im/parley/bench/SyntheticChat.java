package im.parley.bench;

import im.parley.archive.search.IndexedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic stream of chat messages for the search benchmark: a vocabulary of 8,000 made-up words
 * (short ones frequent, 3% with an accent) drawn with Zipf's law (s = 1), 300 conversations (200 chats,
 * 100 rooms) whose activity is Zipf-distributed too, 1-40 words a message (mean about 8, most short),
 * a capital, commas and end punctuation now and then, times 0-180 s apart from 2023-01-01. The same
 * seed gives the same messages, so each engine indexes the identical archive. It also counts in how many
 * messages each word occurs, which sorts words into rare, medium and common for the queries.
 */
final class SyntheticChat {
    static final int VOCABULARY = 8_000;
    static final int CONVERSATIONS = 300;
    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t",
        "v", "w", "z", "br", "ch", "st", "tr", "sh", "pl", "gr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ou", "ea", "y"};
    private static final String[] ACCENTED = {"é", "è", "ü", "ö", "á", "ñ", "ç"};

    final String[] words = new String[VOCABULARY];
    final String[] conversations = new String[CONVERSATIONS];
    private final double[] wordCdf = zipfCdf(VOCABULARY, 1.0);
    private final double[] convCdf = zipfCdf(CONVERSATIONS, 1.0);
    /** Messages containing each word (by rank), counted as they are generated. */
    final int[] documentFrequency = new int[VOCABULARY];
    private final int[] seenIn = new int[VOCABULARY];
    private final Random random = new Random(20261204);
    private long nextKey = 1;
    private long timeMillis = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();

    SyntheticChat() {
        Random r = new Random(7);
        Set<String> used = new HashSet<>();
        for (int rank = 0; rank < VOCABULARY; rank++) {
            // Frequent words are short, as in real language: 1-2 syllables at the top, up to 4 in the tail.
            int syllables = 1 + (rank < 50 ? r.nextInt(2) : rank < 1000 ? r.nextInt(3) : 1 + r.nextInt(3));
            String w;
            do {
                StringBuilder b = new StringBuilder();
                for (int s = 0; s < syllables; s++) {
                    b.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
                }
                if (r.nextInt(3) == 0) {
                    b.append(ONSETS[r.nextInt(14)]);
                }
                w = b.toString();
                if (r.nextInt(100) < 3) {
                    int i = w.length() / 2;
                    w = w.substring(0, i) + ACCENTED[r.nextInt(ACCENTED.length)] + w.substring(i + 1);
                }
            } while (!used.add(w));
            words[rank] = w;
        }
        for (int c = 0; c < CONVERSATIONS; c++) {
            conversations[c] = c % 3 == 2 ? "room" + c + "@conference.example.org" : "contact" + c + "@example.org";
        }
    }

    static double[] zipfCdf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cdf[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    static int draw(double[] cdf, Random r) {
        int i = java.util.Arrays.binarySearch(cdf, r.nextDouble());
        return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
    }

    /** A conversation drawn by activity: busy ones more often, as people search where they talk. */
    String conversation(Random r) {
        return conversations[draw(convCdf, r)];
    }

    List<IndexedText> next(int count) {
        List<IndexedText> batch = new ArrayList<>(count);
        StringBuilder b = new StringBuilder();
        for (int m = 0; m < count; m++) {
            long key = nextKey++;
            timeMillis += random.nextInt(180_001);
            int length = Math.min(40, 1 + (int) (-Math.log(1 - random.nextDouble()) * 7));
            b.setLength(0);
            for (int i = 0; i < length; i++) {
                int rank = draw(wordCdf, random);
                if (seenIn[rank] != key) {
                    seenIn[rank] = (int) key;
                    documentFrequency[rank]++;
                }
                String w = words[rank];
                if (i == 0 && random.nextInt(3) == 0) {
                    w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
                }
                b.append(i == 0 ? "" : random.nextInt(12) == 0 ? ", " : " ").append(w);
            }
            int end = random.nextInt(10);
            b.append(end == 0 ? "?" : end == 1 ? "!" : end == 2 ? "." : "");
            batch.add(new IndexedText(key, conversation(random), Instant.ofEpochMilli(timeMillis), b.toString()));
        }
        return batch;
    }

    /** Up to {@code count} words, spread over the ranks, whose share of messages lies in [low, high). */
    List<String> wordsWithShare(long messages, double low, double high, int count) {
        List<Integer> ranks = new ArrayList<>();
        for (int rank = 0; rank < VOCABULARY; rank++) {
            double share = documentFrequency[rank] / (double) messages;
            if (share >= low && share < high && words[rank].chars().allMatch(c -> c < 128)) {
                ranks.add(rank);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(count, ranks.size()); i++) {
            out.add(words[ranks.get(i * ranks.size() / Math.min(count, ranks.size()))]);
        }
        return out;
    }

    int frequencyOf(String word) {
        for (int rank = 0; rank < VOCABULARY; rank++) {
            if (words[rank].equals(word)) {
                return documentFrequency[rank];
            }
        }
        return 0;
    }
}
