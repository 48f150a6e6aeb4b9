// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/InsightSnapshot.h"
#include "services/ServiceContext.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace md::ui {

class InsightMemberList;
class InsightParetoTab;
class InsightRfmTab;
class InsightTypesTab;
class InsightWinBackTab;
class ParetoChartView;
class QuadrantChartView;
class RfmChartView;

/// Customer insight for the owner: RFM segments, the four loyalty types, the 20/80 rule and the win-back
/// list, each clickable into the list of its members. The computation runs on a worker thread with its own
/// read-only connection; the page shows its steps meanwhile and stays usable.
class InsightPage : public QWidget
{
    Q_OBJECT
public:
    explicit InsightPage(const ServiceContext& ctx, QWidget* parent = nullptr);
    ~InsightPage() override;

    bool isComputing() const;
    /// The last successful computation (ok false before the first or after a failure).
    const InsightSnapshot& snapshot() const { return m_snapshot; }
    RfmChartView* rfmChart() const;
    QuadrantChartView* quadrantChart() const;
    ParetoChartView* paretoChart() const;
    InsightMemberList* memberList() const { return m_list; }

public slots:
    /// Starts a computation for the chosen date and window (ignored while one runs).
    void compute();
    void showSegment(md::RfmSegment segment);
    void showType(md::LoyaltyType type);
    void showParetoTop();
    void showPotentialVips();
    void showWinBack();

    /// Saves the thresholds typed on the loyalty-types tab (owner only) and computes again.
    void applyThresholds();
    /// Returns both thresholds to the medians and computes again.
    void useMedianThresholds();

signals:
    void openMemberRequested(qint64 memberId);
    /// "Use as event audience…" on a member list: its name and its members, in the list's order. The
    /// button is offered only while something is connected to this signal (MainWindow routes it).
    void eventAudienceRequested(const QString& listName, const QVector<qint64>& memberIds);
    /// A computation was written to the per-member insight snapshot (MemberInsightStore).
    void memberInsightStored();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onProgress(int step);
    void onFinished();
    void showMessage(const QString& message);
    void showSnapshot();
    void saveThresholds(const LoyaltyTypeOptions& options);
    static QString stepText(InsightStep step);

    ServiceContext m_ctx;
    struct Run
    {
        InsightSnapshot snapshot;
        bool stored = false;
        QString storeError;
    };

    InsightSnapshot m_snapshot;
    QString m_storeError;             ///< why the last computation could not be kept for the member cards
    LoyaltyTypeOptions m_typeOptions; ///< the thresholds m_snapshot was computed with (unset: medians)
    QFutureWatcher<Run>* m_watcher;
    bool m_autoComputed = false;
    bool m_computing = false;
    QElapsedTimer m_elapsed;

    QDateEdit* m_asOf;
    QComboBox* m_window;
    QPushButton* m_compute;
    QProgressBar* m_progress;
    QLabel* m_step;
    QStackedWidget* m_content;
    QLabel* m_message;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    InsightRfmTab* m_rfmTab;
    InsightTypesTab* m_typesTab;
    InsightParetoTab* m_paretoTab;
    InsightWinBackTab* m_winBackTab;
    InsightMemberList* m_list;
};

} // namespace md::ui
