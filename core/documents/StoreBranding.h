// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace md {

class SettingsRepository;
struct ServiceContext;

/// The store's name and logo as printed documents show them. Both live in the database settings so they
/// travel with backups: the name under MonthlyReport::storeNameSettingsKey() ("store_name"), the logo as
/// a base64 PNG under logoSettingsKey() (scaled to at most maxLogoPixels() on its longer side).
struct StoreBranding
{
    Q_DECLARE_TR_FUNCTIONS(StoreBranding)
public:
    QString name; ///< never empty after load(): falls back to MonthlyReport::defaultStoreName()
    QImage logo;  ///< null: no logo set

    static QString logoSettingsKey() { return QStringLiteral("store_logo_png"); }
    static int maxLogoPixels() { return 1200; }

    /// Reads name and logo. A stored logo that cannot be decoded gives false with *error (and a null
    /// logo in *out, the name still filled) so callers can say so instead of silently printing without.
    static bool load(const SettingsRepository& settings, StoreBranding* out, QString* error);

    /// Reads an image file for use as the logo (PNG, JPEG, BMP, SVG where the plugin exists). False with
    /// *error naming the file when it is missing, unreadable, not an image, or empty.
    static bool readLogoFile(const QString& path, QImage* logo, QString* error);

    /// Stores `logo` (owner only; audited). A null image removes the logo.
    static bool saveLogo(const ServiceContext& ctx, const QImage& logo, QString* error);
};

} // namespace md
