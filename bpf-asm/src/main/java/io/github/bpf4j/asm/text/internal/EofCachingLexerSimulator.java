package io.github.bpf4j.asm.text.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * ANTLR's lexer caches DFA edges for characters 0 to 127 only, so the transition on end-of-input is recomputed
 * through the ATN every time. Lexing one line at a time, that happens once per line and cost a third of the lexing
 * time; this simulator remembers the end-of-input transition of each DFA state. The transition depends only on the
 * state, so the cache cannot change what is lexed.
 */
final class EofCachingLexerSimulator extends LexerATNSimulator {

    private final Map<DFAState, DFAState> eofEdges = new IdentityHashMap<>();

    EofCachingLexerSimulator(Lexer recog, DFA[] decisionToDFA) {
        super(recog, recog.getATN(), decisionToDFA, new PredictionContextCache());
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        if (t == IntStream.EOF) {
            return eofEdges.get(s);
        }
        return super.getExistingTargetState(s, t);
    }

    @Override
    protected DFAState computeTargetState(CharStream input, DFAState s, int t) {
        DFAState target = super.computeTargetState(input, s, t);
        if (t == IntStream.EOF) {
            eofEdges.put(s, target);
        }
        return target;
    }
}
