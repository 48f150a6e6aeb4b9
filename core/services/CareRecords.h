// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace md {

/// One follow-up contact (回访) with a member.
struct Followup
{
    qint64 id = 0;
    qint64 memberId = 0;
    QDateTime time;  ///< when the contact happened
    QString channel; ///< stable key: phone, wechat, sms, visit, other
    QString outcome;
    QDate nextDate; ///< when to follow up again; invalid = no further follow-up planned
    qint64 userId = 0;
    QString userName; ///< empty when recorded by the shop itself (no account)
};

struct FollowupInput
{
    QDateTime time; ///< invalid = now
    QString channel;
    QString outcome;
    QDate nextDate;
};

struct Complaint
{
    qint64 id = 0;
    qint64 memberId = 0;
    QDateTime openedAt;
    QString openedBy;
    QString description;
    QDateTime handledAt; ///< first response; invalid until handled
    QString handledBy;
    QString resolution;
    QDateTime resolvedAt; ///< invalid while open
    QString resolvedBy;
    bool isOpen() const { return !resolvedAt.isValid(); }
};

/// Follow-up visits and complaints: quick to record at the counter, listed in the member's file and on the
/// care list. A follow-up is "due" when it is the member's latest one and its next date has come (recording
/// the next follow-up closes it). A complaint is opened, optionally marked handled (first response), and
/// resolved with a resolution; each step records who and when.
class CareRecords
{
    Q_DECLARE_TR_FUNCTIONS(CareRecords)
public:
    explicit CareRecords(const ServiceContext& ctx) : m_ctx(ctx) {}

    static constexpr int kMaxTextLength = 1000;

    static QStringList channels();
    /// The channel's name in the user's language.
    static QString channelDisplayName(const QString& channel);

    bool addFollowup(qint64 memberId, const FollowupInput& input, qint64* id, QString* error);
    /// Newest first.
    QVector<Followup> followups(qint64 memberId) const;

    bool openComplaint(qint64 memberId, const QString& description, qint64* id, QString* error);
    /// Records the first response; a second call is refused.
    bool markHandled(qint64 complaintId, const QString& note, QString* error);
    /// Closes the complaint (marking it handled too when it was not yet).
    bool resolve(qint64 complaintId, const QString& resolution, QString* error);
    bool complaint(qint64 complaintId, Complaint* complaint, QString* error) const;
    /// A member's complaints, newest first.
    QVector<Complaint> complaints(qint64 memberId) const;
    /// Every open complaint in the shop, oldest first.
    QVector<Complaint> openComplaints() const;

private:
    bool memberExists(qint64 memberId, QString* error) const;
    QVector<Complaint> loadComplaints(const QString& where, const QVariant& bind, const QString& order) const;

    ServiceContext m_ctx;
};

} // namespace md
