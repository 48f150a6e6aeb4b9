// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documents/InvitationRenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace md {

struct ServiceContext;

/// Gathers what the invitations of one stored event print: the event (core/events), its invitations
/// with their check-in tokens, the event's own template (or the store's, or the default), the store's
/// name and logo from the settings. Shared by the CLI's `event invitations` and the GUI's print dialog.
class EventInvitationDocument
{
    Q_DECLARE_TR_FUNCTIONS(EventInvitationDocument)
public:
    struct Result
    {
        InvitationRenderer::Input input;
        int skippedAnonymised = 0; ///< invitations of anonymised members: nothing personal left to print
    };

    /// Needs Permission::PlanEvents (the PDF holds members' names and card numbers). False with *error for
    /// a missing event, an event without invitations, an unreadable stored logo or an invalid template.
    static bool build(const ServiceContext& ctx, qint64 eventId, InvitationLayout layout,
                      const QLocale& locale, Result* result, QString* error);

    /// build() then writes the PDF and records "event.invitations" in the audit log (pages, count).
    /// *pages and *invitations get what was written.
    static bool writePdf(const ServiceContext& ctx, qint64 eventId, InvitationLayout layout,
                         const QLocale& locale, const QString& path, int* pages, int* invitations,
                         QString* error, const InvitationRenderer::Progress& progress = {});
};

} // namespace md
