// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/StoreBranding.h"

#include "reports/MonthlyReport.h"
#include "services/AuditLog.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace md {

bool StoreBranding::load(const SettingsRepository& settings, StoreBranding* out, QString* error)
{
    out->name = settings.value(MonthlyReport::storeNameSettingsKey()).trimmed();
    if (out->name.isEmpty())
        out->name = MonthlyReport::defaultStoreName();
    out->logo = QImage();
    const QString stored = settings.value(logoSettingsKey());
    if (stored.isEmpty())
        return true;
    const QByteArray png = QByteArray::fromBase64(stored.toLatin1());
    if (!out->logo.loadFromData(png, "PNG")) {
        if (error)
            *error = tr("The store logo saved in the settings cannot be read. Choose the logo image again.");
        return false;
    }
    return true;
}

bool StoreBranding::readLogoFile(const QString& path, QImage* logo, QString* error)
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty() || !info.exists()) {
        if (error)
            *error = tr("The logo file %1 does not exist.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = tr("The logo file %1 cannot be read as an image (%2). Use a PNG or JPEG file.")
                         .arg(QDir::toNativeSeparators(path), reader.errorString());
        return false;
    }
    if (image.width() < 16 || image.height() < 16) {
        if (error)
            *error = tr("The logo %1 is only %2×%3 pixels: it would print blurred. Use an image of at "
                        "least 300 pixels.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(image.width())
                         .arg(image.height());
        return false;
    }
    *logo = image;
    return true;
}

bool StoreBranding::saveLogo(const ServiceContext& ctx, const QImage& logo, QString* error)
{
    if (!requireOwner(ctx, error))
        return false;
    QString encoded;
    QString details;
    if (!logo.isNull()) {
        QImage scaled = logo;
        if (qMax(logo.width(), logo.height()) > maxLogoPixels())
            scaled =
                logo.scaled(maxLogoPixels(), maxLogoPixels(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!scaled.save(&buffer, "PNG")) {
            if (error)
                *error = tr("The logo could not be converted to PNG.");
            return false;
        }
        encoded = QString::fromLatin1(png.toBase64());
        details = u"%1x%2 png %3 bytes"_s.arg(scaled.width()).arg(scaled.height()).arg(png.size());
    } else {
        encoded = u""_s; // empty, not null: the settings column is NOT NULL
        details = u"removed"_s;
    }
    Transaction tx(ctx.db);
    if (!tx.isActive()) {
        if (error)
            *error = tx.error();
        return false;
    }
    SettingsRepository settings(ctx.db);
    if (!settings.setValue(logoSettingsKey(), encoded, error))
        return false;
    if (!AuditLog::record(ctx, u"store.logo"_s, QString(), details, error))
        return false;
    return tx.commit(error);
}

} // namespace md
