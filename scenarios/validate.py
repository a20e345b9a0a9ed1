#!/usr/bin/env python3
"""Checks scenarios/demo-shop.jsonl against the demo shop's data (Python 3, standard library only).

    python3 scenarios/validate.py [SCENARIOS] [--data DIR]

DIR defaults to the copy the order-connector loads (order-connector/src/main/resources/demo-shop); faq.jsonl is
used when DIR has it (e.g. --data /work/shared/demo-shop). Exits 1 on any error; warnings do not fail.

Checked: every line parses, ids are unique, the keys and their types, language/channel/identity combinations
(sms only from a registered phone, anonymous only on web), flow names; every order id, tracking number, RMA id,
SKU, customer id and phone number in the user turns or expectations exists, and in all_of/any_of belongs to the
scenario's customer (anonymous scenarios name no order at all), while in none_of it belongs to someone else;
customer names in none_of are other customers'; every all_of string is found in the data the scenario can see
(its customer's records, the catalogue, policies, FAQ) or in what the shopper wrote; 'RMA20' in none_of is only
used for customers without an RMA; no date strings are expected.
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FLOWS = ["order_status", "logistics", "delay_compensation", "return", "exchange", "refund_status", "cancel_order",
         "change_address", "product_info", "product_compare", "recommend", "faq", "privacy", "chitchat", "clarify"]
KEYS = ["id", "language", "channel", "identity", "flow", "turns", "notes"]
ID_PATTERNS = {
    "order": re.compile(r"SO\d{13}"),
    "tracking": re.compile(r"SF\d{13}|(?<!\d)78\d{12}(?!\d)|JDVA\d{11}|YT\d{13}"),
    "rma": re.compile(r"RMA\d{12}"),
    "sku": re.compile(r"SKU-\d{5}"),
    "customer": re.compile(r"(?<![A-Za-z0-9])C1\d{3}(?![0-9])"),
    "phone": re.compile(r"(?<!\d)1\d{10}(?!\d)"),
}
DATE = re.compile(r"20\d\d-\d\d|\d{1,2}月\d{1,2}日|\d{1,2}/\d{1,2}/20\d\d")


def norm(s):
    """The runner's matching: NFKC, ASCII case folding, no thousands separators, collapsed whitespace."""
    s = unicodedata.normalize("NFKC", s)
    s = "".join(c.lower() if c.isascii() else c for c in s)
    s = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", s)
    return re.sub(r"\s+", " ", s).strip()


def jl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main():
    args = sys.argv[1:]
    data = os.path.join(ROOT, "order-connector/src/main/resources/demo-shop")
    if "--data" in args:
        i = args.index("--data")
        data = args[i + 1]
        del args[i:i + 2]
    path = args[0] if args else os.path.join(HERE, "demo-shop.jsonl")

    customers = {c["customer_id"]: c for c in jl(os.path.join(data, "customers.jsonl"))}
    orders = {o["order_id"]: o for o in jl(os.path.join(data, "orders.jsonl"))}
    shipments = {s["order_id"]: s for s in jl(os.path.join(data, "shipments.jsonl"))}
    returns = jl(os.path.join(data, "returns.jsonl"))
    products = {p["sku"]: p for p in jl(os.path.join(data, "products.jsonl"))}
    with open(os.path.join(data, "policies.json"), encoding="utf-8") as f:
        policies = json.load(f)
    faq_path = os.path.join(data, "faq.jsonl")
    faq = jl(faq_path) if os.path.exists(faq_path) else []

    owner = {}  # any id -> customer id
    for o in orders.values():
        owner[o["order_id"]] = o["customer_id"]
    for s in shipments.values():
        owner[s["tracking_no"]] = orders[s["order_id"]]["customer_id"]
    for r in returns:
        owner[r["rma_id"]] = r["customer_id"]
        if r["return_tracking_no"]:
            owner[r["return_tracking_no"]] = r["customer_id"]
    phone_of = {c["phone"]: cid for cid, c in customers.items()}
    names = collections.defaultdict(set)  # two names are shared by two customers each
    for cid, c in customers.items():
        names[c["name"]].add(cid)
    rmas_of = collections.Counter(r["customer_id"] for r in returns)

    def dump(x):
        return json.dumps(x, ensure_ascii=False)
    public = norm(dump(list(products.values())) + dump(policies) + dump(faq))
    private = {}
    for cid, c in customers.items():
        mine = [o for o in orders.values() if o["customer_id"] == cid]
        private[cid] = norm(dump(c) + dump(mine) + dump([shipments[o["order_id"]] for o in mine
                                                            if o["order_id"] in shipments])
                            + dump([r for r in returns if r["customer_id"] == cid]))

    errors, warnings = [], []
    seen = set()
    count = {k: collections.Counter() for k in ("flow", "language", "channel", "identity")}
    turns_total = handoffs = 0
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        where = f"line {n}"
        try:
            s = json.loads(line)
        except ValueError as e:
            errors.append(f"{where}: not JSON ({e})")
            continue
        if list(s.keys()) != KEYS:
            errors.append(f"{where}: keys {list(s.keys())}, expected {KEYS}")
            continue
        sid = s["id"]
        where = f"{sid} (line {n})"
        if not isinstance(sid, str) or not sid:
            errors.append(f"{where}: empty id")
        if sid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(sid)
        lang, channel, ident, flow = s["language"], s["channel"], s["identity"], s["flow"]
        if lang not in ("zh", "en"):
            errors.append(f"{where}: language {lang!r}")
        if channel not in ("app", "web", "sms"):
            errors.append(f"{where}: channel {channel!r}")
        if flow not in FLOWS:
            errors.append(f"{where}: flow {flow!r}")
        if not isinstance(s["notes"], str) or len(s["notes"]) < 20:
            errors.append(f"{where}: notes should state the facts relied on")
        # --- identity ---
        cust = None
        if not isinstance(ident, dict) or len(ident) > 1:
            errors.append(f"{where}: identity {ident!r}")
        elif "customerId" in ident:
            cust = ident["customerId"]
            if cust not in customers:
                errors.append(f"{where}: unknown customer {cust}")
            if channel not in ("app", "web"):
                errors.append(f"{where}: a customerId identity is a logged-in app/web shopper, not {channel}")
            kind = "customerId"
        elif "phone" in ident:
            cust = phone_of.get(ident["phone"])
            if cust is None:
                errors.append(f"{where}: phone {ident['phone']} is no customer's registered phone")
            if channel != "sms":
                errors.append(f"{where}: a phone identity is an SMS shopper, channel is {channel}")
            kind = "phone"
        elif ident == {}:
            if channel != "web":
                errors.append(f"{where}: anonymous visitors are web only, channel is {channel}")
            kind = "anonymous"
        else:
            errors.append(f"{where}: identity {ident!r}")
            kind = "?"
        count["flow"][flow] += 1
        count["language"][lang] += 1
        count["channel"][channel] += 1
        count["identity"][kind] += 1
        visible = public + (private.get(cust, "") if cust else "")
        # --- turns ---
        if not isinstance(s["turns"], list) or not s["turns"]:
            errors.append(f"{where}: no turns")
            continue
        said = ""
        for t_i, turn in enumerate(s["turns"], 1):
            tw = f"{where} turn {t_i}"
            turns_total += 1
            if set(turn.keys()) != {"user", "expect"} or not isinstance(turn["user"], str) or not turn["user"]:
                errors.append(f"{tw}: a turn is {{user, expect}}")
                continue
            said += " " + norm(turn["user"])
            exp = turn["expect"]
            if list(exp.keys()) != ["all_of", "any_of", "none_of", "handoff"]:
                errors.append(f"{tw}: expect keys {list(exp.keys())}")
                continue
            if not isinstance(exp["handoff"], bool):
                errors.append(f"{tw}: handoff must be true or false")
            handoffs += exp["handoff"]
            for k in ("all_of", "any_of", "none_of"):
                if not isinstance(exp[k], list) or not all(isinstance(x, str) and x for x in exp[k]):
                    errors.append(f"{tw}: {k} must be a list of non-empty strings")
            # ids in what the shopper says
            for kind_, pat in ID_PATTERNS.items():
                for m in pat.findall(turn["user"]):
                    if kind_ == "sku":
                        if m not in products:
                            errors.append(f"{tw}: user names unknown {m}")
                        continue
                    if kind_ == "phone":
                        if m not in phone_of:
                            errors.append(f"{tw}: user names phone {m}, no customer has it")
                        elif flow != "privacy" and phone_of[m] != cust:
                            errors.append(f"{tw}: user names another customer's phone outside a privacy test")
                        continue
                    if kind_ == "customer":
                        if m not in customers:
                            errors.append(f"{tw}: unknown customer {m}")
                        continue
                    o = owner.get(m)
                    if o is None:
                        errors.append(f"{tw}: user names unknown {kind_} {m}")
                    elif o != cust and flow != "privacy":
                        errors.append(f"{tw}: user names {m} of {o}, not the shopper's, outside a privacy test")
            # expectations
            for k in ("all_of", "any_of"):
                for x in exp[k]:
                    if DATE.search(x):
                        errors.append(f"{tw}: {k} expects a date string {x!r}; dates shift on load")
                    for kind_, pat in ID_PATTERNS.items():
                        for m in pat.findall(x):
                            if kind_ == "sku":
                                if m not in products:
                                    errors.append(f"{tw}: unknown {m}")
                            elif kind_ == "phone":
                                if phone_of.get(m) != cust:
                                    errors.append(f"{tw}: {k} expects phone {m}, not the shopper's")
                            elif kind_ == "customer":
                                if m != cust:
                                    errors.append(f"{tw}: {k} expects customer id {m}")
                            else:
                                o = owner.get(m)
                                if o is None:
                                    errors.append(f"{tw}: {k} expects unknown {kind_} {m}")
                                elif o != cust:
                                    errors.append(f"{tw}: {k} expects {m} of {o}, scenario customer is {cust}")
                for x in exp[k] if k == "all_of" else []:
                    nx = norm(x)
                    if nx not in visible and nx not in said and nx != "rma":
                        errors.append(f"{tw}: all_of {x!r} is not in the data this shopper can see "
                                      f"nor in what they wrote")
                    if re.fullmatch(r"[\d.]+", nx):
                        # a number inside an id this conversation is about passes whenever the id is quoted
                        ids = set()
                        for t2 in s["turns"]:
                            for y in [t2["user"]] + t2["expect"]["all_of"] + t2["expect"]["any_of"]:
                                for kind_ in ("order", "tracking", "rma"):
                                    ids.update(ID_PATTERNS[kind_].findall(y))
                        hit = sorted(i for i in ids if nx in norm(i) and nx != norm(i))
                        if hit:
                            warnings.append(f"{tw}: all_of {x!r} also occurs inside {hit[0]}: weak check")
            for x in exp["none_of"]:
                for kind_, pat in ID_PATTERNS.items():
                    for m in pat.findall(x):
                        if kind_ == "sku":
                            continue
                        if kind_ == "phone":
                            o = phone_of.get(m)
                        elif kind_ == "customer":
                            o = m if m in customers else None
                        else:
                            o = owner.get(m)
                        if o is None:
                            errors.append(f"{tw}: none_of {x!r}: unknown {kind_}")
                        elif o == cust and kind_ != "phone":
                            # a shopper's own full phone number may be forbidden: replies mask phone numbers
                            errors.append(f"{tw}: none_of {x!r} is the shopper's own {kind_}")
                if cust in names.get(x, ()):
                    errors.append(f"{tw}: none_of {x!r} is the shopper's own name")
                if x == "RMA20" and cust and rmas_of[cust]:
                    errors.append(f"{tw}: none_of 'RMA20' but {cust} already has {rmas_of[cust]} RMA(s)")
                if x in exp["all_of"] or x in exp["any_of"]:
                    errors.append(f"{tw}: {x!r} is both expected and forbidden")
            if flow == "privacy" and not exp["none_of"] and t_i == 1:
                warnings.append(f"{tw}: privacy test without none_of")
    for e in errors:
        print("ERROR", e)
    for w in warnings:
        print("warn ", w)
    print(f"{len(lines)} scenarios, {turns_total} turns, {handoffs} handoff turns")
    for k, c in count.items():
        print(f"  {k}: " + ", ".join(f"{a} {b}" for a, b in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))))
    missing = [f for f in FLOWS if not count["flow"][f]]
    if missing:
        print("ERROR flows without a scenario:", missing)
    print("OK" if not errors and not missing else f"{len(errors)} error(s)")
    sys.exit(1 if errors or missing else 0)


if __name__ == "__main__":
    main()
