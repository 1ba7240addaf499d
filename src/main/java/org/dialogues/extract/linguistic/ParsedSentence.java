package org.dialogues.extract.linguistic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dialogues.extract.Span;

/** A sentence with its tokens and dependency graph; {@code index} is its position in the article. */
public record ParsedSentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {

    public ParsedSentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** Arcs leaving the token, in token order of their dependents. */
    public List<Dependency> childrenOf(int token) {
        List<Dependency> children = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token) {
                children.add(d);
            }
        }
        children.sort(java.util.Comparator.comparingInt(Dependency::dependent));
        return children;
    }

    /** Arcs arriving at the token (enhanced graphs may give a token several governors). */
    public List<Dependency> parentsOf(int token) {
        return dependencies.stream().filter(d -> d.dependent() == token).toList();
    }

    /** The first arc arriving at the token, if any. */
    public Optional<Dependency> headOf(int token) {
        return dependencies.stream().filter(d -> d.dependent() == token).findFirst();
    }

    /** The tokens whose span lies inside the given span. */
    public List<Token> tokensIn(Span inner) {
        return tokens.stream().filter(t -> inner.contains(t.span())).toList();
    }

    /** The token covering the character offset, if any. */
    public Optional<Token> tokenAt(int offset) {
        return tokens.stream().filter(t -> t.span().contains(offset)).findFirst();
    }

    /** True when the last token ends the sentence (. ! ? or a closing quote after one). */
    public boolean terminated() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            String pos = tokens.get(i).pos();
            String word = tokens.get(i).word();
            if (pos.equals("''") || word.equals(")") || word.equals("-RRB-")) {
                continue;
            }
            return pos.equals(".") || word.equals(".") || word.equals("!") || word.equals("?");
        }
        return false;
    }
}
