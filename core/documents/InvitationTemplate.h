// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Member.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVector>

namespace md {

class SettingsRepository;
struct ServiceContext;

/// What an invitation says about the event (filled from the events service).
struct InvitationEvent
{
    qint64 id = 0;
    QString title;
    QDateTime start; ///< shop time
    QDateTime end;   ///< shop time; invalid or equal to start: no end time printed
    QString place;
    QString offer; ///< e.g. "全场 8 折，满 300 元赠精美礼品"; may be empty
    QString description;
};

/// One guest: who the invitation is for and what its codes carry.
struct InvitationGuest
{
    qint64 memberId = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QString honorific; ///< empty: InvitationTemplate::honorific(gender)
    QString tierName;  ///< as the loyalty rules name it ("金卡")
    QString card;      ///< printed as Code 128 with the number under it
    QString token;     ///< check-in token, printed as a QR code
};

/// The owner-editable text of an invitation. Placeholders in braces are replaced per guest:
/// {name} {honorific} {tier} {event} {date} {time} {place} {offer} {store} {card}.
/// A literal brace is written doubled: "{{" and "}}".
///
/// Layout convention (the renderer's hierarchy): the first non-empty line is the headline; every
/// following line is body text; an empty line separates paragraphs; a line starting with "> " is set
/// as a detail line (date, place, offer) without the marker; in a detail line the words up to the first
/// colon (":" or "：") are a muted label and the rest the emphasised value.
class InvitationTemplate
{
    Q_DECLARE_TR_FUNCTIONS(InvitationTemplate)
public:
    struct Placeholder
    {
        QString key;         ///< without braces: "name"
        QString description; ///< translated, for the editor's help ("Member's name")
    };

    /// A problem in the text, for the editor to underline.
    struct Problem
    {
        int position = 0; ///< index in text()
        int length = 0;
        QString message; ///< translated sentence naming the placeholder
    };

    /// The default template (translated).
    InvitationTemplate();
    explicit InvitationTemplate(const QString& text);

    QString text() const { return m_text; }
    void setText(const QString& text) { m_text = text; }

    /// Every placeholder the template language knows, in the order the editor lists them.
    static QVector<Placeholder> placeholders();
    /// The default text for the current UI language.
    static QString defaultText();

    /// Unknown placeholders ("{nmae}"), unclosed or stray braces, and an empty text, each with a clear
    /// message. Empty when the template can be used.
    QVector<Problem> problems() const;
    /// True when problems() is empty; otherwise false with the first problems in *error (one per line).
    bool validate(QString* error) const;

    /// The text for one guest: placeholders replaced, dates and times formatted with `locale`, doubled
    /// braces unescaped, spaces left doubled by an empty value collapsed. A detail line ("> ...") whose
    /// placeholders all came out empty (an event without an offer) is dropped. Call validate() first;
    /// unknown placeholders are left as written.
    QString expand(const InvitationEvent& event, const InvitationGuest& guest, const QString& storeName,
                   const QLocale& locale) const;

    /// "Mr" / "Ms" / "Mx" for an unknown gender, translated (先生 / 女士 / 贵宾).
    static QString honorific(Gender gender);
    /// The event's date(s) as {date} prints them ("2026年12月5日 星期六").
    static QString formatDate(const InvitationEvent& event, const QLocale& locale);
    /// The event's time window as {time} prints it ("14:00–17:00").
    static QString formatTime(const InvitationEvent& event, const QLocale& locale);

    /// Store-wide template kept in the database settings (travels with backups). Loading an unset key
    /// gives the default template.
    static QString settingsKey() { return QStringLiteral("invitation_template"); }
    static InvitationTemplate load(const SettingsRepository& settings);
    /// Validates, then saves (owner only; audited as "invitation.template"). False with *error for a
    /// clerk, an invalid template or a database error.
    bool save(const ServiceContext& ctx, QString* error) const;

private:
    QString m_text;
};

} // namespace md
