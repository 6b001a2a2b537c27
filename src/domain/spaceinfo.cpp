// SPDX-License-Identifier: GPL-3.0-or-later
#include "spaceinfo.h"

#include "domainerror.h"
#include "fieldreader.h"
#include "fieldwriter.h"

#include <QDate>

namespace cc::domain {

namespace {
const QLatin1StringView KeyName("n");
const QLatin1StringView KeyColour("c");
const QLatin1StringView KeyOwnerName("on");
const QLatin1StringView KeyOwnerBirthYear("oy");
const QLatin1StringView KeyNoFlags("nf");
} // namespace

const QStringList &SpaceInfo::colours()
{
    static const QStringList list {QStringLiteral("teal"), QStringLiteral("blue"), QStringLiteral("purple"),
        QStringLiteral("orange"), QStringLiteral("green"), QStringLiteral("grey")};
    return list;
}

QCborMap SpaceInfo::toFields() const
{
    detail::FieldWriter writer;
    writer.text(KeyName, name);
    writer.text(KeyColour, colour);
    writer.text(KeyOwnerName, ownerName);
    writer.integer(KeyOwnerBirthYear, ownerBirthYear);
    // Written only when off, so a record of the default reads the same in an older app.
    if (!raisesFlags)
        writer.boolean(KeyNoFlags, true);
    return writer.fields();
}

Result<SpaceInfo> SpaceInfo::fromFields(const QCborMap &fields)
{
    detail::FieldReader reader(fields);
    SpaceInfo info;
    info.name = reader.shortText(KeyName);
    info.colour = reader.shortText(KeyColour);
    info.ownerName = reader.shortText(KeyOwnerName);
    info.ownerBirthYear = reader.integer(KeyOwnerBirthYear);
    info.raisesFlags = !reader.boolean(KeyNoFlags);
    if (!reader.ok())
        return reader.error();
    if (Status check = info.validate(); !check)
        return check.error();
    return info;
}

Status SpaceInfo::validate() const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A sharing space needs a name."));
    if (trimmed.size() > MaxNameLength)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "A space name can be at most 60 characters."));
    if (!colours().contains(colour))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "Choose one of the offered colours."));
    if (ownerBirthYear && (*ownerBirthYear < 1900 || *ownerBirthYear > QDate::currentDate().year()))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "The birth year is out of range."));
    return {};
}

} // namespace cc::domain
