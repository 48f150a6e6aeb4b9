// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "documents/EventInvitationDocument.h"
#include "documents/InvitationRenderer.h"
#include "events/EventService.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {

Outcome eventInvitations(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {u"out"_s, u"layout"_s}, {}, &args, &outcome))
        return outcome;
    if (args.positional().size() != 1)
        return usageError(Cli::tr("Give the event number: event invitations EVENT_ID --out FILE.pdf."));
    bool ok = false;
    const qint64 eventId = args.positional().first().toLongLong(&ok);
    if (!ok || eventId <= 0)
        return usageError(Cli::tr("\"%1\" is not an event number.").arg(args.positional().first()));
    const QString out = args.value(u"out"_s);
    if (out.isEmpty())
        return usageError(Cli::tr("--out is required: the PDF file to write, e.g. --out invitations.pdf."));
    InvitationLayout layout = InvitationLayout::A4Single;
    if (args.has(u"layout"_s) && !InvitationRenderer::layoutFromKey(args.value(u"layout"_s), &layout))
        return usageError(
            Cli::tr("Unknown layout \"%1\": use a4, a4-4up or a6.").arg(args.value(u"layout"_s)));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Outcome::failure(
            Cli::tr("Rendering invitations needs the graphics libraries, which could not start."), u"io"_s);
    if (!openOrFail(env, &outcome))
        return outcome;

    const QLocale locale = env.language.isEmpty() ? QLocale() : QLocale(env.language);
    EventInvitationDocument::Result doc;
    QString error;
    Event event;
    if (!EventService(env.context()).get(eventId, &event, &error))
        return Outcome::failure(error, u"not_found"_s);
    if (!EventInvitationDocument::build(env.context(), eventId, layout, locale, &doc, &error))
        return Outcome::failure(error, u"invalid_input"_s);
    int pages = 0;
    int invitations = 0;
    if (!EventInvitationDocument::writePdf(env.context(), eventId, layout, locale, out, &pages, &invitations,
                                           &error))
        return Outcome::failure(error, u"io"_s);
    QString text = Cli::tr("Wrote %Ln invitation(s) for “%1” to %2", "", invitations)
                       .arg(doc.input.event.title, QDir::toNativeSeparators(out)) +
                   u" "_s +
                   Cli::tr("(%Ln page(s), %1).", "", pages).arg(InvitationRenderer::layoutName(layout));
    if (doc.skippedAnonymised > 0)
        text += u"\n"_s +
                Cli::tr("%Ln invitation(s) of anonymised members were left out.", "", doc.skippedAnonymised);
    return Outcome::success({{u"pages"_s, pages},
                             {u"invitations"_s, invitations},
                             {u"layout"_s, InvitationRenderer::layoutKey(layout)},
                             {u"file"_s, QFileInfo(out).absoluteFilePath()}},
                            text);
}

} // namespace

QVector<CommandSpec> invitationCommands()
{
    return {
        {u"event invitations"_s, u"event invitations EVENT_ID --out FILE.pdf [--layout a4|a4-4up|a6]"_s,
         eventInvitations},
    };
}

bool invitationsNeedGui(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "event") == 0 && qstrcmp(argv[i + 1], "invitations") == 0)
            return true;
    }
    return false;
}

} // namespace md::cli
