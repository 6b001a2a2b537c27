// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sharing/memberlistmodel.h"

namespace cc::app {

MemberListModel::MemberListModel(QObject *parent)
    : RowModel(
        {"account", "name", "careRole", "permission", "endDate", "verified", "safetyNumber", "isOwner", "endText"},
        parent)
{ }

} // namespace cc::app
