// SPDX-License-Identifier: GPL-3.0-or-later
#include "CdnowSample.h"

#include <QFile>
#include <QTest>

#include <cmath>

namespace md::test {

bool loadCdnowSample(QVector<PurchaseHistory::Row>* rows)
{
    QFile file(QStringLiteral(MEMBERDESK_TEST_DATA "/cdnow/btyd_cdnowElog.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return false;
    }
    rows->clear();
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> f = line.split(',');
        if (f.size() != 5) {
            qWarning("bad line %d", i + 1);
            return false;
        }
        PurchaseHistory::Row r;
        bool ok = false;
        r.memberId = f.at(1).toLongLong(&ok);
        r.day = QDate::fromString(QString::fromLatin1(f.at(2)), QStringLiteral("yyyyMMdd"));
        const double dollars = f.at(4).toDouble();
        r.paidFen = std::llround(dollars * 100);
        r.profitFen = r.paidFen / 5;
        if (!ok || !r.day.isValid()) {
            qWarning("bad line %d", i + 1);
            return false;
        }
        rows->append(r);
    }
    return true;
}

bool cdnowCalibrationSummaries(QVector<CustomerSummary>* summaries)
{
    QVector<PurchaseHistory::Row> rows;
    if (!loadCdnowSample(&rows))
        return false;
    QString error;
    if (!CustomerSummaries::build(PurchaseHistory::fromRows(rows), QDate(1997, 9, 30), TimeUnit::Week,
                                  summaries, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

} // namespace md::test
