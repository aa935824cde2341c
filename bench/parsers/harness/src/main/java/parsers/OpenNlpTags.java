package parsers;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * The project's tagger (OpenNLP UD-EWT model), with OpenNLP's own UD-to-Penn mapping, for the
 * "parser fed with the project's tags" variant. The mapping is lossy (VERB becomes one Penn
 * tag), which is what this variant measures.
 */
public final class OpenNlpTags {
    private final POSTaggerME penn;

    public OpenNlpTags() throws IOException {
        try (InputStream in = OpenNlpTags.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            if (in == null) {
                throw new IOException("OpenNLP POS model not on the class path");
            }
            POSModel model = new POSModel(in);
            penn = new POSTaggerME(model, POSTagFormat.PENN);
        }
    }

    public List<String> tag(List<String> words) {
        return List.of(penn.tag(words.toArray(new String[0])));
    }
}
