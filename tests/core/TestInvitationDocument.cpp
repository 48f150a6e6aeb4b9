// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventsTestData.h"
#include "TestDatabaseFixture.h"
#include "documents/EventInvitationDocument.h"
#include "documents/StoreBranding.h"
#include "events/EventInvitations.h"
#include "events/EventService.h"
#include "events/InvitationToken.h"
#include "reports/MonthlyReport.h"
#include "services/PrivacyService.h"
#include "storage/SettingsRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestInvitationDocument : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DatabaseFixture> m_f;
    qint64 m_event = 0;
    qint64 m_alice = 0, m_bob = 0, m_frank = 0;

    qint64 auditCount()
    {
        QSqlQuery q(m_f->db.sql());
        if (!q.exec(u"SELECT COUNT(*) FROM audit_log WHERE action = 'event.invitations'"_s) || !q.next())
            qFatal("audit query failed");
        return q.value(0).toLongLong();
    }

private slots:
    void init()
    {
        m_f = std::make_unique<test::DatabaseFixture>();
        m_alice = test::eventsAddMember(*m_f, u"Alice"_s, Gender::Female, 2, true);
        m_bob = test::eventsAddMember(*m_f, u"Bob"_s, Gender::Male, 1, true);
        test::eventsAddMember(*m_f, u"Carol"_s, Gender::Female, 2, false); // no consent
        m_frank = test::eventsAddMember(*m_f, u"Frank"_s, Gender::Unknown, 0, true);
        EventInput in;
        in.title = u"Tea night"_s;
        in.startsAt = QDateTime(QDate(2026, 4, 2), QTime(18, 0));
        in.endsAt = QDateTime(QDate(2026, 4, 2), QTime(21, 0));
        in.place = u"Shop"_s;
        in.offer = u"10% off"_s;
        QString error;
        if (!EventService(m_f->context()).create(in, &m_event, &error))
            qFatal("event: %s", qPrintable(error));
    }

    void eventWithoutInvitations()
    {
        EventInvitationDocument::Result doc;
        QString error;
        QVERIFY(!EventInvitationDocument::build(m_f->context(), m_event, InvitationLayout::A6, QLocale::c(),
                                                &doc, &error));
        QVERIFY2(error.contains(u"Tea night"_s) && error.contains(u"no invitations"_s), qPrintable(error));
        QVERIFY(!EventInvitationDocument::build(m_f->context(), 999, InvitationLayout::A6, QLocale::c(), &doc,
                                                &error));
        QVERIFY2(error.contains(u"999"_s), qPrintable(error));
    }

    void gathersGuestsTokensAndStore()
    {
        InviteResult invited;
        QString error;
        QVERIFY2(EventInvitations(m_f->context()).invite(m_event, AudienceFilter{}, &invited, &error),
                 qPrintable(error));
        QCOMPARE(invited.invited, 3);
        SettingsRepository settings(m_f->db);
        QVERIFY(settings.setValue(MonthlyReport::storeNameSettingsKey(), u"鲜丰便利店"_s, &error));

        EventInvitationDocument::Result doc;
        QVERIFY2(EventInvitationDocument::build(m_f->context(), m_event, InvitationLayout::A4FourUp,
                                                QLocale::c(), &doc, &error),
                 qPrintable(error));
        const InvitationRenderer::Input& in = doc.input;
        QCOMPARE(in.event.title, u"Tea night"_s);
        QCOMPARE(in.event.start, QDateTime(QDate(2026, 4, 2), QTime(18, 0)));
        QCOMPARE(in.event.offer, u"10% off"_s);
        QCOMPARE(in.storeName, u"鲜丰便利店"_s);
        QVERIFY(in.logo.isNull());
        QCOMPARE(in.layout, InvitationLayout::A4FourUp);
        QCOMPARE(in.invitationTemplate.text(), InvitationTemplate::defaultText());
        QCOMPARE(in.guests.size(), 3);

        QByteArray key;
        QVERIFY(InvitationToken::storeKey(m_f->db, &key, &error));
        QSet<qint64> members;
        for (const InvitationGuest& g : in.guests) {
            InvitationToken::Parsed parsed;
            QVERIFY2(InvitationToken::verify(key, g.token, &parsed, &error), qPrintable(error));
            QCOMPARE(parsed.eventId, m_event);
            QCOMPARE(parsed.memberId, g.memberId);
            QVERIFY(!g.card.isEmpty());
            QVERIFY(!g.tierName.isEmpty());
            members.insert(g.memberId);
            if (g.memberId == m_bob)
                QCOMPARE(g.gender, Gender::Male);
            if (g.memberId == m_frank)
                QCOMPARE(g.gender, Gender::Unknown);
        }
        QCOMPARE(members, (QSet<qint64>{m_alice, m_bob, m_frank}));
    }

    void eventTemplateWinsOverStoreTemplate()
    {
        InviteResult invited;
        QString error;
        QVERIFY(EventInvitations(m_f->context()).invite(m_event, AudienceFilter{}, &invited, &error));
        QVERIFY(InvitationTemplate(u"{store}\n{name}"_s).save(m_f->context(), &error));
        EventInvitationDocument::Result doc;
        QVERIFY(EventInvitationDocument::build(m_f->context(), m_event, InvitationLayout::A6, QLocale::c(),
                                               &doc, &error));
        QCOMPARE(doc.input.invitationTemplate.text(), u"{store}\n{name}"_s);

        Event e;
        QVERIFY(EventService(m_f->context()).get(m_event, &e, &error));
        EventInput in = e.toInput();
        in.invitationTemplate = u"{event} for {name}"_s;
        QVERIFY2(EventService(m_f->context()).update(m_event, in, &error), qPrintable(error));
        QVERIFY(EventInvitationDocument::build(m_f->context(), m_event, InvitationLayout::A6, QLocale::c(),
                                               &doc, &error));
        QCOMPARE(doc.input.invitationTemplate.text(), u"{event} for {name}"_s);

        in.invitationTemplate = u"{event} for {nmae}"_s;
        QVERIFY(EventService(m_f->context()).update(m_event, in, &error));
        QVERIFY(!EventInvitationDocument::build(m_f->context(), m_event, InvitationLayout::A6, QLocale::c(),
                                                &doc, &error));
        QVERIFY2(error.contains(u"{nmae}"_s), qPrintable(error));
    }

    void anonymisedGuestsAreLeftOut()
    {
        InviteResult invited;
        QString error;
        QVERIFY(EventInvitations(m_f->context()).invite(m_event, AudienceFilter{}, &invited, &error));
        QVERIFY2(PrivacyService(m_f->context()).anonymize(m_bob, u"asked"_s, &error), qPrintable(error));
        EventInvitationDocument::Result doc;
        QVERIFY(EventInvitationDocument::build(m_f->context(), m_event, InvitationLayout::A6, QLocale::c(),
                                               &doc, &error));
        QCOMPARE(doc.skippedAnonymised, 1);
        QCOMPARE(doc.input.guests.size(), 2);
        for (const InvitationGuest& g : doc.input.guests)
            QVERIFY(g.memberId != m_bob);
    }

    void ownerOnlyAuditedAndLogoChecked()
    {
        InviteResult invited;
        QString error;
        QVERIFY(EventInvitations(m_f->context()).invite(m_event, AudienceFilter{}, &invited, &error));
        const QString pdf = m_f->dir.filePath(u"invitations.pdf"_s);
        int pages = 0, count = 0;
        QVERIFY(!EventInvitationDocument::writePdf(m_f->context(Role::Clerk), m_event, InvitationLayout::A6,
                                                   QLocale::c(), pdf, &pages, &count, &error));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(auditCount(), 0);

        QVERIFY2(EventInvitationDocument::writePdf(m_f->context(), m_event, InvitationLayout::A4FourUp,
                                                   QLocale::c(), pdf, &pages, &count, &error),
                 qPrintable(error));
        QCOMPARE(pages, 1);
        QCOMPARE(count, 3);
        QCOMPARE(auditCount(), 1);

        // A damaged stored logo stops printing with a sentence, not a silently logo-less run.
        SettingsRepository settings(m_f->db);
        QVERIFY(settings.setValue(StoreBranding::logoSettingsKey(), u"AAAA"_s, &error));
        error.clear();
        QVERIFY(!EventInvitationDocument::writePdf(m_f->context(), m_event, InvitationLayout::A6,
                                                   QLocale::c(), m_f->dir.filePath(u"again.pdf"_s), &pages,
                                                   &count, &error));
        QVERIFY2(error.contains(u"logo"_s), qPrintable(error));
        QCOMPARE(auditCount(), 1);
    }
};

QTEST_MAIN(TestInvitationDocument)
#include "TestInvitationDocument.moc"
