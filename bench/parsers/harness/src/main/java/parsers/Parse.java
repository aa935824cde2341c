package parsers;

import java.util.List;

/**
 * One parsed sentence in a scheme-neutral shape: token i (1-based) has a head (0 = root)
 * and a label in the parser's own scheme.
 */
public record Parse(List<String> words, List<String> tags, int[] heads, String[] labels, List<String> entities) {

    public int size() {
        return words.size();
    }

    /** 1-based accessors. */
    public String word(int i) {
        return words.get(i - 1);
    }

    public String tag(int i) {
        return tags.get(i - 1);
    }

    public int head(int i) {
        return heads[i - 1];
    }

    public String label(int i) {
        return labels[i - 1];
    }

    /** CoNLL-like rendering, for dumps and for comparing runs. */
    public String conll() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= size(); i++) {
            sb.append(i).append('\t').append(word(i)).append('\t').append(tag(i)).append('\t')
                    .append(head(i)).append('\t').append(label(i));
            if (entities != null) {
                sb.append('\t').append(entities.get(i - 1));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
