/*
 * One logical line of BPF assembly: the syntax clang -S writes and llvm-mc accepts for the BPF target, plus the
 * spellings of the kernel verifier log (kernel/bpf/disasm.c print_bpf_insn, Linux 6.18), bpftool's map[id:N] and
 * subprog[+N], the references our kernel style prints where the kernel has no invertible text (KernelStyle), and
 * bpf4j's CO-RE references (coreExpr).
 *
 * The assembler hands this parser one line at a time, with comments already blanked out (which characters start a
 * comment depends on the dialect: '#' is a comment in LLVM syntax but part of 'call bpf_map_lookup_elem#1' in the
 * kernel's). The grammar is kept SLL-friendly: alternatives diverge within a few tokens, so that the first,
 * cheap SLL pass succeeds on every valid line and full LL prediction runs only to report errors.
 *
 * Meaning (register ranges, access sizes, mnemonics spelled as identifiers, value ranges) is checked by the
 * visitor, which has better messages than a grammar could give.
 */
grammar BpfAsm;

line : stmt (SEMI stmt)* EOF ;

stmt : label* (insn | directive)? ;

label : symbol COLON ;

directive
    : SECTION sectionName (COMMA dirArg)*           # sectionDirective
    | DIRECTIVE (dirArg (COMMA? dirArg)*)?          # genericDirective
    ;

sectionName : STRING | ~(COMMA | SEMI | EOF)+ ;

dirArg
    : STRING                                        # stringArg
    | (AT | PERCENT) IDENT                          # typeArg
    | expr                                          # exprArg
    ;

insn
    : REG ASSIGN rhs                                # assignInsn
    | REG aluOp operand                             # aluInsn
    | sizeCast memRef ASSIGN operand                # storeInsn
    | LOCK sizeCast memRef aluOp REG                # lockInsn
    | IF REG cmpOp operand GOTO target              # condJumpInsn
    | GOTO target                                   # gotoInsn
    | GOTOL target                                  # gotolInsn
    | MAY_GOTO target                               # mayGotoInsn
    | CALL callee                                   # callInsn
    | CALLX REG                                     # callxInsn
    | EXIT                                          # exitInsn
    | LD_PSEUDO REG COMMA expr COMMA expr           # ldPseudoInsn
    | STORE_RELEASE LPAREN typeCast memRef COMMA REG RPAREN  # storeReleaseInsn
    ;

rhs
    : operand LL?                                   # movRhs
    | MINUS REG                                     # negRhs
    | LPAREN IDENT RPAREN REG                       # movsxRhs
    | IDENT REG                                     # endianRhs
    | sizeCast memRef                               # loadRhs
    | sizeCast SKB LBRACK pktIndex RBRACK           # packetRhs
    | IDENT LPAREN typeCast memRef (COMMA REG)* RPAREN          # atomicCallRhs
    | IDENT LPAREN REG offset? (COMMA operand)* RPAREN          # regCallRhs
    | IDENT LBRACK IDENT COLON NUMBER RBRACK (LBRACK NUMBER RBRACK PLUS NUMBER | PLUS NUMBER)?  # mapRefRhs
    | IDENT LBRACK sign=(PLUS | MINUS) NUMBER RBRACK  # subprogRhs
    ;

operand : REG | expr ;

sizeCast : STAR typeCast ;

typeCast : LPAREN IDENT STAR RPAREN ;

memRef : LPAREN REG offset? RPAREN ;

offset : (PLUS | MINUS) expr ;

pktIndex : REG (PLUS expr)? | expr ;

aluOp : ADD_A | SUB_A | MUL_A | DIV_A | OR_A | AND_A | LSH_A | RSH_A | ARSH_A | MOD_A | XOR_A | SDIV_A | SMOD_A ;

cmpOp : EQ | NE | GT | GE | LT | LE | SGT | SGE | SLT | SLE | AMP ;

target
    : PC? (PLUS | MINUS) NUMBER                     # relTarget
    | symbol                                        # labelTarget
    ;

callee
    : PC (PLUS | MINUS) NUMBER                      # relCallee
    | symbol (MINUS word=IDENT)? HASH neg=MINUS? id=NUMBER (LBRACK key=IDENT COLON index=NUMBER RBRACK)?  # kernelCallee
    | expr                                          # exprCallee
    ;

expr
    : MINUS expr                                    # negExpr
    | TILDE expr                                    # notExpr
    | expr (STAR | SLASH) expr                      # mulExpr
    | expr (PLUS | MINUS) expr                      # addExpr
    | LPAREN expr RPAREN                            # parenExpr
    | NUMBER                                        # numExpr
    | IDENT LPAREN coreType (COMMA corePath)? RPAREN  # coreExpr
    | symbol                                        # symExpr
    ;

// A CO-RE reference, core(task_struct, real_parent): bpf4j's extension, which llvm-mc does not have. The visitor
// accepts it only as a load/store offset or an ALU, mov or 64-bit load immediate.
coreType : IDENT IDENT? ;

corePath : (IDENT | DIRECTIVE | DOT | LBRACK NUMBER RBRACK)+ ;

symbol : IDENT | DIRECTIVE | DOT ;

// ---- lexer ----
IF : 'if' ;
GOTO : 'goto' ;
GOTOL : 'gotol' ;
MAY_GOTO : 'may_goto' ;
CALL : 'call' ;
CALLX : 'callx' ;
EXIT : 'exit' ;
LOCK : 'lock' ;
LL : 'll' ;
SKB : 'skb' ;
PC : 'pc' ;
LD_PSEUDO : 'ld_pseudo' ;
STORE_RELEASE : 'store_release' ;
SECTION : '.section' ;

REG : [rw] [0-9]+ ;

ARSH_A : 's>>=' ;
SDIV_A : 's/=' ;
SMOD_A : 's%=' ;
SGE : 's>=' ;
SLE : 's<=' ;
SGT : 's>' ;
SLT : 's<' ;
LSH_A : '<<=' ;
RSH_A : '>>=' ;
ADD_A : '+=' ;
SUB_A : '-=' ;
MUL_A : '*=' ;
DIV_A : '/=' ;
OR_A : '|=' ;
AND_A : '&=' ;
MOD_A : '%=' ;
XOR_A : '^=' ;
EQ : '==' ;
NE : '!=' ;
GE : '>=' ;
LE : '<=' ;
GT : '>' ;
LT : '<' ;
ASSIGN : '=' ;
AMP : '&' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
TILDE : '~' ;
PERCENT : '%' ;
AT : '@' ;
HASH : '#' ;
COMMA : ',' ;
COLON : ':' ;
SEMI : ';' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACK : '[' ;
RBRACK : ']' ;

NUMBER : '0' [xX] [0-9a-fA-F]+ | '0' [bB] [01]+ | [0-9]+ ;

DIRECTIVE : '.' [a-zA-Z0-9_$] [a-zA-Z0-9_.$]* ;
DOT : '.' ;
IDENT : [a-zA-Z_$] [a-zA-Z0-9_.$]* ;

STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
// A string that runs to the end of the line; the parser never accepts it, the error message names it.
BAD_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'? ;

WS : [ \t\r\n\f\u000b]+ -> skip ;
