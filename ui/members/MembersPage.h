// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace md::ui {

class MemberListModel;

/// Every member, sortable and filterable by tier and name/phone/card, fetched as the list scrolls.
class MembersPage : public QWidget
{
    Q_OBJECT
public:
    explicit MembersPage(const ServiceContext& ctx, QWidget* parent = nullptr);

    MemberListModel* model() const { return m_model; }
    void reload();
    void focusFilter();

signals:
    void openMemberRequested(qint64 memberId);
    void editMemberRequested(qint64 memberId);

private:
    void applyFilter();
    void updateCount(qint64 count);
    qint64 currentMemberId() const;

    ServiceContext m_ctx;
    MemberListModel* m_model;
    QLineEdit* m_filter;
    QComboBox* m_tier;
    QLabel* m_count;
    QTableView* m_view;
    QTimer* m_filterDelay;
};

} // namespace md::ui
