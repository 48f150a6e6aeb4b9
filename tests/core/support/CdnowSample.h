// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/CustomerSummary.h"

namespace md::test {

/// The CDNOW sample (tests/data/cdnow/btyd_cdnowElog.csv) as purchase rows: member = the sample id
/// (1..2357), the day of the purchase, and its dollar value as "yuan" (cents as fen). Fails the test
/// (QFAIL) on an unreadable file.
bool loadCdnowSample(QVector<PurchaseHistory::Row>* rows);

/// The sample's weekly calibration summaries as in the BG/NBD paper (calibration end 1997-09-30).
bool cdnowCalibrationSummaries(QVector<CustomerSummary>* summaries);

} // namespace md::test
