// SPDX-License-Identifier: GPL-3.0-or-later
#include "actor.h"

#include "activity.h"
#include "careplan.h"
#include "checkin.h"
#include "codes.h"
#include "domainerror.h"
#include "envelope.h"
#include "goal.h"
#include "progressentry.h"

#include <QCborValue>

namespace cc::domain {

namespace {
const QLatin1StringView KeyAccount("a");
const QLatin1StringView KeyName("n");
const QLatin1StringView KeyRole("r");
constexpr qsizetype MaxNameLength = 200;
} // namespace

QCborMap Actor::toMap() const
{
    QCborMap map;
    if (isEmpty())
        return map;
    map.insert(KeyAccount, account);
    map.insert(KeyName, name);
    if (!role.isEmpty())
        map.insert(KeyRole, role);
    return map;
}

Result<Actor> Actor::fromFields(const QCborMap &fields)
{
    const QCborValue value = fields.value(FieldKey);
    if (value.isUndefined() || value.isNull())
        return Actor {};
    const Error wrongType = detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "Who made this change is malformed."));
    if (!value.isMap())
        return wrongType;
    const QCborMap map = value.toMap();
    const QCborValue account = map.value(KeyAccount);
    const QCborValue name = map.value(KeyName);
    const QCborValue role = map.value(KeyRole);
    if (!account.isByteArray() || !name.isString() || !(role.isUndefined() || role.isString()) || map.size() > 3)
        return wrongType;
    Actor actor {account.toByteArray(), name.toString(), role.toString()};
    if (Status check = actor.validate(); !check)
        return check.error();
    return actor;
}

Status Actor::validate() const
{
    if (isEmpty())
        return {};
    if (account.size() > MaxAccountSize || name.trimmed().isEmpty() || name.size() > MaxNameLength)
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "Who made this change needs an account and a name."));
    if (!role.isEmpty() && !codes::isValidRole(role))
        return detail::invalidInput(QT_TRANSLATE_NOOP("Domain", "Who made this change has an unknown role."));
    return {};
}

std::optional<QByteArray> Actor::claimedAccount(const RecordEnvelope &envelope)
{
    const QCborValue value = envelope.fields.value(FieldKey);
    if (!value.isMap())
        return std::nullopt;
    if (!envelope.isAppendOnly() && envelope.stampOf(QString(FieldKey)) != envelope.latestStamp())
        return std::nullopt;
    return value.toMap().value(KeyAccount).toByteArray();
}

bool Actor::isCarriedBy(QStringView kind)
{
    return kind == Goal::Kind || kind == Activity::Kind || kind == CarePlan::Kind || kind == CheckIn::Kind
        || kind == ProgressEntry::Kind;
}

} // namespace cc::domain
