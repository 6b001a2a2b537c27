// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workspace/patientlistmodel.h"

namespace cc::app {

PatientListModel::PatientListModel(QObject *parent)
    : RowModel({"patientId", "name", "colour", "flags", "flagCount", "newComments", "nextReview"}, parent)
{ }

QString PatientListModel::patientIdAt(int row) const
{
    return data(index(row, 0), PatientIdRole).toString();
}

} // namespace cc::app
