#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What SQLite itself needs to write a batch of purchases into a large shop, and where that time goes.

Writes ROWS purchases (each with its ledger `earn` entry) of MEMBERS random existing members, dated in the
50 days before 2026-11-20, the way RawSqlite::importPurchases does (grouped by member, the two report
insert triggers set aside, one members UPDATE each, report_member_month upserted), in one transaction with
the import's pragmas, then COMMIT and a checkpoint timed on their own, and reports the WAL's size: the
pages the batch dirtied.

--without INDEX (repeatable) drops indexes first, to see what a leaner schema would allow. Everything
this script does is COMMITTED, the dropped indexes and triggers included: run it on a scratch copy only.

--bare writes the batch into the leanest store of purchases a member card could use instead: a table
`bare_purchases(id, member_id, time, paid_fen)` with one index, (member_id, time), filled once with the
file's own purchases (untimed) — no ledger, no member figures, no summaries, no other index. It bounds
what any design that keeps a member's purchases findable can reach on this machine and disk.

    cp shop.db /tmp/scratch.db
    python3 bench/import_floor.py /tmp/scratch.db --rows 100000 --members 20000
    python3 bench/import_floor.py /tmp/scratch.db --rows 100000 --members 20000 \\
        --without purchases_member_time --without members_points ...
"""
import argparse
import datetime
import json
import os
import random
import resource
import sqlite3
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", help="a scratch copy of a MemberDesk database (it is modified)")
    parser.add_argument("--rows", type=int, default=100000)
    parser.add_argument("--members", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--without", action="append", default=[], metavar="INDEX")
    parser.add_argument("--bare", action="store_true", help="the batch into a one-index purchases table")
    args = parser.parse_args()

    con = sqlite3.connect(args.db, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "cache_size = -1048576",
                   "temp_store = MEMORY", "foreign_keys = OFF", "wal_autocheckpoint = 0"):
        con.execute("PRAGMA " + pragma)
    for index in args.without:
        con.execute("DROP INDEX IF EXISTS " + index)
    if args.bare and not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'bare_purchases'").fetchone():
        con.execute("BEGIN IMMEDIATE")
        con.execute("CREATE TABLE bare_purchases(id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL, "
                    "time TEXT NOT NULL, paid_fen INTEGER NOT NULL)")
        con.execute("INSERT INTO bare_purchases SELECT id, member_id, time, paid_fen FROM purchases ORDER BY id")
        con.execute("CREATE INDEX bare_purchases_member ON bare_purchases(member_id, time)")
        con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    rnd = random.Random(args.seed)
    max_id = con.execute("SELECT max(id) FROM members").fetchone()[0]
    ids = [rnd.randrange(1, max_id + 1) for _ in range(args.members)]
    today = datetime.date(2026, 11, 20)
    rows = []
    for _ in range(args.rows):
        day = today - datetime.timedelta(days=1 + rnd.randrange(50))
        second = 8 * 3600 + rnd.randrange(13 * 3600)
        stamp = "%sT%02d:%02d:%02d" % (day.isoformat(), second // 3600, second // 60 % 60, second % 60)
        fen = 100 + rnd.randrange(30000)
        expires = (day + datetime.timedelta(days=365)).isoformat()
        rows.append((ids[rnd.randrange(args.members)], stamp, fen, fen // 100, expires))
    rows.sort(key=lambda r: r[0])  # grouped by member, as the import writes them

    bare_rows = [(member, stamp, fen) for member, stamp, fen, _, _ in rows]

    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.monotonic()
    con.execute("BEGIN IMMEDIATE")
    if args.bare:
        con.executemany("INSERT INTO bare_purchases(member_id, time, paid_fen) VALUES(?1, ?2, ?3)", bare_rows)
        finish(con, args, t0, cpu0)
        return
    triggers = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                           "('report_purchase_insert', 'report_points_insert')").fetchall()
    for name, _ in triggers:
        con.execute("DROP TRIGGER " + name)
    cur = con.cursor()
    members, months = {}, {}
    for member, stamp, fen, points, expires in rows:
        cur.execute("INSERT INTO purchases(member_id, time, gross_fen, paid_fen, points_earned, tier, source) "
                    "VALUES(?1, ?2, ?3, ?3, ?4, 0, 'import')", (member, stamp, fen, points))
        cur.execute("INSERT INTO points_ledger(member_id, time, delta, kind, purchase_id, expires_on) "
                    "VALUES(?1, ?2, ?3, 'earn', ?4, ?5)", (member, stamp, points, cur.lastrowid, expires))
        m = members.setdefault(member, [0, 0, 0, stamp, stamp])
        m[0] += 1; m[1] += fen; m[2] += points; m[3] = min(m[3], stamp); m[4] = max(m[4], stamp)
        mm = months.setdefault((stamp[:7], member), [0, 0, stamp, stamp])
        mm[0] += 1; mm[1] += fen; mm[2] = min(mm[2], stamp); mm[3] = max(mm[3], stamp)
    for member in sorted(members):
        visits, paid, points, first, last = members[member]
        cur.execute("UPDATE members SET visits = visits + ?2, paid_total_fen = paid_total_fen + ?3, "
                    "points = points + ?4, first_visit = min(coalesce(first_visit, ?5), ?5), "
                    "last_visit = max(coalesce(last_visit, ?6), ?6) WHERE id = ?1",
                    (member, visits, paid, points, first, last))
    for (month, member) in sorted(months):
        n, paid, first, last = months[(month, member)]
        cur.execute("INSERT INTO report_member_month(month, member_id, purchases, paid_fen, first_time, "
                    "last_time, new_member) VALUES(?1, ?2, ?3, ?4, ?5, ?6, 0) ON CONFLICT(month, member_id) "
                    "DO UPDATE SET purchases = purchases + excluded.purchases, paid_fen = paid_fen + "
                    "excluded.paid_fen, first_time = min(first_time, excluded.first_time), "
                    "last_time = max(last_time, excluded.last_time)", (month, member, n, paid, first, last))
    for _, sql in triggers:
        con.execute(sql)
    finish(con, args, t0, cpu0)


def finish(con, args, t0, cpu0):
    """Commits, checkpoints, and prints where the time went."""
    t1 = time.monotonic()
    con.execute("COMMIT")
    t2 = time.monotonic()
    wal_mb = os.path.getsize(args.db + "-wal") / 1e6
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    t3 = time.monotonic()
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    print(json.dumps({
        "rows": args.rows, "members": args.members, "without": args.without, "bare": args.bare,
        "write_s": round(t1 - t0, 2), "commit_s": round(t2 - t1, 2), "checkpoint_s": round(t3 - t2, 2),
        "wal_mb": round(wal_mb), "rows_per_s": round(args.rows / (t3 - t0)), "cpu_s": round(cpu, 2),
        "load_average": round(os.getloadavg()[0], 2)}))


if __name__ == "__main__":
    main()
