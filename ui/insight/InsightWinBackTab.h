// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/InsightSnapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace md::ui {

/// The Insight page's "Win back" tab: how many valuable members have probably stopped coming, what they
/// are worth left alone and won back (BG/NBD and Gamma-Gamma), and a button to list them.
class InsightWinBackTab : public QWidget
{
    Q_OBJECT
public:
    explicit InsightWinBackTab(QWidget* parent = nullptr);

    void showResult(const InsightSnapshot& snapshot);

signals:
    void listRequested();

private:
    QLabel* m_headline;
    QLabel* m_detail;
    QPushButton* m_button;
};

} // namespace md::ui
