#!/usr/bin/env python3
"""The dev-set scorer with one stricter rule: a prediction may match a gold event only when one of its
sources is an article the gold event is mentioned in.

Why: score.py pairs predictions with gold events on type and participants across the whole set, so a
wrong prediction from one article can "match" an event of another article that has the same people
(a future meeting matching a past one, a call matching a visit). Reading both figures side by side
shows how much of a score comes from such accidents.

Usage: score_by_source.py EVAL_DIR GOLD.jsonl PRED.jsonl [--primary]   (EVAL_DIR holds score.py;
--primary prints only the primary line)
"""
import os
import sys

eval_dir, gold_path, pred_path = sys.argv[1:4]
sys.path.insert(0, os.path.abspath(eval_dir))
import score as S  # noqa: E402  (the shared scorer: same matching, same figures)

plain_match = S.match_score


def match_within_articles(gold, pred, keys):
    gold_articles = {m.get("article") for m in gold.get("mentions", [])}
    pred_articles = {s.get("article") for s in pred.get("sources", [])}
    if gold_articles and not (gold_articles & pred_articles):
        return None
    return plain_match(gold, pred, keys)


S.match_score = match_within_articles
gold, pred = S.load(gold_path), S.load(pred_path)
groups = (("primary", S.PRIMARY), ("statement", {"statement"}), ("all", None))
if "--primary" in sys.argv[4:]:
    groups = groups[:1]
for name, types in groups:
    r = S.score(gold, pred, types)
    print(f"[{name}, same article] gold={r['gold']} pred={r['pred']} tp={r['tp']} dup={r['duplicates']} "
          f"P={r['precision']} R={r['recall']} F1={r['f1']} dateAcc={r['date_accuracy']}")
