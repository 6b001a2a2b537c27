// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/plan/planwrites.h"

#include "domain/carestore.h"

#include <QCoreApplication>

namespace cc::app::planwrites {

QString textLanguage(const domain::CareStore &store)
{
    if (store.profile() && domain::LocalizedText::isValidLanguageTag(store.profile()->language))
        return store.profile()->language;
    const QString ui = QLocale().bcp47Name();
    return domain::LocalizedText::isValidLanguageTag(ui) ? ui : QStringLiteral("und");
}

domain::LocalizedText localized(const domain::CareStore &store, const QString &text)
{
    const QString trimmed = text.trimmed();
    return {trimmed, trimmed.isEmpty() ? QString() : textLanguage(store)};
}

std::optional<QDate> parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        date = QLocale().toDate(trimmed, QLocale::ShortFormat);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QByteArray idFromHex(const QString &hex)
{
    if (hex.size() != 32)
        return {};
    for (QChar c : hex) {
        if (!c.isDigit() && !(c >= u'a' && c <= u'f') && !(c >= u'A' && c <= u'F'))
            return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString hexId(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

} // namespace cc::app::planwrites
