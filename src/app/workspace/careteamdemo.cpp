// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/careteamdemo.h"

#include "demo/careteamdemo.h"
#include "vault/vault.h"

#include <algorithm>

namespace cc::app::careteamdemo {

QList<PatientSource> patients(const vault::Vault &vault)
{
    QList<PatientSource> list;
    auto material = vault.accountMaterial();
    if (!material)
        return list;
    for (const protocol::SpaceKey &key : material->spaceKeys) {
        if (key.space == vault.privateSpaceId())
            continue;
        const QByteArray owner = demo::careteamdemo::ownerOf(key.space);
        if (std::any_of(list.cbegin(), list.cend(), [&](const PatientSource &p) { return p.owner == owner; }))
            continue;
        list.append({owner, {key.space}});
    }
    return list;
}

} // namespace cc::app::careteamdemo
