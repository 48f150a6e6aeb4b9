// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MemberTimeline.h"
#include "services/ServiceContext.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace md::ui {

/// The member file: the whole relationship newest first (purchases, points with expiry, tier changes,
/// follow-ups, complaints, notes), paged with "More", and the quick actions: follow-up (Alt+F),
/// complaint (Alt+C), respond to / resolve a complaint, and for the owner adjust points and redeem a gift.
class MemberFileDialog : public QDialog
{
    Q_OBJECT
public:
    MemberFileDialog(const ServiceContext& ctx, qint64 memberId, QWidget* parent = nullptr);

    static constexpr int kPageSize = 50;

    QTreeWidget* timeline() const { return m_timeline; }
    void reload();

signals:
    /// Something was recorded (the counter refreshes the member card).
    void changed();

private:
    void loadMore();
    void refreshHeader();
    void updateComplaintButtons();
    qint64 targetComplaint() const;
    void addFollowup();
    void addComplaint();
    void handleComplaint(bool resolve);
    void adjustPoints();
    void redeemGift();
    void afterChange(const QString& message);
    void openSubDialog(QDialog* dialog);

    ServiceContext m_ctx;
    qint64 m_memberId;
    qint64 m_points = 0;
    int m_loaded = 0;
    QLabel* m_header;
    QLabel* m_insight;
    QLabel* m_message;
    QTreeWidget* m_timeline;
    QPushButton* m_more;
    QPushButton* m_handle;
    QPushButton* m_resolve;
};

} // namespace md::ui
