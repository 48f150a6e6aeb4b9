// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/BusyNotice.h"

#include <QCloseEvent>
#include <QDialog>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace md::ui::BusyNotice {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BusyNotice)
};

// Not closable: the work cannot be stopped half-way, and the window manager may draw a close button all
// the same.
class Notice : public QDialog
{
public:
    using QDialog::QDialog;

protected:
    void closeEvent(QCloseEvent* event) override { event->ignore(); }
    void reject() override {}
};
} // namespace

void run(const QString& title, const QString& detail, const std::function<void()>& work,
         const std::function<void(QWidget* notice)>& shown, int showAfterMs)
{
    Notice notice(nullptr, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
    notice.setObjectName(u"busyNotice"_s);
    notice.setWindowTitle(Text::tr("MemberDesk"));
    auto* layout = new QVBoxLayout(&notice);
    auto* heading = new QLabel(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* sentence = new QLabel(detail);
    sentence->setWordWrap(true);
    auto* busy = new QProgressBar;
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    layout->addWidget(heading);
    layout->addWidget(sentence);
    layout->addWidget(busy);
    notice.setMinimumWidth(440);
    const auto showNotice = [&] {
        notice.show();
        if (shown)
            shown(&notice);
    };

    std::unique_ptr<QThread> worker(QThread::create(work));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer later;
    later.setSingleShot(true);
    QObject::connect(&later, &QTimer::timeout, &notice, showNotice);
    worker->start();
    if (showAfterMs <= 0)
        showNotice();
    else
        later.start(showAfterMs);
    // Only the notice is up, and it has nothing to click.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
}

} // namespace md::ui::BusyNotice
