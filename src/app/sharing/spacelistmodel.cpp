// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sharing/spacelistmodel.h"

namespace cc::app {

SpaceListModel::SpaceListModel(QObject *parent)
    : RowModel({"spaceId", "name", "colour", "isPrivate", "memberCount", "summary", "recordCount"}, parent)
{ }

} // namespace cc::app
