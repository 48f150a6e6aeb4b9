// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/AudienceBuilder.h"
#include "services/ServiceContext.h"

#include <QList>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace md::ui {

class AudienceModel;

/// The two lists of the audience builder — "Guests" and "Not invited" (with the reason) as tabs — and the
/// row below them for changing the list by hand: add a member by phone, card or name, remove the
/// selected guests (button or Delete), put back members removed by hand. It only shows and asks:
/// AudienceBuilderWidget decides what a request does (search, withdrawals, re-count).
class AudienceListsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AudienceListsPanel(Role role, QWidget* parent = nullptr);

    AudienceModel* matchedModel() const { return m_matchedModel; }
    AudienceModel* excludedModel() const { return m_excludedModel; }

    /// Shows an evaluated audience in both lists and counts it on the tabs.
    void setAudience(const Audience& audience);
    /// The member ids of the selected guests.
    QList<qint64> selectedGuestIds() const;
    /// The member ids selected on the "Not invited" list that were removed by hand (the only ones that can
    /// be put back).
    QList<qint64> selectedRemovedIds() const;
    /// `canChange`: the list can be changed now (figures counted, owner); `canAdd`: an event is shown and
    /// the user may plan it. Remove and Put back also need a fitting selection on the shown tab.
    void updateButtons(bool canChange, bool canAdd);
    /// Where a menu of several matching members opens: just below the add-member field.
    QPoint addMemberMenuPosition() const;
    void clearAddMember();

signals:
    /// Enter in the add-member field, with its text.
    void addMemberRequested(const QString& query);
    /// Remove button or Delete on the guests list.
    void removeRequested();
    void putBackRequested();
    /// The tab or a selection changed: the buttons need updating.
    void selectionChanged();
    /// A row was opened (double-click or Enter).
    void openMemberRequested(qint64 memberId);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Sizes the columns so no header or value is cut (long headers wrap onto a second line).
    void fitColumns(QTableView* view);

    QLineEdit* m_addMember;
    QTabWidget* m_lists;
    AudienceModel* m_matchedModel;
    AudienceModel* m_excludedModel;
    QTableView* m_matchedView;
    QTableView* m_excludedView;
    QPushButton* m_remove;
    QPushButton* m_putBack;
};

} // namespace md::ui
