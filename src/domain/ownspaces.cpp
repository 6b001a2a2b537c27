// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownspaces.h"

#include "carestore.h"
#include "spaceinfo.h"
#include "vault/vault.h"

namespace cc::domain::ownspaces {

Result<QByteArray> create(
    CareStore &store, const QString &name, const QString &colour, const std::function<Result<QByteArray>()> &makeSpace)
{
    SpaceInfo info;
    info.name = name.trimmed();
    info.colour = colour.isEmpty() ? SpaceInfo::colours().first() : colour;
    info.ownerName = store.profile() ? store.profile()->preferredName : QString();
    if (Status valid = info.validate(); !valid)
        return valid.error();
    if (named(store, info.name))
        return Error {ErrorCode::AlreadyExists,
            QCoreApplication::translate("Domain", "You already have a space called “%1”.").arg(info.name)};
    auto created = makeSpace();
    if (!created)
        return created.error();
    info.id = *created;
    if (Status saved = store.save(info); !saved)
        return saved.error();
    return info.id;
}

Status moveRecord(CareStore &store, const QByteArray &recordId, const QByteArray &space)
{
    if (space != store.vault().privateSpaceId() && !store.spaceInfo(space))
        return makeError(ErrorCode::NotFound, trNoop("Domain", "That space no longer exists."));
    return store.moveToSpace(recordId, space);
}

Result<QByteArray> named(const CareStore &store, const QString &name)
{
    const QString wanted = name.trimmed();
    for (const SpaceInfo &info : store.spaceInfos()) {
        if (store.vault().ownsSpace(info.id) && info.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return info.id;
    }
    return makeError(ErrorCode::NotFound, trNoop("Domain", "There is no sharing space with that name."));
}

} // namespace cc::domain::ownspaces
