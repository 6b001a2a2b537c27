// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sharing/accesslogmodel.h"

namespace cc::app {

AccessLogModel::AccessLogModel(QObject *parent) : RowModel({"who", "time", "count", "isOwn"}, parent)
{ }

} // namespace cc::app
