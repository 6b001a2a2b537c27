// SPDX-License-Identifier: GPL-3.0-or-later
#include "patientlistmodel.h"

namespace cc::app {

PatientListModel::PatientListModel(QObject *parent)
    : RowModel({"patientId", "name", "colour", "flags", "flagCount", "newComments", "nextReview"}, parent)
{ }

} // namespace cc::app
