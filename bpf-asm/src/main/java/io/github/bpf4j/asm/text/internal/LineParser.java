package io.github.bpf4j.asm.text.internal;

import io.github.bpf4j.asm.text.AsmSyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses one line with the generated ANTLR parser: first in SLL mode with a bailing error strategy (fast, and
 * enough for every valid line of this grammar), then, only when that fails, again in full LL mode to report the
 * error precisely. ANTLR's own listeners (which print to stderr) are replaced by one that throws
 * {@link AsmSyntaxException} with a message written for people.
 */
public final class LineParser {

    private final FastLineParser fast;
    private final Listener listener = new Listener();
    private final BailErrorStrategy bail = new BailErrorStrategy();
    private final DefaultErrorStrategy report = new DefaultErrorStrategy();
    private final LinePos pos = new LinePos();
    // made on the first line the fast path leaves to the grammar: a file of plain instructions never loads ANTLR
    private BpfAsmLexer lexer;
    private BpfAsmParser parser;
    private CommonTokenStream tokens;

    /** A parser for verifier-log lines, which always go through the grammar. */
    public LineParser() {
        this(false);
    }

    /**
     * A parser for LLVM-syntax lines; with {@code fastPath}, the common instruction lines are read by
     * {@link FastLineParser} and only the others by the grammar.
     */
    public LineParser(boolean fastPath) {
        this.fast = fastPath ? new FastLineParser() : null;
    }

    private void initAntlr() {
        lexer = new BpfAsmLexer(null);
        parser = new BpfAsmParser(null);
        tokens = new CommonTokenStream(lexer);
        lexer.setInterpreter(new EofCachingLexerSimulator(lexer, lexer.getInterpreter().decisionToDFA));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        parser.setBuildParseTree(true);
    }

    /** Parses the current line of a scanner. */
    public ParsedLine parse(LineScanner scanner, String file) {
        if (fast != null) {
            FastLineParser.Fast f = fast.parse(scanner.code, scanner.columnBase);
            if (f != null) {
                return new ParsedLine(null, scanner.lineNumber, scanner.columnBase, scanner.code.length(),
                        scanner.opcode, scanner.index, scanner.opcodeColumn, f);
            }
        }
        pos.set(file, scanner.lineNumber, scanner.columnBase, scanner.code.length(), scanner.opcodeColumn);
        return new ParsedLine(parse(scanner.code), scanner.lineNumber, scanner.columnBase, scanner.code.length(),
                scanner.opcode, scanner.index, scanner.opcodeColumn, null);
    }

    private BpfAsmParser.LineContext parse(String code) {
        if (lexer == null) {
            initAntlr();
        }
        // a stream per line: the tokens of a parse tree read their text from it after later lines are parsed
        LineCharStream chars = new LineCharStream();
        chars.reset(code);
        lexer.setInputStream(chars);
        tokens.setTokenSource(lexer);
        parser.setTokenStream(tokens);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(bail);
        try {
            return parser.line();
        } catch (ParseCancellationException sllFailed) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(report);
            return parser.line();
        }
    }

    private AsmSyntaxException error(Token t, String reason, String expected) {
        return pos.error(t, reason, expected);
    }

    private final class Listener extends BaseErrorListener {
        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPosition,
                String msg, RecognitionException e) {
            if (recognizer instanceof Lexer lx) {
                int start = lx._tokenStartCharIndex;
                String text = lx.getInputStream().getText(
                        org.antlr.v4.runtime.misc.Interval.of(start, start));
                throw new AsmSyntaxException(pos.file, pos.line, pos.columnBase + charPosition,
                        "unexpected character '" + text + "'", null);
            }
            Parser p = (Parser) recognizer;
            Token t = (Token) offendingSymbol;
            IntervalSet expected;
            try {
                expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : p.getExpectedTokens();
            } catch (RuntimeException ignored) {
                expected = new IntervalSet();
            }
            throw translate(p, t, expected);
        }
    }

    private AsmSyntaxException translate(Parser p, Token t, IntervalSet expected) {
        String expectedText = describe(expected, p.getVocabulary());
        if (t.getType() == BpfAsmLexer.BAD_STRING) {
            return error(t, "unterminated string", "closing '\"'");
        }
        if (inside(p, BpfAsmParser.SectionDirectiveContext.class) && t.getType() == Token.EOF) {
            return error(t, ".section needs a name", "section name");
        }
        Token mnemonic = unknownMnemonic(p, t);
        if (mnemonic != null) {
            TokenStream ts = p.getInputStream();
            int next = mnemonic.getTokenIndex() + 1;
            int nextType = next < ts.size() ? ts.get(next).getType() : Token.EOF;
            String name = mnemonic.getText();
            if ((name.equals("r") || name.equals("w")) && nextType == BpfAsmLexer.MINUS && next + 1 < ts.size()
                    && ts.get(next + 1).getType() == BpfAsmLexer.NUMBER) {
                return error(mnemonic, "unknown register '" + name + "-" + ts.get(next + 1).getText() + "'",
                        "register");
            }
            if (nextType == BpfAsmLexer.ASSIGN || isAluAssign(nextType)) {
                return error(mnemonic, "unknown register '" + name + "'", "register");
            }
            return error(mnemonic, "unknown mnemonic '" + name + "'", "instruction");
        }
        if (expected.contains(BpfAsmLexer.REG)
                && (t.getType() == BpfAsmLexer.IDENT || t.getType() == BpfAsmLexer.DIRECTIVE)) {
            String name = t.getText();
            TokenStream ts = p.getInputStream();
            if ((name.equals("r") || name.equals("w")) && t.getTokenIndex() + 2 < ts.size()
                    && ts.get(t.getTokenIndex() + 1).getType() == BpfAsmLexer.MINUS
                    && ts.get(t.getTokenIndex() + 2).getType() == BpfAsmLexer.NUMBER) {
                name = name + "-" + ts.get(t.getTokenIndex() + 2).getText();
            }
            return error(t, "unknown register '" + name + "'", "register");
        }
        if (t.getType() == Token.EOF) {
            return error(t, "unexpected end of line" + (expectedText == null ? "" : ", expected " + expectedText),
                    expectedText);
        }
        return error(t, "unexpected '" + t.getText() + "'"
                + (expectedText == null ? "" : ", expected " + expectedText), expectedText);
    }

    /**
     * The identifier that starts the statement being parsed, when it is neither a label nor a directive: the
     * statement then names an instruction we do not know.
     */
    private static Token unknownMnemonic(Parser p, Token offending) {
        ParserRuleContext ctx = p.getContext();
        while (ctx != null && !(ctx instanceof BpfAsmParser.StmtContext)) {
            ctx = ctx.getParent();
        }
        TokenStream ts = p.getInputStream();
        int i;
        if (ctx != null) {
            i = ctx.getStart().getTokenIndex();
        } else {
            i = 0;
        }
        // skip labels
        while (i + 1 < ts.size() && isSymbol(ts.get(i).getType()) && ts.get(i + 1).getType() == BpfAsmLexer.COLON) {
            i += 2;
        }
        if (i < 0 || i >= ts.size()) {
            return null;
        }
        Token first = ts.get(i);
        if (first.getType() == BpfAsmLexer.IDENT && first.getTokenIndex() <= offending.getTokenIndex()) {
            return first;
        }
        return null;
    }

    private static boolean inside(Parser p, Class<?> type) {
        for (ParserRuleContext c = p.getContext(); c != null; c = c.getParent()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAluAssign(int type) {
        return switch (type) {
            case BpfAsmLexer.ADD_A, BpfAsmLexer.SUB_A, BpfAsmLexer.MUL_A, BpfAsmLexer.DIV_A, BpfAsmLexer.OR_A,
                    BpfAsmLexer.AND_A, BpfAsmLexer.LSH_A, BpfAsmLexer.RSH_A, BpfAsmLexer.ARSH_A, BpfAsmLexer.MOD_A,
                    BpfAsmLexer.XOR_A, BpfAsmLexer.SDIV_A, BpfAsmLexer.SMOD_A -> true;
            default -> false;
        };
    }

    private static boolean isSymbol(int type) {
        return type == BpfAsmLexer.IDENT || type == BpfAsmLexer.DIRECTIVE;
    }

    private static String describe(IntervalSet set, Vocabulary vocabulary) {
        if (set == null || set.isNil()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (int type : set.toList()) {
            String name = tokenName(type, vocabulary);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            return null;
        }
        if (names.size() > 8) {
            names = new ArrayList<>(names.subList(0, 8));
            names.add("...");
        }
        return String.join(", ", names);
    }

    private static String tokenName(int type, Vocabulary vocabulary) {
        return switch (type) {
            case Token.EOF -> "end of line";
            case BpfAsmLexer.REG -> "register";
            case BpfAsmLexer.NUMBER -> "number";
            case BpfAsmLexer.IDENT -> "identifier";
            case BpfAsmLexer.DIRECTIVE -> "directive";
            case BpfAsmLexer.STRING -> "string";
            case BpfAsmLexer.BAD_STRING, BpfAsmLexer.WS, BpfAsmLexer.DOT -> null;
            default -> vocabulary.getLiteralName(type);
        };
    }
}
