// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/EventInvitationDocument.h"

#include "common/Clock.h"
#include "documents/StoreBranding.h"
#include "events/EventInvitations.h"
#include "events/EventService.h"
#include "security/Permissions.h"
#include "services/AuditLog.h"
#include "services/ServiceContext.h"
#include "storage/SettingsRepository.h"

using namespace Qt::StringLiterals;

namespace md {

bool EventInvitationDocument::build(const ServiceContext& ctx, qint64 eventId, InvitationLayout layout,
                                    const QLocale& locale, Result* result, QString* error)
{
    if (!Permissions::require(ctx, Permission::PlanEvents, error))
        return false;
    Event event;
    if (!EventService(ctx).get(eventId, &event, error))
        return false;
    *result = Result();
    InvitationRenderer::Input& in = result->input;
    in.event.id = event.id;
    in.event.title = event.title;
    in.event.start = event.startsAt;
    in.event.end = event.endsAt;
    in.event.place = event.place;
    in.event.offer = event.offer;
    in.event.description = event.description;
    in.layout = layout;
    in.locale = locale;
    in.createdAt = ctx.clock.now();

    const SettingsRepository settings(ctx.db);
    in.invitationTemplate = event.invitationTemplate.trimmed().isEmpty()
                                ? InvitationTemplate::load(settings)
                                : InvitationTemplate(event.invitationTemplate);
    QString problem;
    if (!in.invitationTemplate.validate(&problem)) {
        if (error)
            *error = tr("The invitation text of “%1” cannot be used:\n%2").arg(event.title, problem);
        return false;
    }

    StoreBranding branding;
    if (!StoreBranding::load(settings, &branding, error))
        return false;
    in.storeName = branding.name;
    in.logo = branding.logo;

    for (const Invitation& inv : EventInvitations(ctx).list(eventId)) {
        if (inv.anonymised || inv.name.trimmed().isEmpty()) {
            ++result->skippedAnonymised;
            continue;
        }
        InvitationGuest g;
        g.memberId = inv.memberId;
        g.name = inv.name;
        g.gender = Gender(inv.gender);
        g.tierName = inv.tierName;
        g.card = inv.card;
        g.token = inv.token;
        in.guests << g;
    }
    if (in.guests.isEmpty()) {
        if (error)
            *error = result->skippedAnonymised > 0
                         ? tr("“%1” has no invitations left to print: its %Ln guest(s) were anonymised.", "",
                              result->skippedAnonymised)
                               .arg(event.title)
                         : tr("“%1” has no invitations yet: invite guests first.").arg(event.title);
        return false;
    }
    return true;
}

bool EventInvitationDocument::writePdf(const ServiceContext& ctx, qint64 eventId, InvitationLayout layout,
                                       const QLocale& locale, const QString& path, int* pages,
                                       int* invitations, QString* error,
                                       const InvitationRenderer::Progress& progress)
{
    Result result;
    if (!build(ctx, eventId, layout, locale, &result, error))
        return false;
    const InvitationRenderer renderer(result.input);
    int written = 0;
    if (!renderer.writePdf(path, &written, error, progress))
        return false;
    const int count = int(result.input.guests.size());
    if (pages)
        *pages = written;
    if (invitations)
        *invitations = count;
    return AuditLog::record(ctx, u"event.invitations"_s, u"event:%1"_s.arg(eventId),
                            u"%1 invitations, %2 pages, layout %3"_s.arg(count).arg(written).arg(
                                InvitationRenderer::layoutKey(layout)),
                            error);
}

} // namespace md
