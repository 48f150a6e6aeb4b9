// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "insight/InsightMemberModel.h"
#include "services/ServiceContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace md::ui {

/// The member list beside the insight charts: what was clicked, its members, "Open at the counter" and
/// "Export CSV…" (owners only).
class InsightMemberList : public QWidget
{
    Q_OBJECT
public:
    explicit InsightMemberList(const ServiceContext& ctx, QWidget* parent = nullptr);

    /// Shows the members with the given ids (in that order) and their figures (one vector per id).
    /// `name` is the list's title ("Champions"), `note` one sentence under it.
    void showList(const QString& name, const QString& note, const QVector<InsightFigureColumn>& columns,
                  const QVector<qint64>& ids, const QVector<QVector<QVariant>>& figures);
    void clear(const QString& hint);

    InsightMemberModel* model() const { return m_model; }
    QString listName() const { return m_name; }
    /// Writes the list as CSV (core does the writing); false with *error when it cannot.
    bool exportTo(const QString& path, QString* error);
    /// Offers "Use as event audience…" (hidden until something takes the list).
    void setAudienceAvailable(bool available);
    /// The listed members' ids, in the order shown.
    QVector<qint64> memberIds() const;

signals:
    void openMemberRequested(qint64 memberId);
    /// The list as an event audience: its name and member ids, in the order shown.
    void audienceRequested(const QString& listName, const QVector<qint64>& memberIds);

private:
    void exportWithDialog();
    qint64 currentMemberId() const;

    ServiceContext m_ctx;
    QString m_name;
    InsightMemberModel* m_model;
    QLabel* m_title;
    QLabel* m_note;
    QTableView* m_view;
    QPushButton* m_open;
    QPushButton* m_export;
    QPushButton* m_audience;
};

} // namespace md::ui
