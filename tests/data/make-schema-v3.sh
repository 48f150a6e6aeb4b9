#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Recreates tests/data/schema-v3.db (release 3 of the schema) with the same rows as schema-v1.db plus v2/v3-era data.
# Run it with a memberdesk-cli built from the release that wrote schema 3 (commit 18257e7); a newer CLI writes its own schema.
# schema-v9.db is the same script run with the CLI of commit e526de0 (schema 9), schema-v10.db with that of
# commit 6b19fa4 (schema 10), schema-v11.db with that of commit d33b09e (schema 11).
set -e
CLI=${CLI:-build/app/memberdesk-cli}
DB=$1
rm -f "$DB"
c() { "$CLI" --db "$DB" --lang en --json "$@"; }
c --now 2026-01-05T09:00:00 init
c --now 2026-01-05T09:10:00 member add --name 张三 --phone 13800138000 --gender m --birthday 1990-03-15 --consent yes
c --now 2026-01-05T09:20:00 member add --name 李四 --phone 13900139000 --gender m --referrer 1 --consent no
c --now 2026-01-05T09:30:00 member add --name "Wang Wu" --external-ref OLD-7 --note "prefers cash"
c --now 2026-01-10T10:00:00 purchase add --member 1 --amount 1200 --profit 300
c --now 2026-01-12T18:30:00 purchase add --member 2 --amount 88.80
c --now 2026-01-13T10:00:00 purchase void 2 --reason "typed the wrong amount"
c --now 2026-01-14T10:00:00 purchase add --member 1 --amount 50 --redeem-points 200
c --now 2026-01-15T10:00:00 gift add --name 保温杯 --points 500 --stock 10
c --now 2026-01-16T10:00:00 followup add --member 2 --channel phone --outcome "will come back" --next 2026-02-01
c --now 2026-01-17T10:00:00 complaint add --member 1 --text "收银排队太久"
c --now 2026-01-18T10:00:00 complaint resolve 1 --resolution "加开收银台"
c --now 2026-01-20T10:00:00 member anonymize 3 --reason "customer request"
