// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/InvitationTemplate.h"
#include "common/LocaleFormat.h"

#include "services/AuditLog.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace md {

namespace {

/// One piece of a parsed template: literal text or a placeholder key.
struct Piece
{
    bool placeholder = false;
    QString text; ///< literal text, or the key without braces
    int position = 0;
    int length = 0;
};

struct Parsed
{
    QVector<Piece> pieces;
    QVector<InvitationTemplate::Problem> problems;
};

int lineOf(const QString& text, int position)
{
    return int(QStringView(text).left(position).count(u'\n')) + 1;
}

QStringList knownKeys()
{
    QStringList keys;
    for (const InvitationTemplate::Placeholder& p : InvitationTemplate::placeholders())
        keys << p.key;
    return keys;
}

QString keyList()
{
    QStringList braced;
    for (const QString& k : knownKeys())
        braced << u'{' + k + u'}';
    return braced.join(u", "_s);
}

} // namespace

namespace {
Parsed parse(const QString& text)
{
    Parsed out;
    const QStringList keys = knownKeys();
    QString literal;
    int literalStart = 0;
    auto flush = [&](int at) {
        if (!literal.isEmpty())
            out.pieces << Piece{false, literal, literalStart, at - literalStart};
        literal.clear();
    };
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if ((c == u'{' && next == u'{') || (c == u'}' && next == u'}')) {
            if (literal.isEmpty())
                literalStart = i;
            literal += c;
            i += 2;
            continue;
        }
        if (c == u'}') {
            out.problems << InvitationTemplate::Problem{
                i, 1,
                InvitationTemplate::tr("Line %1: “}” closes nothing. Write }} to print a brace.")
                    .arg(lineOf(text, i))};
            if (literal.isEmpty())
                literalStart = i;
            literal += c;
            ++i;
            continue;
        }
        if (c != u'{') {
            if (literal.isEmpty())
                literalStart = i;
            literal += c;
            ++i;
            continue;
        }
        int close = i + 1;
        while (close < text.size() && text.at(close) != u'}' && text.at(close) != u'{' &&
               text.at(close) != u'\n')
            ++close;
        if (close >= text.size() || text.at(close) != u'}') {
            out.problems << InvitationTemplate::Problem{
                i, close - i,
                InvitationTemplate::tr("Line %1: “{” is not closed. Write {{ to print a brace, or finish "
                                       "the placeholder, e.g. {name}.")
                    .arg(lineOf(text, i))};
            if (literal.isEmpty())
                literalStart = i;
            literal += text.mid(i, close - i);
            i = close;
            continue;
        }
        const QString key = text.mid(i + 1, close - i - 1);
        const QString trimmed = key.trimmed();
        if (!keys.contains(trimmed)) {
            out.problems << InvitationTemplate::Problem{
                i, close - i + 1,
                trimmed.isEmpty()
                    ? InvitationTemplate::tr("Line %1: “{}” is an empty placeholder. Use one of %2.")
                          .arg(lineOf(text, i))
                          .arg(keyList())
                    : InvitationTemplate::tr("Line %1: unknown placeholder {%2}. Use one of %3.")
                          .arg(lineOf(text, i))
                          .arg(key, keyList())};
            if (literal.isEmpty())
                literalStart = i;
            literal += text.mid(i, close - i + 1);
            i = close + 1;
            continue;
        }
        flush(i);
        out.pieces << Piece{true, trimmed, i, close - i + 1};
        i = close + 1;
    }
    flush(int(text.size()));
    return out;
}
} // namespace

InvitationTemplate::InvitationTemplate() : m_text(defaultText()) {}

InvitationTemplate::InvitationTemplate(const QString& text) : m_text(text) {}

QVector<InvitationTemplate::Placeholder> InvitationTemplate::placeholders()
{
    return {
        {u"name"_s, tr("Member's name")},
        {u"honorific"_s, tr("Mr / Ms, by gender")},
        {u"tier"_s, tr("Member's tier")},
        {u"card"_s, tr("Member's card number")},
        {u"event"_s, tr("Event title")},
        {u"date"_s, tr("Event date")},
        {u"time"_s, tr("Event time (start–end)")},
        {u"place"_s, tr("Event place")},
        {u"offer"_s, tr("The offer for guests")},
        {u"store"_s, tr("Store name")},
    };
}

QString InvitationTemplate::defaultText()
{
    return tr("You are invited: {event}\n"
              "\n"
              "Dear {honorific} {name},\n"
              "\n"
              "Thank you for your loyalty to {store}. As one of our valued {tier} members, you are warmly "
              "invited to an event held for our best customers.\n"
              "\n"
              "> Date: {date}\n"
              "> Time: {time}\n"
              "> Place: {place}\n"
              "> Your offer: {offer}\n"
              "\n"
              "We look forward to seeing you.",
              "default invitation template; keep the {placeholders} as they are (their order may change), "
              "keep the \"> \" at the start of the detail lines");
}

QVector<InvitationTemplate::Problem> InvitationTemplate::problems() const
{
    if (m_text.trimmed().isEmpty())
        return {Problem{0, 0, tr("The invitation text is empty. Write it, or restore the default text.")}};
    return parse(m_text).problems;
}

bool InvitationTemplate::validate(QString* error) const
{
    const QVector<Problem> found = problems();
    if (found.isEmpty())
        return true;
    if (error) {
        QStringList lines;
        for (int i = 0; i < found.size() && i < 5; ++i)
            lines << found.at(i).message;
        if (found.size() > 5)
            lines << tr("… and %Ln more problem(s).", "", int(found.size() - 5));
        *error = lines.join(u'\n');
    }
    return false;
}

QString InvitationTemplate::honorific(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return tr("Mr", "honorific for a man (先生)");
    case Gender::Female:
        return tr("Ms", "honorific for a woman (女士)");
    case Gender::Unknown:
        break;
    }
    return tr("Mx", "neutral honorific when the member's gender is unknown (贵宾)");
}

QString InvitationTemplate::formatDate(const InvitationEvent& event, const QLocale& locale)
{
    if (!event.start.isValid())
        return {};
    const QString first = locale.toString(event.start.date(), QLocale::LongFormat);
    if (!event.end.isValid() || event.end.date() <= event.start.date())
        return first;
    return tr("%1 – %2", "a range of dates")
        .arg(first, locale.toString(event.end.date(), QLocale::LongFormat));
}

QString InvitationTemplate::formatTime(const InvitationEvent& event, const QLocale& locale)
{
    if (!event.start.isValid())
        return {};
    const QString from = localTimeText(locale, event.start.time());
    if (!event.end.isValid() || event.end <= event.start)
        return from;
    if (event.end.date() == event.start.date())
        return tr("%1–%2", "a range of times on one day").arg(from, localTimeText(locale, event.end.time()));
    // Past midnight or over several days: the end needs its date.
    return tr("%1 – %2", "a range of times ending on another day")
        .arg(from, localDateTimeText(locale, event.end));
}

QString InvitationTemplate::expand(const InvitationEvent& event, const InvitationGuest& guest,
                                   const QString& storeName, const QLocale& locale) const
{
    const QString honor = guest.honorific.isEmpty() ? honorific(guest.gender) : guest.honorific;
    auto value = [&](const QString& key) -> QString {
        if (key == u"name"_s)
            return guest.name.trimmed();
        if (key == u"honorific"_s)
            return honor;
        if (key == u"tier"_s)
            return guest.tierName.trimmed();
        if (key == u"card"_s)
            return guest.card;
        if (key == u"event"_s)
            return event.title.trimmed();
        if (key == u"date"_s)
            return formatDate(event, locale);
        if (key == u"time"_s)
            return formatTime(event, locale);
        if (key == u"place"_s)
            return event.place.trimmed();
        if (key == u"offer"_s)
            return event.offer.trimmed();
        if (key == u"store"_s)
            return storeName.trimmed();
        return u'{' + key + u'}';
    };

    // Expand line by line so a detail line whose values are all empty can be dropped whole.
    const Parsed parsed = parse(m_text);
    QStringList lines{QString()};
    QVector<int> filled{0}, empty{0};
    for (const Piece& piece : parsed.pieces) {
        if (piece.placeholder) {
            const QString v = value(piece.text);
            lines.last() += v;
            (v.isEmpty() ? empty.last() : filled.last())++;
            continue;
        }
        QString literal = piece.text;
        literal.replace(u"{{"_s, u"{"_s).replace(u"}}"_s, u"}"_s);
        const QStringList parts = literal.split(u'\n');
        for (int i = 0; i < parts.size(); ++i) {
            if (i > 0) {
                lines << QString();
                filled << 0;
                empty << 0;
            }
            lines.last() += parts.at(i);
        }
    }
    static const QRegularExpression doubledSpaces(u"(?<=\\S) {2,}(?=\\S)"_s);
    static const QRegularExpression spaceBeforePunct(u" +(?=[,.;:!?，。；：！？])"_s);
    QStringList out;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.startsWith(u"> "_s) && empty.at(i) > 0 && filled.at(i) == 0)
            continue;
        if (empty.at(i) > 0) {
            line.replace(doubledSpaces, u" "_s);
            line.replace(spaceBeforePunct, QString());
            const bool detail = line.startsWith(u"> "_s);
            line = (detail ? u"> "_s : QString()) + line.mid(detail ? 2 : 0).trimmed();
        }
        out << line;
    }
    return out.join(u'\n');
}

InvitationTemplate InvitationTemplate::load(const SettingsRepository& settings)
{
    const QString stored = settings.value(settingsKey());
    return stored.trimmed().isEmpty() ? InvitationTemplate() : InvitationTemplate(stored);
}

bool InvitationTemplate::save(const ServiceContext& ctx, QString* error) const
{
    if (!requireOwner(ctx, error) || !validate(error))
        return false;
    Transaction tx(ctx.db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    SettingsRepository settings(ctx.db);
    if (!settings.setValue(settingsKey(), m_text, error))
        return false;
    if (!AuditLog::record(ctx, u"invitation.template"_s, QString(), m_text, error))
        return false;
    return tx.commit(error);
}

} // namespace md
